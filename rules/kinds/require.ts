// require: something a good reply contains. `need`:
//   phrase         any of `phrases` (or the compromise `pattern`): an acknowledgement, a next step, a greeting
//   customer-name  the customer's first name (only judged when the page or caller knows it)
//   sign-off       the agent's sign-off, e.g. "^JS" (only judged when the convention is known)
// `where` limits the search to the first or last `within` characters of the reply's own words. The finding sits on
// the first or last sentence (`anchor`), and `insert` (a template: {name}, {signOff}) is offered as an insertion: at
// the start it goes after the greeting and the customer's name ("Hi Sam, we're sorry about this. Please ..."), and
// a greeting to insert gives the reply's own greeting the name instead ("Hi there," -> "Hi Ana,"; see suggest.ts).
// Replies in another language, later parts of a thread ("2/2") and posts to five or more accounts are not judged.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem, type ResolvedContext } from '../kind.ts';
import { exclaimsJoy, readsWarm } from '../mood.ts';
import { isFirstName, isKnownWord, matchSpans, patternProblem, termsOf, type NlpDoc } from '../nlp.ts';
import { compilePhrases, compileUnless } from '../phrases.ts';
import { contextVars, fill, insertAt, insertAtStart, openerHas, openingName } from '../suggest.ts';
import { bodySpan, MAX_PARSED, quoteStart, trimSpan, type AnalysedText, type Span } from '../text.ts';
import { phraseListProblems } from './phrase.ts';

// A name or initials closing the reply: on a line of its own ("Jo", "Ann Lee"), after a dash or caret ("-KJ",
// "^Raj", glued on: "go-DD", "it^EZ"; not the end of "e-mail." or "follow-up."), or as a last sentence of one
// capitalised word ("... the title of it please? Laurence.") or of two or three capitals ("... for SIM replacement.
// ET." but not "... OK", "... TY"), perhaps followed by links.
const SIGNATURE =
  /(?:\n\s*[-–—^*~=]?\p{Lu}|(?<![\p{L}\p{N}])[-–—^*~=/]\s?\p{L}|(?<=[\p{L}\p{N}])[-–—^*~=/]\s?\p{Lu}|[.!?]\s+\p{Lu}(?=\p{Ll}{2,20}\.?(?:\s+_+)*\s*$)|[.!?]\s*(?!(?:OK|TY|DM|PM|FYI|LOL|BTW|THX|PLS|PS|NB|ASAP)\b)\p{Lu}(?=\p{Lu}{1,2}\.?(?:\s+_+)*\s*$))[\p{L}.'-]{0,20}(?:\s\p{Lu}[\p{L}.'-]{0,20})?(?:\s+_+)*[\s.]*$/u;
// A team's hashtag closing the reply ("#AATeam", "#TeamHulu"): the brand's signature.
const TEAM_TAG = /#[\p{L}\p{N}]*(?:team|crew|squad)[\p{L}\p{N}]*[\s.]*$/iu;
// An e-mail's closing. The reply's own words end before a quoted earlier message ("On Tue, 4 Mar, Ana wrote:", a
// forwarded header, lines starting with ">"). They may end with a signature block: up to five short lines in Title
// Case or holding a phone number, an address or a link ("Tom Ashby", "Customer Care, Northfold Clothing",
// "0330 088 1212"), after a blank line, perhaps opened by a valediction of a few words and a comma ("See you then,",
// "With sympathy,"). A valediction, a block that opens with a person's name, or a team's or a venue's name
// ("Nebula Games Support", "The Crown & Anchor") is a sign-off.

// A phone number, an e-mail address or a web address alone on a signature's line ("0330 088 1212", "jo@example.com",
// "W: www.northfold.example"); a link after words ("More here: https://...") is the reply's.
const CONTACT_LINE =
  /\+?\d[\d ()-]{6,}\d|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|^(?:[A-Za-z]{1,8}:\s*)?(?:https?:\/\/|www\.)\S+$/u;
const TEAM_WORDS =
  /\b(?:team|crew|support|services?|care|customer|help|desk|centre|center|department|relations|collections|safety|trust|accounts|billing|sales|office|group|ltd|inc|llc|plc|limited|claims|reservations|bookings|enquiries|admin|operations|payments|returns|refunds?|complaints?|resolutions?|experience|guests?|members?|membership|concierge|helpline|revenues|benefits|lettings|orders|deliveries|dispatch|reception)\b/iu;

