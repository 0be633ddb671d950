// deflection: a reply that sends the customer somewhere else instead of helping: to a phone line (`to: "phone"`: "have
// you tried ringing the helpline?", "I'd suggest phoning our care team", "please give us a call", "the quickest way is
// a call to the number on your bill", "choose the callback option") or to another channel (`to: "elsewhere"`: "send us
// an e-mail at", "visit our help site", "fill in the form", "contact the developer").
//
// It is a meaning, not a phrase list: a sentence deflects when it has an action of sending (a form of call, phone,
// ring, dial or telephone, found by its lemma with compromise, whatever its tense; "a call", "by phone", "the callback
// option"; for `elsewhere`, e-mail, a help site, a form, a third party) AND the sentence directs the customer to do it:
// an imperative ("Please call us"), "you can/should/'ll need to", a suggestion ("I'd suggest", "the quickest way is",
// "best to", "try"), or a question that suggests ("have you tried", "could you"). The brand calling or describing
// ("we'll call you", "I called the store for you", "we don't offer phone support") is not a deflection: its subject
// is the brand, the customer is the object, or it is negated.
//
// A finding means the deflection is ALL the reply gives. Silent (each is help, not a brush-off): when the customer
// asked for a number, a call or a person (context.customerMessage); when the reply gives a step, an answer or says
// what was done; when the deflection is advice for a case, in a sentence with a condition ("if that doesn't help, call
// us", "if you'd rather, you can call", "if so, contact us by phone"); when the reply also takes the case here (asks
// for a DM or a private message); and in a later part of a thread ("2/2"), whose help may be in the part before. Cost: a cheap test of the words first; compromise parses only the sentences that hold a candidate word,
// once for all rules (see text.ts), and only for `phone`.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type RawFinding, type ResolvedContext } from '../kind.ts';
import { lemmaTerms, parse } from '../nlp.ts';
import { compileUnless } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { countAtMost, type AnalysedText } from '../text.ts';
import type { Span } from '../types.ts';
import { phraseListProblems } from './phrase.ts';

// ---------------------------------------------------------------------------------------------------------------
// Who is told to act: the words of the clause before the action (lower case, apostrophes straight).