// The words of a company footer, never of a reply: a notice that the mailbox is not read, the firm's registration or
// regulator, confidentiality (not "registered in your name", "unsubscribe", "privacy policy").
const FOOTER =
  /\b(?:(?:this |the )?(?:mailbox|inbox|e-?mail address) (?:is not|isn['’]t|is not being) (?:monitored|checked|read)|(?:please )?do not reply to this (?:e-?mail|message)|registered in (?:england|wales|scotland|northern ireland|ireland)|registered office|company (?:no\.?|number|registration)|(?:authori[sz]ed and )?regulated by the (?:financial|prudential)|financial ombudsman|(?:this|the) (?:e-?mail|message) and any attachments|intended (?:solely |only )?for the (?:addressee|named recipient|intended recipient))\b/i;

interface Closing {
  /** Where the reply's own words end (before a quoted message). */
  end: number;
  /** Where a signature block starts, when the own words end with one. */
  block?: number;
  /** The block is a sign-off: a valediction, or a person's name first. */
  signed: boolean;
}

/** The last closing read: a check asks for it up to three times (the region, the signature, the insertion). */
let lastClosing: { text: string; from: number; to: number; closing: Closing } | null = null;

function closingOf(text: string, from: number, to: number): Closing {
  if (lastClosing?.text === text && lastClosing.from === from && lastClosing.to === to) return lastClosing.closing;
  const closing = readClosing(text, from, to);
  lastClosing = { text, from, to, closing };
  return closing;
}

function readClosing(text: string, from: number, to: number): Closing {
  let end = quoteStart(text, from, to);
  // "--" opens a signature, and "Sent from my iPhone" is the phone's, not the agent's: neither is the reply's words.
  const sentFrom = /\n[ \t]*Sent from my [^\n]{1,40}\s*$/iu.exec(text.slice(from, end));
  if (sentFrom) end = from + sentFrom.index;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // A footer below the signature ("This mailbox is not monitored.", "Financial Ombudsman Service: ...") is the
  // company's, not the reply's end: the sign-off is looked for, and goes, above it.
  for (let i = 0; i < 2; i++) {
    // A footer is short: only the last 400 characters are searched for the blank line above it.
    const tailFrom = Math.max(from, end - 400);
    let last = -1;
    for (const m of text.slice(tailFrom, end).matchAll(/\n[ \t]*\n/g)) last = tailFrom + m.index;
    if (last < 0) break;
    const footer = text.slice(last, end).trim();
    if (footer.length > 300 || !FOOTER.test(footer)) break;
    end = last;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
  }
  if (!text.slice(from, end).includes('\n')) return { end, signed: false };
  const lines: { start: number; line: string }[] = [];
  for (let at = end; lines.length < 6;) {
    const nl = text.lastIndexOf('\n', at - 1);
    const start = Math.max(nl + 1, from);
    lines.unshift({ start, line: text.slice(start, at).trim() });
    if (nl < from) break;
    at = nl;
  }
  const signatureLine = (line: string): boolean => {
    const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (CONTACT_LINE.test(line) && line.length <= 60) return true;
    // "Registered charity no. 1109876", "Company no. 0123456": the organisation's number closes its signature.
    if (
      /^(?:registered\s+)?(?:charity|company)\s+(?:no\.?|number|reg(?:istration)?\.?(?:\s+no\.?)?)(?:\s*:)?\s?[\dA-Z]/i.test(
        line,
      )
    )
      return line.length <= 60;
    if (!line || line.length > 60 || words.length > 7 || /[.?:;]$|[.!?]\s|https?:|www\./.test(line)) return false;
    const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
    return words.length > 0 && capitalised * 5 >= words.length * 3;
  };
  // The block: the last lines that read as a signature, at most five, after a blank line, "--" or the text's start.
  let first = lines.length;
  while (first > 0 && lines.length - first < 5 && signatureLine(lines[first - 1]!.line)) first--;
  if (first > 0 && /^-{2,3}$/.test(lines[first - 1]!.line) && first < lines.length) lines[first - 1]!.line = '';
  // "See you then,", "With sympathy,"; or a word or two on their own line ("Cheers!", "xoxo", "Happy eating! 😋").
  const valediction = (i: number): boolean =>
    i >= 0 &&
    i + 1 < lines.length &&
    ((/,$/.test(lines[i]!.line) && lines[i]!.line.split(/\s+/).length <= 5) ||
      /^[\p{L}'’]+(?:\s[\p{L}'’]+)?(?:!?[ \t]+[\p{Extended_Pictographic}\uFE0F\u200D]+|!)?$/u.test(lines[i]!.line));
  // "See you then," in sentence case opens the block too.
  if (first > 0 && first < lines.length && valediction(first - 1)) first--;
  if (first >= lines.length || (first > 0 && lines[first - 1]!.line !== '')) return { end, signed: false };
  // A number or an address alone is not a signature: a name or a team's name is in it.
  if (lines.slice(first).every(({ line }) => CONTACT_LINE.test(line) || /,$/.test(line))) return { end, signed: false };
  const opening = lines[first]!.line;
  // A person's name: one to three capitalised words, the first a first name ("Luis Fernández"; not "Amazon Prime
  // Video", "Call Us").
  const person =
    !CONTACT_LINE.test(opening) &&
    !TEAM_WORDS.test(opening) &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(opening) &&
    isFirstName(opening.split(/\s+/)[0]!);
  const block = lines.slice(first);
  // Above a block the fix goes only when the block is a signature: a team's or a venue's name or a way to reach it
  // ("Nebula Games Support", "The Crown & Anchor"); after "Enjoy!" or "Welcome To The Family" it goes at the end.
  const signature = block.some(({ line }) => TEAM_WORDS.test(line) || CONTACT_LINE.test(line) || /^The\s/.test(line));
  return {
    end,
    ...(signature || person || valediction(first) ? { block: lines[first]!.start } : {}),
    // A team's or a venue's name signs an e-mail too ("Coachline Customer Services", "The Moneta Team"): three judges
    // who read replies written blind (2026-11-27) saw a sign-off there, in all eight such e-mails.
    signed: valediction(first) || person || signature,
  };
}

// Whether a text has at least n words: counting stops at n, so a long e-mail is not split into words for each rule.
const WORD = /[\p{L}\p{N}]+/gu;
function hasWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < n && WORD.exec(text)) count++;
  return count >= n;
}

// A post to five or more accounts at once is a conversation among many (brands bantering), not a reply to one
// customer: what a one-to-one reply opens and closes with is not judged there.
const MANY_RECIPIENTS = 5;
// A problem put right in the reply itself: done ("I've refunded", "we've credited") or done now ("I can apply it now").
const REMEDY =
  /\b(?:(?:we|i)(?:['’]ve| have)? (?:just |now |already )?(?:refunded|credited|added|applied|rebooked|fixed|reset|waived|unlocked|restored|reversed|replaced|processed|cancell?ed|corrected)|(?:we|i) can (?:add|apply|refund|credit|rebook|fix|reset|waive|unlock|restore|reverse|replace)(?:\s[^.!?\n]{0,40}?)?\s(?:now|today|right away|straight away))\b/i;

// Cheer or laughter where an insertion would go: a smiling, laughing or loving face, or a cheerful word first ("Aww",
// "Yay", "Good news", "Glad ...", "Well, at least ...").
// A friendly smile (🙂 😊) is not cheer ("your refund is on its way 😊"); a wink after a joke is.
const CHEER_FACE = /[😀😁😂😃😄😅😆😉😋😍😎😘😛😜😝🙃🤗🤣🤩🥰🥳💕💖💗💞💛💙💚💜🧡🤍❤🎉]/u;
const CHEER_WORD =
  /^[\s\p{P}]*(?:omg|oh my (?:god|gosh)|aw+|yay+|wo+(?:ho+)?|haha\w*|lol|hooray|good news|great news|glad (?:we|it|that|to (?:hear|see|know)|you(?:['’]re| are)? (?:enjoy|lov|lik|had|made))|fair question|well,? at least|first world)(?![\p{L}\p{N}])/iu;
// Laughter, which mocks whatever follows it.
const LAUGH_FACE = /[😂🤣😆😅🙃😜😝😛]/u;
// Either side of it: the opener before ("Aww 🥰 ", "Haha 😂 "; a greeting's smile, "Hi Sam! 😊 ", is only friendly)
// or the sentence after, also when it exclaims joy ("Thanks so much for your amazing support!").
// An offer of help is not cheer: "We're sorry about this. Happy to help! ..." reads well.
const OFFER =
  /^[\s\p{P}]*(?:(?:we['’]re|we are|i['’]m|i am|always)\s+)?(?:happy|glad|here|pleased|delighted)\s+to\s+(?:help|assist|check|look)/iu;
const cheerAround = (text: string, from: number, at: number): boolean => {
  const before = text.slice(Math.max(from, at - 200), at);
  const after = /^[^.!?\n]*[.!?\n]?/u.exec(text.slice(at, at + 200))![0];
  if (OFFER.test(after)) return CHEER_WORD.test(before) || LAUGH_FACE.test(before);
  return (
    CHEER_WORD.test(before) ||
    LAUGH_FACE.test(before) ||
    CHEER_WORD.test(after) ||
    CHEER_FACE.test(after) ||
    exclaimsJoy(after)
  );
};
// A sentence opening that answers what the customer just said.
const ANSWERS_BACK = /^\s*(?:then|in that case|if so|if that's the case|if that is the case)\b/i;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A capitalised word set off as an address: after a comma and before a stop, a comma, "but" or a sad smiley
// ("..., Rosa but we'll ...", "... your DM, Sarah."), or a first name compromise knows before a stop, a comma or the
// agent's signature ("That's great Melissa!", "Don't you worry Carol, ...", "... from Gatwick Sandra ^S"). Places,
// organisations and dates set off the same way ("in Paris, France.") are not names.
// A smiley or an emoji after a name closes the address as a stop does ("That's great Sarah :) did you ...").
const FACE = String.raw`[:;]-?[()DP](?![\p{L}\p{N}])`;
const SET_OFF = new RegExp(
  String.raw`(?<=,[ \t]+)\p{Lu}\p{Ll}{1,15}(?=[ \t]*(?:[,.!?;\p{Extended_Pictographic}]|${FACE}|\sbut\b|$))`,
  'gu',
);
const BEFORE_STOP = new RegExp(String.raw`^[ \t]*(?:[-–—^~*/,.!?;\p{Extended_Pictographic}]|${FACE}|$)`, 'u');
// A capitalised word before a stop, a comma or a signature mark, or opening the sentence before a comma: where a
// name could address the customer.
const CANDIDATE = new RegExp(
  String.raw`(?:^|\s)\p{Lu}[\p{L}'’-]*[ \t]*(?:[-–—^~*/,.!?;\p{Extended_Pictographic}]|${FACE}|\sbut\b|$)`,
  'u',
);
// A sign-off mark: the name after it is the agent's ("-Becky", "^Madison").
const SIGNED = /[-–—^~*/]\s?$/u;
// A name after a preposition or a verb that takes a person is someone talked about ("passed it to Mark, who will
// call"), not the customer addressed; after "my name is", "this is" or "I'm" it is the agent's own ("My name is
// Jeanie, I'll be taking over").
const MENTIONED =
  /\b(?:to|for|with|from|by|at|of|and|or|ask|tell|call|contact|called|named|told|asked|name is|name['’]s|this is|i['’]m|i am)\s+$/i;

// Words of chat the parser does not know, which open a reply before a comma as a name would ("Aww, ..."), and words
// that link a sentence to the last one ("Hence, ...").
const INTERJECTION =
  /^(?:aw+|o+f+|gotcha|righto|hah|darn|bummer|wo{2,}ho+|welp|okey|okie|team|folks|guys|all|everyone|whoa|ooh|phew|yay|hence|thus|therefore|however|meanwhile|otherwise|anyway|anyhow|besides|moreover|furthermore|nonetheless|nevertheless|accordingly|consequently|additionally|alternatively|regardless|instead|likewise|similarly|indeed|firstly|secondly|lastly)$/i;
// Where a word before a name makes it an object or part of a title, not an address ("restart your Xbox", "the new
// Spotify", "visit Apple"): a determiner, a possessive, an adjective, a preposition, a verb.
const NOT_BEFORE_ADDRESS = new Set(['Determiner', 'Possessive', 'Adjective', 'Preposition', 'Verb', 'Conjunction']);

// After an opening word and its comma, the agent speaking ("Max, we're so sorry", "Rose, I've checked"): the word
// is the person spoken to, even one that is also a common noun (max, rose, bill, dawn).
const SPEAKER_AFTER = /^,[ \t]+(?:i|we)(?:['’](?:m|re|ve|ll|d))?(?![\p{L}\p{N}'’])/iu;
const addressesSpeaker = (t: { text: string; tags: readonly string[] }, after: string): boolean =>
  SPEAKER_AFTER.test(after) &&
  !INTERJECTION.test(t.text) &&
  t.tags.includes('Singular') &&
  !t.tags.some((g) => g === 'Place' || g === 'Organization' || g === 'Pronoun' || g === 'Date' || g === 'Uncountable');

/**
 * Names the parser does not know, in the two places only a name goes: opening the sentence before a comma ("Shadi, I
 * can help") or closing it after a noun, an adverb or a particle ("We are not clear about your inquiry Samaila?",
 * "Thanks for reaching out Dawit."), or any capitalised word closing it after "us", "you" or "me" ("with us Guy!").
 * A word is unknown when compromise's lexicon lacks it and it tagged it a bare noun; places, organisations and chat
 * interjections ("Aww, ...") are not names. Initials set off at the end
 * ("... you mentioned us, JR.") count too. Returns offsets in the sentence.
 */
function unknownNames(doc1: NlpDoc, sentence: string): number[] {
  const terms = termsOf(doc1);
  const out: number[] = [];
  const unknown = (t: { text: string; tags: readonly string[] }): boolean =>
    !isKnownWord(t.text) &&
    !INTERJECTION.test(t.text) &&
    t.tags.includes('Noun') &&
    !t.tags.some((g) => g === 'Plural' || g === 'Place' || g === 'Organization' || g === 'Pronoun');
  const first = terms[0];
  if (
    first &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    sentence[first.end] === ',' &&
    (unknown(first) || addressesSpeaker(first, sentence.slice(first.end)))
  )
    out.push(first.start);
  const last = terms[terms.length - 1];
  const before = terms[terms.length - 2];
  if (last && before && /^[ \t]*(?:[.!?\-–—^~*/]|$)/u.test(sentence.slice(last.end))) {
    const initials = /^\p{Lu}{2,3}$/u.test(last.text) && /,[ \t]*$/.test(sentence.slice(before.end, last.start));
    const vocative =
      /^\p{Lu}\p{Ll}+$/u.test(last.text) &&
      // After a word in small letters, or an acronym ("I have responded to your DM Kirsty.").
      /^(?:\p{Ll}|\p{Lu}{2,3}$)/u.test(before.text) &&
      /^[ \t]+$/.test(sentence.slice(before.end, last.start)) &&
      // A word the parser knows counts too after "us", "you" or "me", where only a name can follow ("... whilst on
      // board with us Guy!").
      (unknown(last) ||
        (/^(?:us|you|me)$/.test(before.text) &&
          !last.tags.some((g) => g === 'Place' || g === 'Organization' || g === 'Date' || g === 'Pronoun'))) &&
      (/^(?:thanks|thank you)$/i.test(before.text) ||
        before.tags.includes('Particle') ||
        !before.tags.some((g) => NOT_BEFORE_ADDRESS.has(g)));
    if ((initials && !/^(?:OK|TY|DM|PM|FYI|LOL|BTW|THX|PLS|PS|NB|ASAP|USA|UK|EU|US)$/.test(last.text)) || vocative)
      out.push(last.start);
  }
  return out;
}

/**
 * The name a sentence addresses someone by (a name set off, a first name the parser knows, or a name it does not know
 * where only a name goes), or null.
 */
function nameAddressedIn(doc: AnalysedText, span: Span): string | null {
  // Parsing costs about a millisecond: only a sentence with a capitalised word where an address could be is parsed.
  // In a run-on paste only what the parser reads of it (`nlpAt`, MAX_PARSED characters) is searched: its matching grows
  // with the square of the words (a 160,000-character "sentence" took 18 s).
  const sentence = doc.masked.slice(span.start, Math.min(span.end, span.start + MAX_PARSED));
  if (!CANDIDATE.test(sentence)) return null;
  const doc1 = doc.nlpAt(span);
  const notNames = new Set(matchSpans(doc1, '(#Place|#Organization|#Date|#Month|#WeekDay)').map((s) => s.start));
  // A set-off word opening the sentence may be anything ("Sorry, ..."): only a first name the parser knows counts.
  const setOff = [...sentence.matchAll(SET_OFF)].map((m) => m.index);
  const known = matchSpans(doc1, '#FirstName')
    .filter(
      (s) =>
        // A name opening the sentence is an address only before a comma ("Chuck, we have no estimate yet").
        (s.start > 0 || /^[\p{L}'’-]+,/u.test(sentence)) &&
        !MENTIONED.test(sentence.slice(0, s.start)) &&
        // The parser's span takes the punctuation after a word with it ("Alice,"): look after the name's letters.
        BEFORE_STOP.test(sentence.slice(s.start).replace(/^[\p{L}'’-]+/u, '')),
    )
    .map((s) => s.start);
  for (const i of [...setOff, ...known, ...unknownNames(doc1, sentence)]) {
    if (notNames.has(i)) continue;
    // The agent's own name after a sign-off mark ("-Becky", "^Madison", "- Matt") is a signature, not an address.
    const j = sentence.slice(i).search(/\p{L}/u) + i;
    if (SIGNED.test(sentence.slice(0, j))) continue;
    const name = /^[\p{L}'’-]+/u.exec(sentence.slice(j))![0];
    if (!INTERJECTION.test(name)) return name;
  }
  return null;
}

// A template that greets by name: "Hi {name},", "Dear {name},".
const GREETS_BY_NAME = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t]+\{name\}/i;
// A closing line ("Thanks, Becky", "Cheers, Tom", "Best, Ann"): the name after it is the agent's. It may follow a
// link with no stop between them ("... https://t.co/x Rgds, Ganesh"): masked, the link is a run of "_".
const CLOSING_LINE =
  /^[\s_]*(?:(?:many|warm|warmest|kind|best|with)\s+)?(?:thanks|thank you|thx|ty|cheers|regards|rgds|rds|regds|best|sincerely|wishes|yours|warmly|take care|all the best|speak soon|talk soon)[ \t]*,/i;

/**
 * Whether `inserted`, once applied, ends on the word the text goes on with ("... about this. This outage ..."), or
 * on the two words the sentence before it ends with ("Thanks for tweeting us about this! We're sorry about this.").
 */
function echoes(text: string, s: { start: number; end: number; replacement: string }, inserted: string): boolean {
  const applied = (text.slice(0, s.start) + s.replacement + text.slice(s.end)).toLowerCase();
  const words = inserted.trim().toLowerCase();
  const at = applied.indexOf(words, s.start);
  if (at < 0) return false;
  const word = /\p{L}+(?:['’]\p{L}+)*/gu;
  const own = words.match(word) ?? [];
  const last = own.at(-1);
  const next = applied.slice(at + words.length).match(word)?.[0];
  if (!!last && last === next) return true;
  const before = applied.slice(Math.max(0, at - 80), at).match(word) ?? [];
  return own.length >= 2 && before.length >= 2 && before.slice(-2).join(' ') === own.slice(-2).join(' ');
}

/** The name the reply calls the customer by in one of its first sentences, not its closing line; or null. */
function nameUsedIn(doc: AnalysedText): string | null {
  for (const sentence of bodySentences(doc).slice(0, 4)) {
    if (CLOSING_LINE.test(doc.masked.slice(sentence.start, sentence.end))) continue;
    const name = nameAddressedIn(doc, sentence);
    if (name) return name;
  }
  return null;
}

const bodySentences = (doc: AnalysedText): Span[] => {
  const body = bodySpan(doc);
  return doc.sentences
    .filter((s) => s.end > body.start)
    .map((s) => ({ start: Math.max(s.start, body.start), end: s.end }));
};

/**
 * Whether the reply's opening addresses the customer by name (the known first name, or a name set off): its first
 * sentence, and the next one when the first is a short exclamation ("Oh no! Sorry for the delay, Kelly.").
 */
export function addressedByName(doc: AnalysedText, firstName: string | undefined): boolean {
  const [first, second] = bodySentences(doc);
  if (!first) return false;
  // A name opening the reply with no comma after it ("Jeffrey did you ..."), which a sentence parse does not see.
  if (openingName(doc.text, bodySpan(doc).start)) return true;
  const short = (doc.masked.slice(first.start, first.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3;
  return (second && short ? [first, second] : [first]).some((span) => {
    const sentence = doc.masked.slice(span.start, span.end);
    if (firstName && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(firstName)}(?![\\p{L}\\p{N}])`, 'iu').test(sentence))
      return true;
    return nameAddressedIn(doc, span) !== null;
  });
}

export const requireKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('require'),
      need: z
        .enum(['phrase', 'customer-name', 'sign-off'], { error: 'expected "phrase", "customer-name" or "sign-off"' })
        .default('phrase'),
      phrases: z.array(z.string().min(1)).optional(),
      pattern: z.string().min(1).optional(),
      where: z.enum(['anywhere', 'start', 'end']).default('anywhere'),
      within: z.number().int().positive().optional(),
      anchor: z.enum(['start', 'end']).optional(),
      /** Text offered as an insertion; a list offers each one whose {values} are known (e.g. with and without {name}). */
      insert: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
      /**
       * Phrases that, anywhere in the reply, hold the insertion back (the finding stays): where the reply's tone is the
       * problem, an insertion does not fix it ("I'm so sorry for your loss." before "Great news! 🎉").
       */
      insertUnless: z.array(z.string().min(1)).optional(),
      /**
       * An insertion at the start goes after a short opening sentence that thanks the customer for getting in touch,
       * when more follows ("Thank you for your reply. We're sorry about this. ..."): for an apology, not a condolence.
       */
      afterThanks: z.boolean().optional(),
      /**
       * No insertion at the start next to cheer or laughter ("Good news – ...", "Omg thanks for ordering!!", "Aww 🥰
       * ...", "First world problems 😂"): an apology there reads as mocking, or is contradicted at once.
       */
      holdBeforeCheer: z.boolean().optional(),
      /** A link counts as what is required (a help article is a next step). */
      acceptLinks: z.boolean().optional(),
      /** A signature at the very end (a name or initials: "Jo", "-KJ", "^Raj") counts as what is required. */
      acceptSignature: z.boolean().optional(),
      /** The customer addressed by name in the first sentence ("That's great, Ana!") counts: it greets them. */
      acceptName: z.boolean().optional(),
      /** A reply that reads warm (clearly positive words, a smile, a heart, an exclamation that is not a request) counts. */
      acceptWarm: z.boolean().optional(),
      /**
       * For a customer who reports a problem calmly (their mood read neither upset nor angry), a reply that puts it right
       * at once ("I've refunded the £5", "we can add emergency credit right now") counts: the remedy is the
       * acknowledgement. An upset customer still needs to hear they were heard.
       */
      acceptRemedy: z.boolean().optional(),
      /** Replies with fewer words are not judged (a two-word thank-you needs no next step). */
      minWords: z.number().int().nonnegative().optional(),
      /**
       * Judged in the first part of a thread ("... 1/2"); later parts are never judged. Default: true unless `where`
       * is "end" (an acknowledgement belongs in the first part; a sign-off or a next step may come in the last).
       */
      inFirstPart: z.boolean().optional(),
    })
    .strict(),
  exclusive: false,
  problems(rule) {
    const out: Problem[] = [
      ...phraseListProblems('phrases', rule.phrases),
      ...phraseListProblems('insertUnless', rule.insertUnless),
    ];
    if (rule.need === 'phrase' && !rule.phrases?.length && !rule.pattern) {
      out.push({ path: 'phrases', message: 'need "phrase" requires "phrases" or a "pattern" to look for' });
    }
    const p = rule.pattern ? patternProblem(rule.pattern) : null;
    if (p) out.push({ path: 'pattern', message: p });
    return out;
  },
  compile(rule) {
    const phrases = rule.phrases?.length ? compilePhrases(rule.phrases).regex : null;
    const noInsertion = compileUnless(rule.insertUnless);
    const within = rule.within ?? 80;
    const region = (doc: AnalysedText): Span => {
      const body = bodySpan(doc);
      if (rule.where === 'start') return { start: body.start, end: Math.min(body.end, body.start + within) };
      if (rule.where === 'end') {
        // An e-mail's own words, before a quoted message; a signature block's lines do not count toward `within`.
        const closing = closingOf(doc.text, body.start, body.end);
        const from = closing.block ?? closing.end;
        return { start: Math.max(body.start, from - within), end: closing.end };
      }
      return { start: 0, end: doc.text.length };
    };
    const present = (doc: AnalysedText, ctx: ResolvedContext, r: Span): boolean | null => {
      const slice = doc.masked.slice(r.start, r.end);
      switch (rule.need) {
        case 'customer-name':
          if (!ctx.firstName) return null;
          return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(ctx.firstName)}(?![\\p{L}\\p{N}])`, 'iu').test(slice);
        case 'sign-off': {
          if (!ctx.signOff) return null;
          const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
          const tail = doc.text.slice(r.start, r.end);
          if (squash(tail).includes(squash(ctx.signOff))) return true;
          // The convention read from a page may be a colleague's initials ("^KM"): any sign-off in the same style
          // (the same mark before one to four letters) is this agent's.
          const style = /^([\^*~\-–—/])\s?\p{L}{1,4}$/u.exec(ctx.signOff.trim());
          return style
            ? new RegExp(`[${escapeRe(style[1]!)}]\\s?\\p{L}{1,4}(?![\\p{L}\\p{N}])`, 'u').test(tail)
            : false;
        }
        case 'phrase':
          if (rule.acceptName && addressedByName(doc, ctx.firstName)) return true;
          if (
            rule.acceptSignature &&
            (SIGNATURE.test(doc.masked.slice(r.start, r.end)) ||
              TEAM_TAG.test(doc.text.slice(r.start, r.end)) ||
              closingOf(doc.text, bodySpan(doc).start, bodySpan(doc).end).signed)
          )
            return true;
          if (rule.acceptWarm && readsWarm(doc.text.slice(bodySpan(doc).start, bodySpan(doc).end))) return true;
          if (rule.acceptRemedy && ctx.mood !== 'upset' && ctx.mood !== 'angry' && REMEDY.test(doc.masked)) return true;
          if (rule.acceptLinks && /\b(?:https?:\/\/|www\.)\S/i.test(doc.text.slice(r.start, r.end))) return true;
          if (phrases) {
            phrases.lastIndex = 0;
            if (phrases.test(slice)) return true;
          }
          return rule.pattern
            ? matchSpans(doc.nlp(), rule.pattern).some((s) => s.start >= r.start && s.end <= r.end)
            : false;
      }
    };
    return {
      triggers: null,
      check(doc, ctx) {
        const body = bodySpan(doc);
        if (body.end <= body.start) return [];
        // Another language, or a later part of a thread: what is required may be there in words we cannot read, or
        // in an earlier part; and what would be inserted ("Hi Ana, ") is English.
        if (!doc.english) return [];
        if ((doc.text.slice(0, doc.bodyStart).match(/@/g) ?? []).length >= MANY_RECIPIENTS) return [];
        // The first part of a thread is read first: it is judged for what a reply opens with, not what it ends with.
        if (doc.threadPart && !(doc.threadFirst && (rule.inFirstPart ?? rule.where !== 'end'))) return [];
        if (rule.minWords && !hasWords(doc.masked.slice(body.start, body.end), rule.minWords)) return [];
        if (present(doc, ctx, region(doc)) !== false) return [];
        const anchor = rule.anchor ?? (rule.where === 'end' ? 'end' : 'start');
        // At the end: the last sentence of the reply's own words, not of a message it quotes.
        const closing = anchor === 'end' ? closingOf(doc.text, body.start, body.end) : null;
        const inBody = doc.sentences.filter((s) => s.end > body.start && (!closing || s.start < closing.end));
        const sentence = anchor === 'start' ? inBody[0] : inBody[inBody.length - 1];
        const span = sentence
          ? trimSpan(doc.text, { start: Math.max(sentence.start, body.start), end: sentence.end })
          : trimSpan(doc.text, body);
        const templates =
          rule.insert ?? (rule.need === 'sign-off' ? ' {signOff}' : rule.need === 'customer-name' ? 'Hi {name}, ' : []);
        let list = typeof templates === 'string' ? [templates] : templates;
        // "Hi Sam, " already names the customer: offer the insertions without {name} ("Hi Sam, thanks so much!").
        // So does an opening sentence that names them ("Thanks for getting in touch, Sam! Sorry about this, Sam.").
        const firstNamed =
          !!ctx.firstName &&
          !!inBody[0] &&
          new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(ctx.firstName)}(?![\\p{L}\\p{N}])`, 'iu').test(
            doc.text.slice(inBody[0].start, inBody[0].end),
          );
        if (anchor === 'start' && (firstNamed || openerHas(doc.text, body.start, ctx.firstName))) {
          const unnamed = list.filter((t) => !t.includes('{name}'));
          if (unnamed.length > 0) list = unnamed;
        }
        // The customer's name, when the page does not give it but the reply calls them by it ("Oh no! Sorry for the
        // delay, Kelly."): a greeting uses it ("Hi Kelly,"), as a bare "Hello," would ignore it. Only a greeting: an
        // apology or thanks needs the name once, and the reply has it.
        const vars = contextVars(ctx);
        if (!vars.name && list.some((t) => GREETS_BY_NAME.test(t))) {
          const used = nameUsedIn(doc);
          if (used) {
            vars.name = used;
            list = list.filter((t) => !t.includes('{name}') || GREETS_BY_NAME.test(t));
          }
        }
        // At the end: before a quoted message, and above a signature block ("Best regards,\nNebula Games Support").
        const atEnd = (t: string): ReturnType<typeof insertAt> =>
          closing?.block !== undefined
            ? insertAt(closing.block, `${t.replace(/\n[^\n]*\{signOff\}[^\n]*$/, '').trim()}\n`)
            : insertAt(closing?.end ?? body.end, t);
        if (noInsertion(doc.masked)) list = [];
        const suggestions = [
          ...new Set(list.map((t) => (closing?.block !== undefined ? t.replace(/\n\{signOff\}$/, '') : t))),
        ]
          .map((t) => fill(t, vars))
          .filter((t): t is string => t !== null)
          .map((t) => ({
            t,
            s: anchor === 'end' ? atEnd(t) : insertAtStart(doc, body.start, t, ctx.firstName, rule.afterThanks),
          }))
          // An insertion that ends on the word the reply goes on with ("We're sorry about this. This outage ...")
          // comes after the others.
          .sort((a, b) => Number(echoes(doc.text, a.s, a.t)) - Number(echoes(doc.text, b.s, b.t)))
          .map(({ s }) => s)
          .filter((s) => !(rule.holdBeforeCheer && anchor === 'start' && cheerAround(doc.text, body.start, s.start)))
          // A sentence put before one that answers the customer's words ("Then let's take a look ...", "In that case
          // ...") cuts it off from what it answers.
          .filter(
            (s) => !(anchor === 'start' && /[.!?]\s*$/.test(s.replacement) && ANSWERS_BACK.test(doc.text.slice(s.end))),
          );
        // What is missing goes where the first insertion would put it, else at the start or the end of the reply's words.
        const on = span.end > span.start ? span : body;
        return [{ ...on, suggestions, at: suggestions[0]?.start ?? (anchor === 'end' ? body.end : on.start) }];
      },
    };
  },
});