/** A clause starts after , ; : ( or a dash, or at "but"/"so"/"while" (so "Sorry, please call us" is "please call us"). */
const CLAUSE_BREAK = /[,;:(]|\s[-–—]\s|\b(?:but|while|whereas|because|since|although)\b|\bso(?!\s+(?:that|we|i)\b)\b/g;

const NEGATED =
  /\b(?:don't|do not|dont|doesn't|does not|never|no need|not need|needn't|not necessary|not have to|won't have to|no longer|not able|unable|can't|cannot|not)\b/;
/** "don't hesitate to", "feel free to": invitations, not negations. */
const INVITED = /\b(?:hesitate|feel free|free to|welcome to|happy for you to)\b/;
/** Markers of a suggestion made to the customer ("I'd suggest", "the quickest way is", "have you tried"). */
const SUGGESTED =
  /\b(?:suggest(?:ed|ing)?|recommend(?:ed|ing)?|advise[ds]?|advisable|best|quickest|fastest|easiest|simplest|quicker|faster|easier|better|encourage|urge|invite|ask(?:ing)? (?:that )?you|need you to|want you to|like you to|would be to|is to|is (?:via|by|through)|option is|route is|try(?:ing)?|tried|prefer|hesitate|feel free|free to|welcome to|ideal|make sure to|be sure to)\b/;
/** The brand (or someone) trying: "we tried to call you" is not a suggestion. */
const BRAND_TRIED =
  /\b(?:we|i|they|he|she)(?:'ve|'d| have| had)?\s+(?:just\s+|already\s+|also\s+)?(?:tried|try|trying)\b/;
/** The brand or another person as the subject: "we'll call you", "I called the store", "our team will ring". */
const BRAND_SUBJECT =
  /\b(?:we|i|we've|i've|we'll|i'll|we'd|i'd|we're|i'm|us|let us|let me|let's|our (?:team|agents?|staff|specialists?|advisors?|advisers?|[a-z]+ team)|they|they'll|they've|he|she|someone|somebody|a (?:member|specialist|representative|rep|agent|colleague|manager))\b/;
/** The customer as the subject with a modal: "you can", "you'll need to", "you may want to also". */
const YOU_MODAL =
  /\byou(?:'ll|'d|\s+(?:will|would|can|could|may|might|should|must|need to|needs to|have to|want to|wish to|are welcome to|are able to|'re welcome to|will need to|would need to|may need to|might want to|may want to|could try|can try|can always|can also)|\s+(?:also|always|alternatively|just|simply|still|then|now|directly|either|first|instead|ever|please|kindly|definitely|would like to|'d like to|like to|try to|try|to)){0,4}\s*$/;
/** A question that suggests: "could you", "can you please", "would you like to", "why not", "have you tried". */
const YOU_ASKED =
  /\b(?:(?:can|could|would|will|won't)\s+you(?:\s+(?:please|kindly|just|try to|try|also|perhaps|maybe))*|would you (?:like|mind|be able) to|why not|have you (?:tried|thought about|considered))\s*$/;
/** A clause that starts with the verb (possibly after please/kindly/just/then...): an imperative. */
const IMPERATIVE =
  /^[_\W]*(?:(?:please|pls|plz|kindly|just|simply|then|also|so|and|or|alternatively|now|again|first|instead|do|definitely|always|otherwise|perhaps|maybe|go ahead and|be sure to|make sure to|remember to|feel free to|don't hesitate to|do not hesitate to|best to|better to|ok|okay|oh no|hey|hi|hello|yes|no|sure|for (?:this|that|these|anything like this|help with this|further (?:help|assistance|support)|assistance|help|support|refunds?|[a-z]+ (?:issues|questions|enquiries|inquiries)))[\s,!.]+)*$/;

type Directed = 'yes' | 'no';

/** Does the clause before the head verb tell the customer to act? */
function directs(before: string, headTags: readonly string[]): Directed {
  const b = before.toLowerCase().replace(/[’‘ʼ]/g, "'");
  // "Why not call ...?" suggests the call; its "not" negates nothing.
  const unasked = b.replace(/\bwhy not\b/g, ' ');
  if (NEGATED.test(unasked) && !INVITED.test(unasked)) return 'no';
  // "quicker than calling", "instead of phoning": the call is what the customer is spared.
  if (/\b(?:than|instead of|rather than)\s*$/.test(b)) return 'no';
  if (SUGGESTED.test(b) && !BRAND_TRIED.test(b)) return 'yes';
  if (YOU_ASKED.test(b)) return 'yes';
  // "did you call the store?" asks what happened.
  if (/\b(?:did|do|have|had|were|are|was)\s+you\s*$/.test(b)) return 'no';
  if (YOU_MODAL.test(b)) {
    // "you called us yesterday" reports; "you can call" directs.
    const bare = /\byou\s*$/.test(b);
    return bare && headTags.includes('PastTense') ? 'no' : 'yes';
  }
  if (BRAND_SUBJECT.test(b)) return 'no';
  if (IMPERATIVE.test(b) && !headTags.includes('PastTense')) return 'yes';
  return 'no';
}

// ---------------------------------------------------------------------------------------------------------------
// Phone: what counts as sending the customer to a phone line.

/** Which lemmas to look up, each only when a word of the sentence could be one of its forms. */
const PHONE_LEMMAS: [RegExp, string][] = [
  [/\bcall/i, 'call'],
  [/\bphon/i, 'phone'],
  [/\b(?:ring|rang|rung)/i, 'ring'],
  [/\bdial/i, 'dial'],
  [/\bteleph/i, 'telephone'],
];
/** A phone number as written in a reply: North American (1-800-555-0199, (212) 555-0134, 1-800-FLOWERS), international
 * (+44 20 7946 0958) and UK national (0345 600 1200, 08000 158 123). */
const PHONE_NUMBER =
  /(?<![\p{L}\p{N}+])(?:(?:1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}|1[\s.-]?8(?:00|33|44|55|66|77|88)[\s.-][A-Z]{4,7}|\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}|0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4})(?!\p{N})/gu;
const PHONE_CANDIDATE = new RegExp(
  String.raw`\b(?:call|phon|ring|rang|rung|dial|teleph|helpline|hotline|bell\b|buzz\b)|${PHONE_NUMBER.source}`,
  'iu',
);
/** "Please contact our Baggage Service Center at 800-325-8224", "we'd advise contacting our team on 08000 158 123":
 * a verb of contact, the brand (us, our or the team, line, care...) and then a number is a call, however it is worded.
 * Another company named there ("contact American Express at ...") is not the brand's line. */
const CONTACT_US_AT =
  /\b(?:contact(?:ing)?|reach(?:ing)?(?:\s+out\s+to)?|get(?:ting)?\s+in\s+touch\s+with|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+(?:to|with))\s+(?:us|our(?:\s+[\p{L}&'-]+){1,4}|the(?:\s+[\p{L}&'-]+){0,3}\s+(?:team|line|desk|department|cent(?:er|re)|office|support|care|services?|reservations|helpdesk)|cust(?:omer)?\.?\s+(?:care|services?|support|relations)|support|reservations)\s*(?:directly\s+|today\s+|now\s+)?(?:(?:at|on|via)\s+|:\s*)?$/iu;
const PHONE_CANDIDATES = /\b(?:call|phon|ring|rang|rung|dial|teleph)[\p{L}'’]*/giu;
/** Mentions that are never a call to make: the customer's phone, a phone number asked for, "the call was dropped". */
const NOT_A_CALL =
  /\b(?:(?<!\b(?:our|the|their|these)\s+)phone\s*(?:numbers?|#|nos?\b)|(?:your|my|their|his|her|new|mobile|cell) phones?\b|phone (?:bill|plan|case|screen|battery|model|manufacturer|app|settings)|so[- ]called|(?:ring|rang|rung|ringing)\s+(?:the\s+|a\s+|our\s+)?(?:door\s*)?bells?\b)/giu;

/** A few words and then the clause's verb, with no object pronoun, relative or linking word between. */
const SUBJECT_OF_VERB =
  /^(?:\s+(?!(?:us|me|him|her|them|you|it|they|we|he|she|that|which|who|when|if|while|as|because|so|and|or|but|where|until|once|asap|now|today)\b)[\p{L}\p{N}'-]+){1,4}\s+(?:is|are|was|were|has been|have been|will be|can be|may be)\b/u;

/** "call the store the manager is there": an object and then a clause of its own (a determiner after the verb, not
 * after a preposition as in "Calls to this line are recorded"). */
const OBJECT_THEN_CLAUSE = /^\s+(?:the|our|your|a|an|this|that|my|their|his|her)\b/i;

/** Where a parse window starts: at most six words before `at`, never before the clause. */
function windowStart(s: string, clause: number, at: number): number {
  let i = at;
  for (let words = 0; words < 6 && i > clause;) {
    i--;
    if (/\s/.test(s[i]!) && i > clause && !/\s/.test(s[i - 1]!)) words++;
  }
  while (i < at && /\s/.test(s[i]!)) i++;
  return i;
}

/** Where a parse window ends: five words after `at`, or the sentence's end. */
function windowEnd(s: string, at: number): number {
  const m = /^(?:\S*\s+){0,5}\S*/.exec(s.slice(at));
  return at + (m ? m[0].length : 0);
}

/** What may follow a verb of calling when a line is meant: us, our/the/a line or team, a number, a place. */
const PHONE_OBJECT =
  /^\s*(?:(?:back|again|directly|now|today|anytime|any time|in|later|first|instead|up|or text)\s+)*(?:them|our\b|the\b|this\b|that\b|these\b|a\b|an\b|one\b|any\b|your\b|customer|guest|reservations|support|care|[\d(+\p{Lu}]|or\b|and\b|at\b|on\b|using\b|for\b|when\b|if\b|to\b|via\b|between\b|during\b|within\b|as soon\b|asap\b|so\b|us|$|[.!?,;:/&])/u;
/** Calling as naming ("they call us Southbest", "call us the noodle people", "call it a day"). */
const NAMING = /^\s*(?:us|them|me|it)\s+(?:the|a|an|your|our)\b|^\s*(?:it|me)\b/;
/** A noun "call"/"phone" that is a channel only with a verb of contact before it ("reach us by phone"). */
const BY_PHONE = /\b(?:by|via|over the|on the|through the|through|over|using|with a|with)\s*$/;
const CONTACT_HEAD =
  /\b(?:reach(?:ing)?(?: out)?|contact(?:ing)?|get(?:ting)? in touch|get hold|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|connect(?:ing)?|discuss(?:ing)?|do so|resolve[ds]?|sort(?:ed)?|help|assist|report|handle[ds]?)\b/g;

/** The last match of a global regex in `s` (the verb nearest the channel), or null. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}
const GIVE_A_CALL = /\b(?:give|giving)(?:\s+[\w'’]+){0,5}?\s+(?:a|an|quick)\s*$/;
const CALL_CONTROL =
  /\b(?:choose|choosing|select(?:ing)?|click(?:ing)?|tap(?:ping)?|press(?:ing)?|hit(?:ting)?|use|using|pick|request(?:ing)?|book(?:ing)?|schedule|arrange|find)(?:\s+[\w'’]+){0,3}?\s*$/;

interface Action {
  /** Where the flagged words start: the verb that tells the customer what to do. */
  head: number;
  end: number;
}

function wordEnd(s: string, from: number): number {
  const m = /^[\p{L}\p{N}'’-]*/u.exec(s.slice(from));
  return from + (m ? m[0].length : 0);
}

/** Words that end the noun phrase after an action: prepositions, conjunctions, pronouns, adverbs of time. */
const NP_STOP =
  /^(?:on|at|in|for|to|and|or|so|if|when|with|from|between|during|within|as|by|via|using|about|regarding|but|then|they|we|you|i|it|that|which|who|now|today|tomorrow|directly|asap|immediately|here|there|please|back|again|who'll|they'll|is|are|will|can|should|was|option|let|tell|ask|after|before|until|while|where|once|anytime|any)$/;

/** The noun phrase after an action ("our customer service line", "1-800-555-0199", "us"): where it ends. */
function objectEnd(s: string, from: number): number {
  let end = from;
  const words = /^\s+((?:\(\d{1,4}\)|[\p{L}\p{N}'’+-])+(?:[.\s-]\d[\d.-]*)*)/u;
  for (let i = 0; i < 5; i++) {
    const m = words.exec(s.slice(end));
    if (!m) break;
    const w = m[1]!.toLowerCase();
    if (NP_STOP.test(w)) {
      // "the callback option", "the number on your bill": words that belong to the phrase.
      const more =
        /^\s+(?:option|button|link|feature|request|on (?:the back of )?(?:your|the) [\p{L}-]+|printed on (?:your|the) [\p{L}-]+|listed on (?:your|the) [\p{L}-]+)/u.exec(
          s.slice(end),
        );
      if (more) end += more[0].length;
      break;
    }
    end += m[0].length;
    if (/^(?:us|them|me)$/.test(w)) break;
  }
  const tail = /(?:\s+(?:the|a|an|our|your|this|that|any|one|of))+$/.exec(s.slice(from, end));
  if (tail) end -= tail[0].length;
  while (end > from && /[.,;:!?)-]/.test(s[end - 1]!)) end--;
  return end;
}

/** The clause starts of the sentence read last: found once, then looked up for each candidate word in it (scanning
 * from the sentence's start for every candidate was quadratic on a run-on paste: 24 s for 200,000 characters). */
let clauses: { sentence: string; starts: number[] } | null = null;

/** Where the clause holding `at` starts: after the last clause break that ends at or before it. */
function clauseStart(s: string, at: number): number {
  if (clauses?.sentence !== s)
    clauses = { sentence: s, starts: [...s.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length) };
  const { starts } = clauses;
  const n = countAtMost(starts, at);
  return n > 0 ? starts[n - 1]! : 0;
}

/**
 * Windows parsed per reply. A reply has a handful of phone words; a paste with thousands stops here, as each parse
 * costs about 0.1 ms ("Please call us " 330,000 times took 41 s).
 */
const MAX_PHONE_WINDOWS = 1_000;
const windowsParsed = new WeakMap<AnalysedText, number>();

/** The phone actions of one sentence (offsets in the sentence), each told to the customer. */
function phoneActions(doc: AnalysedText, sentence: Span): Action[] {
  const s = doc.masked.slice(sentence.start, sentence.end);
  const low = s.toLowerCase().replace(/[’‘ʼ]/g, "'");
  const out: Action[] = [];
  const seen = new Set<number>();
  const consider = (start: number, end: number, tags: readonly string[]): void => {
    if (seen.has(start)) return;
    seen.add(start);
    const word = low.slice(start, end);
    const cs = clauseStart(low, start);
    const before = low.slice(cs, start);
    const after = low.slice(end);
    // "a call", "the callback option", "give us a call", "a call to the number on your bill"
    if (/\b(?:a|an|quick)\s+$/.test(before) || /^call-?backs?$|^callme$/.test(word) || /^(?:help|hot)line/.test(word)) {
      const give = GIVE_A_CALL.exec(before);
      if (give && /^(?:call|ring|buzz|bell|shout)/.test(word)) {
        const head = cs + give.index + (give[0].length - give[0].trimStart().length);
        if (directs(low.slice(cs, head), ['Verb']) === 'yes') out.push({ head, end: objectEnd(s, end) });
        return;
      }
      if (/^\s+to\s/.test(after) && /^call/.test(word) && SUGGESTED.test(before)) {
        // "the quickest way is a call to the number on your bill": the suggestion is the directive.
        const a = before.lastIndexOf(' a ');
        const head = cs + (a >= 0 ? a + 1 : before.length);
        const to = /^\s+to(?:\s+(?:the|our|your|a|this))?\s+[\p{L}-]+/u.exec(after);
        out.push({ head, end: objectEnd(s, end + (to ? to[0].length : 0)) });
        return;
      }
      if (/^call-?back|^call me|^callme/.test(word) || /^\s*(?:back|me)\b/.test(after)) {
        const control = CALL_CONTROL.exec(before);
        if (control) {
          const head = cs + control.index;
          if (directs(low.slice(cs, head), ['Verb']) === 'yes')
            out.push({ head, end: objectEnd(s, wordEnd(s, end + (/^\s*(?:back|me)\b/.exec(after)?.[0].length ?? 0))) });
        }
        return;
      }
      if (/^(?:help|hot)line/.test(word)) return; // the verb before it ("ringing the helpline") is the action
    }
    // "by phone", "over the phone", "via phone/chat", "by calling": a channel after a verb of contact.
    if (BY_PHONE.test(before)) {
      const contact = lastMatch(CONTACT_HEAD, before);
      if (!contact) return;
      const head = cs + contact.index;
      if (directs(low.slice(cs, head), ['Verb']) === 'yes') {
        const alt = /^\s*(?:\/|or|and|&)\s*(?:chat|e-?mail|live chat|webchat|online)/.exec(after);
        out.push({ head, end: alt ? end + alt[0].length : end });
      }
      return;
    }
    // "find our phone numbers here": the brand's numbers, pointed to.
    if (/^(?:phone|telephone)$/.test(word) && /^\s+numbers?\b/.test(after) && /\b(?:our|the|their)\s+$/.test(before)) {
      const finder = /\b(?:find|see|check|use|try|get|look up)(?:\s+[\w'’]+){0,2}?\s*$/.exec(before);
      if (finder && directs(low.slice(cs, cs + finder.index), ['Verb']) === 'yes')
        out.push({ head: cs + finder.index, end: wordEnd(s, end + 1) });
      return;
    }
    // "phone support", "our phone/chat teams", "phone number": nouns. Only a line after a verb of contact counts.
    const verbSlot = /\b(?:to|please|pls|kindly|just|can|could|will|should|must|may|might|'ll|'d|you)\s+$/.test(before);
    if (/^(?:phone|telephone)s?$/.test(word) && !tags.includes('Verb') && !verbSlot) {
      if (!/^\s*(?:\/\s*chat\s+)?(?:support|team|teams|line|lines|service|services|agents?)\b/.test(after)) return;
      const contact = lastMatch(CONTACT_HEAD, before);
      if (!contact || !/\b(?:our|the|a)\s*$/.test(before)) return;
      const head = cs + contact.index;
      if (directs(low.slice(cs, head), ['Verb']) === 'yes') out.push({ head, end: objectEnd(s, end) });
      return;
    }
    // A noun after a determiner or possessive: "the call was dropped", "your phone", "my call".
    if (/\b(?:the|your|my|our|this|that|his|her|their|no|any|every|missed|recent|last|first|phone|a)\s+$/.test(before))
      return;
    // "click the "Call Me" button": a control that starts a call.
    const button = /^\s*me['"”’]?\s+(?:button|option|link|feature)/.exec(after);
    if (button) {
      const control = CALL_CONTROL.exec(before.replace(/['"“‘]\s*$/, ''));
      if (control && directs(low.slice(cs, cs + control.index), ['Verb']) === 'yes')
        out.push({ head: cs + control.index, end: end + button[0].length });
      return;
    }
    if (/^\s*(?:you|him|her)\b/.test(after) || NAMING.test(after)) return;
    // "make calls on the iPhone", "receive calls", "wifi calling": the phone's own feature, not a call to a line.
    if (
      /\b(?:make|making|made|receive|receiving|take|taking|place|placing|answer|answering|missed|incoming|outgoing|video|voice|wifi|wi-fi)\s+$/.test(
        before,
      )
    )
      return;
    if (/s$/.test(word) && tags.includes('Noun') && !tags.includes('Verb')) return;
    // "Phone on file is 07700 900123", "Calls to this line are recorded": at a clause's start with its own verb to
    // come, the word is the subject, not an imperative ("Calling our line is the quickest way" is the action itself).
    if (!/ing$/.test(word) && IMPERATIVE.test(before) && SUBJECT_OF_VERB.test(after) && !OBJECT_THEN_CLAUSE.test(after))
      return;
    if (!PHONE_OBJECT.test(after)) return;
    if (directs(before, tags) === 'yes') out.push({ head: start, end: objectEnd(s, end) });
  };
  // compromise parses a window around each candidate word (a few words of its clause either side), not the whole
  // sentence: enough to read the word's lemma and part of speech, at a fraction of the cost.
  const parsedAt = new Set<number>();
  for (const c of s.replace(NOT_A_CALL, (m) => ' '.repeat(m.length)).matchAll(PHONE_CANDIDATES)) {
    if (parsedAt.has(c.index)) continue;
    const parsed = windowsParsed.get(doc) ?? 0;
    if (parsed >= MAX_PHONE_WINDOWS) break;
    windowsParsed.set(doc, parsed + 1);
    const from = windowStart(s, Math.max(clauseStart(low, c.index), 0), c.index);
    const to = windowEnd(s, c.index + c[0].length);
    const window = parse(doc.text.slice(sentence.start + from, sentence.start + to));
    for (const [cue, lemma] of PHONE_LEMMAS) {
      if (!cue.test(c[0])) continue;
      for (const t of lemmaTerms(window, lemma)) {
        parsedAt.add(from + t.start);
        consider(from + t.start, from + t.end, t.tags);
      }
    }
  }
  for (const m of low.matchAll(
    /\b(?:call-?backs?|help ?lines?|hot ?lines?)\b|\b(?:phone|telephone|call|ring)(?=\s*\/\s*(?:chat|e-?mail|text|online))/g,
  ))
    consider(m.index, m.index + m[0].length, /^(?:phone|telephone)$/.test(m[0]) ? ['Noun'] : []);
  // "Give the helpline a bell", "give us a buzz": a call in other words (only after "give ... a", see consider).
  for (const m of low.matchAll(/\b(?:bell|buzz)\b/g)) consider(m.index, m.index + m[0].length, ['Noun']);
  // "Contact our care team at 1-800-742-5877": a number after a verb of contact and the brand, unless a call verb
  // already covers it ("call us on 0800 ...").
  for (const m of s.matchAll(PHONE_NUMBER)) {
    const end = m.index + m[0].length;
    if (out.some((a) => a.head <= m.index && a.end >= m.index)) continue;
    const cs = clauseStart(low, m.index);
    const contact = CONTACT_US_AT.exec(low.slice(cs, m.index));
    if (!contact) continue;
    const head = cs + contact.index;
    if (directs(low.slice(cs, head), ['Verb']) === 'yes') out.push({ head, end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Elsewhere: another channel or someone else, told to the customer.

const ELSEWHERE_CANDIDATE =
  /\b(?:e-?mail|mail|visit|form|developer|manufacturer|publisher|seller|retailer|vendor|merchant|ticket|website|site|page|cent(?:re|er)|contact|reach|write|submit|raise|refer|consult)/i;
const ELSEWHERE =
  /\b(?:(?:(?:send|drop|shoot|write)\s+(?:us|them|our team|our support team|the team)\s+(?:an?\s+)?(?:e-?mail|note|line)|e-?mail(?:ing)?\s+(?:us|them|our|the|your|support|[\w.+-]*_)|write\s+(?:to\s+)?(?:us|them|our team)|(?:visit(?:ing)?|go(?:ing)? to|head(?:ing)? (?:over )?to|check(?:ing)? out|see|use|try|browse)\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:help|support|contact|customer service|community)\s*(?:site|website|centre|center|page|pages|hub|portal|forums?|team)|(?:visit(?:ing)?|go(?:ing)? to|head(?:ing)? (?:over )?to)\s+(?:our|the)\s+(?:site|web ?site|faqs?|forums?|community)|(?:refer(?:ring)? to|consult(?:ing)?)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:faqs?|faq section|help (?:cent(?:re|er)|pages?|articles?|section)|support (?:pages?|articles?|site)|knowledge ?base|web ?site|site|page|terms(?: and conditions)?)|(?:fill(?:ing)?\s+(?:in|out)|complete|completing|submit(?:ting)?|use|using)\s+(?:the|our|this|a|an)\s+(?:[\p{L}-]+\s+){0,2}?form|(?:submit(?:ting)?|rais(?:e|ing)|open(?:ing)?|log(?:ging)?|fil(?:e|ing))\s+(?:a|an)\s+(?:support\s+|help\s+)?(?:ticket|case|request)|(?:contact(?:ing)?|reach(?:ing)? out to|get(?:ting)? in touch with|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)|ask(?:ing)?)\s+(?:the|their|your)\s+(?:app\s+|game\s+|game's\s+|software\s+)?(?:developers?|manufacturer|publisher|seller|retailer|vendor|merchant|maker)|(?:contact(?:ing)?|reach(?:ing)?(?:\s+out(?:\s+to)?)?|get(?:ting)? in touch with|connect(?:ing)? with)\s+(?:us|our\s+(?:[\p{L}-]+\s+)?team|the\s+(?:[\p{L}-]+\s+)?team|support)\s+(?:via|by|through|using|at|on|with)\s+(?:e-?mail|the link|this link|the form|our (?:website|site|form|help|support)|the (?:website|site)|webchat|live chat|chat))(?!\p{L})|(?:contact(?:ing)?|reach(?:ing)?(?:\s+out(?:\s+to)?)?|get(?:ting)? in touch with)\s+(?:us|our\s+(?:[\p{L}-]+\s+)?team|support)\s+(?:via|through|using|at|on)(?=\s+_))/giu;

/** "contact us", "reach out to us here": another channel only when a link or an address follows in the sentence. */
const TO_LINK =
  /\b(?:contact(?:ing)?|reach(?:ing)?(?:\s+out)?(?:\s+to)?|get(?:ting)? in touch with|write(?:\s+to)?|connect with)\s+(?:us|our\s+(?:[\p{L}-]+\s+)?team|support|them)\b/gu;

function elsewhereActions(doc: AnalysedText, sentence: Span): Action[] {
  const s = doc.masked.slice(sentence.start, sentence.end);
  const low = s.toLowerCase().replace(/[’‘ʼ]/g, "'");
  const out: Action[] = [];
  const matches = [...low.matchAll(ELSEWHERE)];
  for (const m of low.matchAll(TO_LINK))
    if (
      /_{6,}/.test(low.slice(m.index + m[0].length)) &&
      !matches.some((x) => x.index <= m.index && m.index < x.index + x[0].length)
    )
      matches.push(m);
  for (const m of matches) {
    // DMs and private messages are the bare-dm rule's.
    if (/\b(?:dm|dms|direct message|private message|pm)\b/.test(m[0])) continue;
    const cs = clauseStart(low, m.index);
    if (directs(low.slice(cs, m.index), ['Verb']) === 'yes') out.push({ head: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Pointer: a reply whose only words of substance point somewhere else: "Please check your DMs for further
// instructions", "Provide your details here: <link>", "All the information is here > <link>". Everything else in it is
// a greeting, thanks, cheer ("Here to help!"), a sign-off or a link; one sentence that says anything more (an
// acknowledgement, an answer, a question, a reason) and it is not a pointer.

const POINTER_CANDIDATE =
  /\b(?:dms?|dm's|dm’s|pms?|direct messages?|private messages?|message|inbox|mailbox|e-?mails?|details|info|information|note|contact|reach|connect|touch|write|follow)\b/i;
/**
 * One or two words after a greeting or cheer, before their punctuation: a name ("Hi, Shaunee!", "Sorry to hear that,
 * Mr Jones."), if `fillerEnd` finds them capitalised (the pattern is case-insensitive, so it cannot tell "Sorry to hear
 * about your experience with billing." from a name itself).
 */
const name = (group: string): string =>
  String.raw`(?:,?\s+(?<${group}>\p{L}[\p{L}'.-]{1,20}(?:\s+\p{L}[\p{L}'-]{1,20})?)(?=\s*[,.!:;]))?`;
const NAME_GROUPS = ['greeted', 'cheered', 'consoled'] as const;
const CAPITALISED = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'-]*)?$/u;
/** Stock sympathy, which could answer any message: "Sorry to hear that.", "We're sorry to hear this", "Apologies!". */
const SYMPATHY = String.raw`(?:(?:we're|we are|i'm|i am|so|really|very|truly|terribly|extremely)\s+)*(?:sorry(?:\s+(?:to (?:hear|know|see|read|learn)(?:\s+(?:(?:that|this) was your experience|that|this|(?:about|of) (?:that|this|your experiences?)))?|about (?:that|this|your experiences?)|(?:that\s+)?(?:this|that) was your experience|for (?:that|this)))?|apologies(?:\s+for (?:that|this|the trouble))?|(?:we|i)\s+(?:do\s+)?apologi[sz]e(?:\s+for (?:that|this|the trouble|your experience))?)`;
/** Emoji, which say nothing of substance either. */
const EMOJI = String.raw`[\p{Extended_Pictographic}\u{FE0F}\u{200D}]`;
/** The end of a sentence: spaces, its punctuation, emoji. */
const END = String.raw`[\s.!?,\p{Extended_Pictographic}\u{FE0F}\u{200D}]*`;
/** Words that say nothing about the customer's problem, each followed by its punctuation. */
const FILLER = new RegExp(
  String.raw`(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|morning|evening)(?:\s+there)?${name('greeted')}` +
    // Bounded, so that a long run of letters and hyphens is not scanned again at every filler.
    String.raw`|(?:(?:we're|we are|i'm|i am|[\p{L}-]{1,30} is)\s+)?(?:always\s+|definitely\s+|more than\s+)?(?:here|happy|glad) to help${name('cheered')}` +
    String.raw`|(?<sympathy>${SYMPATHY})${name('consoled')}` +
    String.raw`|(?:and\s+)?(?:thanks|thank you)(?:\s+so much)?(?:\s+for (?:reaching out|getting in touch|contacting us|your patience|the tweet|your tweet|writing in)(?: to us)?)?` +
    String.raw`|\(?\d{1,2}\/\d{1,2}\)?|[\^*~\-–—]\s?\p{L}{1,20}(?: \p{Lu}(?!\p{L}))?|_+|${EMOJI}+)[\s,.!:;>-]*`,
  'diuy',
);
/**
 * What follows a DM request or a pointer when it gives no reason of its own, to the sentence's end: "so we can assist
 * further", "for more instructions", "and let's see what's going on", a sign-off, thanks, emoji. A reason that says
 * what will be done ("so we can look into it", "and we'll rebook you") is not stock.
 */
/** A word that answers or says something was done ("Yes.", "Sorted!", "Refunded!"): never a sign-off. */
const ANSWER_WORDS =
  '(?:yes|yep|yeah|no|nope|correct|sure|absolutely|definitely|indeed|done|sorted|fixed|refunded|rebooked|booked|updated|cancell?ed|sent|resolved|processed|credited|confirmed|noted|received|changed|replaced|approved|added|removed)';
const STOCK_TAIL =
  // The link pointed to may come first: "send us a note via <link> so our team can assist".
  String.raw`(?:\s+here)?(?:\s*(?:(?:[:,>]|${EMOJI}+)\s*)?(?:(?:via|at|on|through|using|here)\s*(?:[:,>]\s*)?)?_{6,}(?:\s*[,.])?)?(?:` +
  String.raw`,?\s+(?:and\s+|so\s+(?:that\s+)?)?(?:we|i|(?:our|the|my)(?:\s+[\p{L}-]{1,20}){0,2}?\s+team)(?:'ll|'d be|\s+will|\s+can|\s+may|\s+could|\s+would be)\s+(?:further\s+|better\s+|(?:happy|glad) to\s+)?(?:assist|help|get more (?:info|information|details)|discuss (?:this|it)|see what(?:'s| is) going on|chat|talk|connect|follow up)(?:\s+you)?(?:\s+(?:out|further|more))?(?:\s+(?:right away|asap|shortly|as soon as possible|quickly))?` +
  String.raw`|,?\s+and let's (?:see what(?:'s| is) going on|chat|talk|connect)` +
  String.raw`|,?\s+for (?:further |more |additional )?(?:assistance|help|support|instructions)|,?\s+for (?:further|more) (?:info|information|details)` +
  String.raw`|,?\s+with more (?:info|information|details)(?:,?\s+so (?:that )?(?:we|i) can (?:further\s+)?(?:assist|help)(?:\s+you)?(?:\s+further)?)?` +
  String.raw`|,?\s+(?:when you (?:get|have) a (?:chance|moment|minute)|at your (?:earliest )?convenience|when you can)` +
  String.raw`)?(?:\s*(?::\s*)?(?<!_)_{6,})?${END}(?:(?!${ANSWER_WORDS}\b)\p{Lu}\p{Ll}{1,20}${END})?(?:(?:thanks|thank you)${END})?(?:[\^*~\-–—] ?\p{L}{1,20}(?: \p{L}{1,3})?${END})?$`;
const STOCK_TAIL_AT_START = new RegExp(`^${STOCK_TAIL}`, 'iu');
/** Stock sympathy after the pointer: "Please check your DMs, sorry about that!". */
// Not from inside a run of spaces (each start there would scan the rest of the run again).
const TRAILING_SYMPATHY = new RegExp(String.raw`(?<![\s,;])[,;]?\s*${SYMPATHY}[\s.!]*$`, 'iu');
/** A DM asked for with nothing but a stock reason ("DM us so we can assist", "See DM."); "DM us your order number" is a
 * next step. */
const DM_REQUEST = new RegExp(
  String.raw`^(?:(?:please|pls|kindly|just)[,\s]+)?(?:(?:can|could|would) you(?:\s+please)?\s+)?(?<pointer>` +
    String.raw`(?:send|shoot|drop|pop)\s+(?:(?:us|me)\s+)?(?:a\s+)?(?:quick\s+)?(?:dm|direct message|private message|pm|message)` +
    String.raw`|(?:dm|pm|message)\s+(?:us|me)` +
    String.raw`|(?:reach out|get in touch)(?:\s+(?:to|with)\s+us)?\s+(?:via|by|in|through|over)\s+(?:a\s+)?(?:dms?|direct messages?|private messages?)` +
    String.raw`|meet\s+(?:us|me)\s+(?:back\s+)?in\s+(?:the\s+)?(?:dms?|direct messages?)` +
    String.raw`)(?=${STOCK_TAIL})` +
    // "See DM.", "Check DMs pls": not as a question ("Can you see my DM?" asks).
    String.raw`|^(?:(?:please|pls|kindly|just)[,\s]+)?(?<seen>(?:see|check)\s+(?:our\s+|my\s+|your\s+)?(?:dm's|dms?))(?=${STOCK_TAIL})`,
  'iu',
);
/** A pointer at the start of what is left of a sentence (offsets: index 0 is that start). */
const POINTER = new RegExp(
  String.raw`^(?:(?:please|pls|kindly|you can|feel free to|go ahead and|just),?\s+)?(?<pointer>` +
    String.raw`(?:check|see|read)\s+(?:your|the)\s+(?:dm's|dms?|direct messages?|private messages?|inbox|mailbox|e-?mails?(?!\s+address))\b` +
    String.raw`|(?:provide|share|send|submit|enter|leave)\s+(?:us\s+|me\s+)?(?:with\s+)?(?:your|the|some|more|all the|further|all your|any)\s+(?:contact\s+|account\s+)?(?:details|info|information)\b(?=[^.!?\n_]{1,30}_{6})` +
    String.raw`|(?:connect|get in touch|reach out|reach|contact|write|follow up|send (?:us|me) an? (?:note|message|request|e-?mail)|send an? e-?mail)\b(?=[^.!?\n_]{1,40}_{6})` +
    String.raw`|(?:all the|more|further|full|additional)\s+(?:info|information|details)\b(?=[^.!?\n_]{1,20}_{6})` +
    String.raw`|visit(?:\s+(?:this|the)\s+link|\s+us)?(?:\s+here)?,?\s+for (?:more|further) (?:info|information|details)\b(?=[^.!?\n_]{1,10}_{6})` +
    String.raw`)`,
  'iu',
);
/** A pointer asked as a question: only in a link's form ("Could you send us a note via <link>?"); "Can you check your
 * inbox?" asks the customer to look. */
const ASKED_POINTER =
  /^(?:(?:please|pls|kindly)[,\s]+)?(?:can|could|would) you(?:\s+please)?\s+(?=(?:send|share|provide|submit|connect|reach|contact|write)\b)/i;
/** A single word left over that is a sign-off ("Rach"), not an answer ("Yes.") nor something done ("Sorted!"). */
const SIGNATURE_WORD = /^\p{Lu}\p{Ll}{1,15}[.!]?$/u;
const ANSWER_WORD = new RegExp(String.raw`^${ANSWER_WORDS}\b`, 'i');

/** Where the filler at the start of `s` ends, and whether it held stock sympathy. */
function fillerEnd(s: string): { end: number; sympathy: boolean } {
  let at = 0;
  let sympathy = false;
  for (;;) {
    FILLER.lastIndex = at;
    const m = FILLER.exec(s);
    if (!m || m[0].length === 0) return { end: at, sympathy };
    if (m.groups?.sympathy) sympathy = true;
    const named = NAME_GROUPS.map((g) => m.indices?.groups?.[g]).find((span) => span !== undefined);
    // Words of the complaint ("... your experience with billing."), not a name: the filler ends before them.
    if (named && !CAPITALISED.test(s.slice(named[0], named[1]))) {
      at = named[0];
      continue;
    }
    at += m[0].length;
  }
}

interface Pointer {
  span: Span;
  /** The words that are neither filler, the pointer nor a stock reason after it (read by the rule's `unless`). */
  substance: string;
  /** The reply's only apology is a stock one ("Sorry to hear that."). */
  stockSorry: boolean;
}

/** The pointer of the reply (one span), or null when any sentence says more than filler and a pointer. */
function pointerOnly(doc: AnalysedText): Pointer | null {
  let found: Span | null = null;
  let substance = '';
  let stockSorry = false;
  for (const sentence of doc.sentences) {
    const start = Math.max(sentence.start, doc.bodyStart);
    if (start >= sentence.end) continue;
    const s = doc.masked.slice(start, sentence.end).replace(/[’‘ʼ]/g, "'");
    const filler = fillerEnd(s);
    if (filler.sympathy) stockSorry = true;
    const left = s.slice(filler.end).trim();
    if (left === '' || (SIGNATURE_WORD.test(left) && !ANSWER_WORD.test(left))) continue;
    const rest = s.slice(filler.end);
    const dm = DM_REQUEST.exec(rest);
    const asked = dm ? '' : (ASKED_POINTER.exec(rest)?.[0] ?? '');
    const m = dm ?? POINTER.exec(rest.slice(asked.length));
    if (!m || found) return null;
    // The flagged words start at the verb, after "please".
    const matched = asked.length + m[0].length;
    const end = start + filler.end + matched;
    found = { start: end - (m.groups!.pointer ?? m.groups!.seen)!.length, end };
    let after = s.slice(filler.end + matched);
    const sorryAfter = TRAILING_SYMPATHY.exec(after);
    if (sorryAfter) {
      stockSorry = true;
      after = after.slice(0, sorryAfter.index);
    }
    if (!STOCK_TAIL_AT_START.test(after)) substance += ' ' + after;
  }
  return found && { span: found, substance, stockSorry };
}

/** The customer asked to be answered in private ("get back to me on my DMs"): pointing there is the answer. */
const CUSTOMER_IN_PRIVATE =
  /\b(?:dms?|direct messages?|private messages?|inbox|pm|pms)\b|\b(?:sent|replied|responded|messaged|wrote)(?: back)?(?: to)? (?:you|u|your)\b/i;
/** The customer asked how or where to do something ("where can I leave feedback?", "what are my options?"): a link or a
 * form is the answer. A DM is not: it answers nothing yet. */
const CUSTOMER_ASKED_WHERE =
  /\b(?:how|where) (?:can|do|should|could|would|will|to|does one) (?:i|we|you|one)\b|\bhow to\b|\bwhat (?:are|r) (?:my|our|the) options\b|\bis there (?:a|any|an) (?:way|place|link|form|page|site|website|address)\b|\bwho (?:do|can|should) (?:i|we)\b/i;
const DM_POINTER = /\b(?:dms?|dm's|direct messages?|private messages?|pm|inbox)\b/i;

// ---------------------------------------------------------------------------------------------------------------
// When a deflection is help after all.

/**
 * The customer asked for a number, a call, a person or how to reach the brand: giving it is the answer. Asked, not
 * named: "I changed my phone number", "your support number just rings out" or "the number of bags" ask for nothing.
 */
const CUSTOMER_ASKED =
  /\b(?:give me|send me|tell me|dm me|what(?:'s|s| is)|where(?:'s| is)) (?:the|your|ur|a|an) (?:[a-z/]+ )?number\b(?! of)|\bneed (?:the|your|ur) (?:[a-z/]+ )?number\b(?! of)|\b(?:what(?:'s|s| is| are)|need|want|know|have|get|give me|send me|share|provide me with) (?:your|ur|the|their|a|an) (?:phone|contact|telephone|tel|customer (?:service|services|care|support)|helpline|hotline|support|direct|direct dial|dial|toll[- ]free|complaints)\s*(?:number|no\.?|#)|\b(?:your|their|ur|respective) (?:phone|contact|telephone) numbers\b|\b(?:what|which) number (?:do|should|can|could|would) i\b|\bwhat(?:'s|s| is) (?:your|ur) number\b|\b(?:is there|do you have) (?:a|an) (?:phone number|contact number|helpline|hotline|phone line|number (?:i can call|to call)|email|e-mail|way to contact)\b|\bnumber (?:to|for|i can|i could|i should) (?:call|ring|reach|contact|phone)\b|\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:someone|somebody|a (?:real )?(?:person|human|manager|supervisor|technician|representative|rep|agent)|an? (?:agent|engineer|advisor|adviser)|a real)|\bhow (?:can|do|should|could) i (?:contact|reach|call|get in touch|get in contact|get hold|speak|talk|email|e-mail)|\bcall me\b|\b(?:who|whom|where) (?:do|can|should|could) i (?:call|contact|ring|email|e-mail|write|speak|talk)|\bwhat(?:'s| is) (?:the|your) (?:email|e-mail|address)|\b(?:email|e-mail) address (?:for|to)|\bcan (?:you|someone|somebody) (?:call|ring|phone)|\b(?:gimme|give me) a call/i;

/** The call or channel is the fallback after help, or only if the customer wants it. */
const FALLBACK =
  /^[\W_]*(?:if (?:that|this|it|these|those|the (?:steps?|above|issue|problem|error|fix|link)|you(?:'re| are)? still|there's no change|there is no change|no change|not|none|nothing|the problem persists|it persists|that's not|this isn't|that isn't|you continue|you keep|you need (?:more|further|anything)|you have (?:any )?(?:further|other|more) questions|you'd (?:like|prefer|rather)|you would (?:like|prefer|rather)|you prefer|you wish|you want|you like|you'd like to)|otherwise|failing that|should (?:that|this|it|the (?:issue|problem)) (?:not|persist|continue|happen)|in the meantime|for (?:future reference|anything else|other)|alternatively|also)\b/;
const FALLBACK_AFTER =
  /\bif (?:not|no change|that doesn't|this doesn't|those don't|these don't|it doesn't|it still|the issue persists|the problem persists|still|unresolved|not resolved|you'd (?:like|prefer|rather)|you would (?:like|prefer|rather)|you prefer|you wish|you want|needed|necessary|you need (?:to|more|further))\b|\bor (?:send us a )?(?:dm|direct message|private message)\b/;
/** The call is one way among others, offered after one already given ("cancel on the website, or ring your surgery",
 * "report it at cybercrime.gov.in or by calling 1930").
 * For a call only: "raise it on our website, or email us" offers two other channels, both a deflection. */
const OR_BEFORE = /\bor(?:\s+(?:you can|you could|just|simply|alternatively|else|by))?\s*$/;
/** The call offered as the other way after a place to go ("report it at <link> or by calling 1930"). */
const OR_CALL =
  /\b(?:at|on|via|through|online|in the app)\s+[^!?\n]{1,60}?\bor\s+(?:by\s+)?(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing)\b/;
/** A condition in the deflection's sentence: the call is advice for a case, not the whole answer ("best if you" is a
 * suggestion, not a condition). */
const CONDITIONAL =
  /\b(?:(?<!\b(?:best|better|easier|quicker|faster|simplest|easiest|ideal|great|good|helpful|appreciate it)\s+)if|unless|in case|should (?:you|that|this|it|the (?:issue|problem))|whenever you|alternatively|another option)\b/;
/** The reply asks for a DM or a private message: the case is taken here, the call is another way. */
const DM_TOO =
  /\b(?:dms?|direct messages?|private messages?|pm us|pm me|(?<!\b(?:not|don't|do not|never|no need to)\s+)message us|send us a message)\b/;

/** A concrete step given to the customer, at a sentence start, or after the case it is for ("If it has a backup
 * cylinder, switch to it now"). */
const STEP =
  /^[\W_]*(?:if [^,.!?;]{1,80},\s*)?(?:(?:please|pls|kindly|just|simply|first|then|also|now|you can|you could|you may|you'll need to|you will need to|you need to|can you|could you|try to|let's|i'd suggest you|we'd suggest you|we suggest you|i suggest you|we recommend you|make sure (?:to|you)|oh no|hmm|ok|okay)[\s,!.:]+)*(?:try|retry|restart|reboot|reinstall|re-install|uninstall|install|clear|update|check(?! (?:your|our) dm)|go to|head to|navigate|tap|select|click|open|log (?:in|out)|sign (?:in|out)|reset|turn|toggle|delete|download|power|unplug|plug|ensure|enter|switch|disable|enable|remove|press|hold|swipe|scroll|force|refresh|reconnect|re-?add|change|set|wait|allow|rebook|bring|take|keep|make sure|double-check)\b/;
/** A control named for the customer to use ("hit 'Cancel Contract'", "tap “Report a problem”", "Settings > Billing"):
 * a step, wherever it stands in the sentence. */
const NAMED_STEP =
  /\b(?:hit|tap|click|select|press|choose|pick|open)\s+(?:on\s+)?(?:the\s+)?['"‘“][^'"‘’“”\n]{2,40}['"’”]|\b[a-z]{1,30}[ \t]+>[ \t]+[a-z]/i;
/** Something the brand did or found. */
const DONE =
  /\b(?:we|i)(?:'ve|'d| have| had| just| already| now)*\s+(?:just\s+|already\s+|now\s+)?(?:refunded|credited|fixed|sent|updated|changed|cancell?ed|rebooked|passed (?:this|it|that|your|on)|raised|escalated|issued|processed|reset|added|removed|applied|reported|forwarded|flagged|logged|arranged|booked|ordered|replaced|reinstated|restored|unlocked|reactivated|sorted|resolved|corrected|waived|reversed|checked|confirmed|found|located|submitted|placed|scheduled|contacted|spoken|spoke|shared)\b/;
/** Something the brand will do besides the call, said outside the deflection's sentence ("We'll also add him to our
 * Priority Services Register"); in that sentence, or waiting for the call, it is what the call is for ("call us and
 * we'll refund you", "We'll refund you once you confirm your details"). An explanation of a block needs its reason
 * ("was blocked by our fraud checks"), or it only restates the complaint ("sorry your account was blocked"). */
const WILL_DO =
  /\b(?:we|i)(?:'ll| will| are going to|'re going to)\s+(?:also\s+|now\s+|then\s+|still\s+)?(?:add|arrange|send|refund|credit|book|rebook|cancel|raise|escalate|replace|reset|waive|register|prioriti[sz]e|flag|reissue|re-?send|reimburse|compensate|pay|cover|extend|upgrade|restore|unlock|unblock|reactivate|reinstate|collect|deliver|repair)\b/;
/** A promise that waits for the call ("We'll refund you once you confirm your details"): what the call is for. */
const AFTER_THE_CALL = /\b(?:once|when|after|then|as soon as|if|provided|so long as)\b/;
/** An answer: a yes, a fact, a time, a reason, what the customer will see. */
const ANSWER =
  /^[\W_]*(?:yes|yep|yeah|sure|absolutely|of course)[,.!:;—–-]|\b(?:is|are|'s|'re|will be|should be|was|were|has been|have been|isn't|aren't)\s+(?:now\s+|currently\s+|still\s+)?(?:available|due|expected|scheduled|open|closed|back|live|fixed|resolved|working|on (?:its|the|their) way|delayed|cancell?ed|refunded|valid|eligible|included|free|charged|running|restored|down|aware|investigating|looking into|working on|only|not available)\b|\b(?:is|are|was|were|has been|have been)\s+(?:blocked|frozen|suspended|locked|flagged|declined|held|stopped)(?:\s+[\w':.-]+){0,3}?\s+(?:by|because|due to|as|after|for|when|while|until)\b|\b(?:within|by|in) (?:\d+|one|two|three|a few)\s*(?:-\s*\d+\s*)?(?:hours?|days?|weeks?|business days|working days|minutes|mins|hrs)\b|\byou(?:'ll| will| should) (?:receive|get|see|be (?:able|refunded|charged|contacted|notified))\b|\b(?:because|due to|this is caused|that's because|this happens|it happens|the reason)\b/;

/** A call that cannot wait, to protect the customer ("Call our fraud team now (open 24/7) so they can stop the
 * payment", "ring us straight away to block the card"): the line is the help, not a way to send them off. */
const URGENT =
  /\b(?:24\/7|24 hours|round the clock|now|straight away|right away|immediately|urgently|asap|as soon as (?:you can|possible))\b/;
const PROTECTIVE =
  /\b(?:stop|block|freeze|cancel|bar|secure|recall|protect|lock)(?:s|ed|ping|ing)?\s+(?:the|your|any|it|them|this|that|a|further)\s+(?:[\w-]+\s+)?(?:payments?|transfers?|transactions?|cards?|account|sim|phone|handset|debits?|money)\b|\bstop the payment\b/;

/** Whether a sentence with no candidate word (so no deflection to mask) gives a step, an answer or something done. */
function helpedOutside(doc: AnalysedText, candidate: RegExp): boolean {
  for (const s of doc.sentences) {
    const text = doc.masked.slice(s.start, s.end);
    if (candidate.test(text)) continue;
    const low = text.toLowerCase().replace(/[’‘ʼ]/g, "'");
    if (STEP.test(low) || DONE.test(low) || ANSWER.test(low) || NAMED_STEP.test(text)) return true;
    if (WILL_DO.test(low) && !AFTER_THE_CALL.test(low)) return true;
  }
  return false;
}

function helped(doc: AnalysedText, flagged: readonly Span[]): boolean {
  for (const s of doc.sentences) {
    let text = doc.masked.slice(s.start, s.end);
    for (const f of flagged)
      if (f.start < s.end && f.end > s.start) {
        const a = Math.max(f.start, s.start) - s.start;
        const b = Math.min(f.end, s.end) - s.start;
        text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
      }
    const low = text.toLowerCase().replace(/[’‘ʼ]/g, "'");
    if (STEP.test(low) || DONE.test(low) || ANSWER.test(low) || NAMED_STEP.test(text)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------

export const deflectionKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('deflection'),
      /** `phone`: a phone line, in any wording; `elsewhere`: another channel or a third party (e-mail, a help site, a form, the developer). */
      /** `pointer`: the reply only points elsewhere ("check your DMs", "provide your details here: <link>"). */
      to: z.enum(['phone', 'elsewhere', 'pointer'], { error: 'expected "phone", "elsewhere" or "pointer"' }),
      /** Stay silent when the reply also helps (a step, an answer, something done) and the deflection is the fallback. Default true. */
      unlessHelped: z.boolean().optional(),
      /** Phrases anywhere in the reply that silence the rule. */
      unless: z.array(z.string().min(1)).optional(),
    })
    .strict(),
  exclusive: true,
  problems: (rule) => phraseListProblems('unless', rule.unless),
  compile(rule) {
    const silenced = compileUnless(rule.unless);
    if (rule.to === 'pointer')
      return {
        triggers: null,
        check(doc: AnalysedText, ctx: ResolvedContext): RawFinding[] {
          if (!POINTER_CANDIDATE.test(doc.masked) || !doc.english) return [];
          // A part of a thread is not all the reply gives: the other part may hold the help.
          if (doc.threadPart) return [];
          if (ctx.customerMessage && CUSTOMER_IN_PRIVATE.test(ctx.customerMessage)) return [];
          const pointer = pointerOnly(doc);
          if (!pointer) return [];
          // A stock sorry ("Sorry to hear that.") is not an acknowledgement: with one, the rule speaks only when all
          // else is stock; without one, any word of substance in the rule's `unless` silences it.
          if (pointer.stockSorry ? pointer.substance.trim() !== '' : silenced(pointer.substance)) return [];
          const { span } = pointer;
          const toDm = DM_POINTER.test(doc.masked.slice(span.start, span.end));
          if (!toDm && ctx.customerMessage && CUSTOMER_ASKED_WHERE.test(ctx.customerMessage)) return [];
          return [{ ...span, suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx) }];
        },
      };
    const candidate = rule.to === 'phone' ? PHONE_CANDIDATE : ELSEWHERE_CANDIDATE;
    const actions = rule.to === 'phone' ? phoneActions : elsewhereActions;
    const unlessHelped = rule.unlessHelped ?? true;
    return {
      triggers: null,
      check(doc: AnalysedText, ctx: ResolvedContext): RawFinding[] {
        if (!candidate.test(doc.masked) || !doc.english) return [];
        if (doc.threadPart && !doc.threadFirst) return [];
        if (ctx.customerMessage && CUSTOMER_ASKED.test(ctx.customerMessage)) return [];
        if (silenced(doc.masked)) return [];
        // What silences every finding, known before any sentence is parsed (compromise is most of this rule's cost):
        // the case taken here too, or help in a sentence no deflection can be in.
        if (unlessHelped && (DM_TOO.test(doc.masked.toLowerCase()) || helpedOutside(doc, candidate))) return [];
        const found: Span[] = [];
        let fallback = false;
        for (const sentence of doc.sentences) {
          const s = doc.masked.slice(sentence.start, sentence.end);
          if (!candidate.test(s)) continue;
          const urgent = unlessHelped && URGENT.test(s.toLowerCase()) && PROTECTIVE.test(s.toLowerCase());
          for (const a of urgent ? [] : actions(doc, sentence)) {
            const low = s.toLowerCase().replace(/[’‘ʼ]/g, "'");
            if (
              FALLBACK.test(low) ||
              FALLBACK_AFTER.test(low.slice(a.head)) ||
              CONDITIONAL.test(low) ||
              (rule.to === 'phone' && (OR_BEFORE.test(low.slice(0, a.head)) || OR_CALL.test(low)))
            )
              fallback = true;
            found.push({ start: sentence.start + a.head, end: sentence.start + a.end });
          }
        }
        if (found.length === 0) return [];
        // "call us on 0800..., or DM us your order number": the customer may stay here (tested above).
        if (unlessHelped && (fallback || helped(doc, found))) return [];
        return found.map((span) => ({
          ...span,
          suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx),
        }));
      },
    };
  },
});
