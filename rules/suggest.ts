// Turning a rule's replacement text into a concrete, well-formed edit of the reply.
import type { ResolvedContext } from './kind.ts';
import { isFirstName } from './nlp.ts';
import { ENGLISH } from './text.ts';
import type { Span, Suggestion } from './types.ts';

/** Fills {match}, {name}, {handle}, {signOff} and extra values; null when the template needs a value nobody knows. */
export function fill(template: string, vars: Record<string, string | number | undefined>): string | null {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    if (v === undefined) {
      missing = true;
      return whole;
    }
    return String(v);
  });
  return missing ? null : out;
}

export function contextVars(ctx: ResolvedContext): Record<string, string | undefined> {
  return { name: ctx.firstName, handle: ctx.customerHandle, signOff: ctx.signOff };
}

const isUpper = (c: string): boolean => c === c.toUpperCase() && c !== c.toLowerCase();

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/**
 * Gives `replacement` the case of `original`: shouted words stay shouted, a capitalised word stays capitalised. An
 * all-caps word of five letters or fewer is an acronym (DM, ASAP) and says nothing about case.
 */
function matchCase(replacement: string, original: string): string {
  const letters = original.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return replacement;
  const allCaps = letters.every(isUpper);
  const words = original.trim().split(/\s+/).length;
  if (allCaps && (words > 1 || letters.length >= 6)) return replacement.toUpperCase();
  if (allCaps) return replacement;
  // "Utilise" -> "Use", but "DM us" (an acronym first) says nothing about the replacement's first letter, and nor
  // does "I" ("and I'm sorry for any trouble" -> "and we're sorry this happened").
  const firstWord = original.match(/\p{L}+/u)?.[0] ?? '';
  const titleCase =
    firstWord !== 'I' && isUpper(firstWord[0]!) && firstWord.slice(1) === firstWord.slice(1).toLowerCase();
  return titleCase ? capitalise(replacement) : replacement;
}

/** The code point that ends just before `at` (a letter outside the BMP is two UTF-16 units). */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

const SMILEY_BEFORE = /(?:^|\s)((?:[:;=]-?[()DPp]|<3|[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D])+)$/u;
// A greeting's own line ("Hi Sam,", "Dear Ms Lee,", "Good morning team,") or a name alone ("Sam,").
const GREETING_LINE =
  /^(?:hi|hello|hey|hiya|heya|dear|greetings|good\s+(?:morning|afternoon|evening|day))\b[^\n]{0,40},$/iu;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},$/u;

// Abbreviations a sentence goes on after ("Mr.", "approx.", "e.g.", "inst.", "ref."); not "etc." or "no.", which end
// sentences as often.
const ABBREVIATION_BEFORE =
  /(?<![\p{L}\p{N}])(?:mr|mrs|ms|dr|inst|ult|prox|approx|appt|dept|ref|refs|tel|ext|incl|excl|vs|cf|e\.g|i\.e|viz)\.$/iu;

/**
 * True at the start of the text, after . ! ? … or : (perhaps with a smiley or emoji between), or right after a leading @handle, ignoring spaces, opening quotes
 * and brackets in between. It walks back from `at` only as far as it must: a regex anchored at the end ($) would scan
 * the whole text before `at` on every call, which is quadratic over the findings of a long text.
 */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[\s"“'‘(]/u.test(text[i - 1]!)) i--;
  // "your letter of the 12th inst. regarding ...": after an abbreviation, a word the writer left in lower case goes on
  // the sentence.
  if (
    i > 0 &&
    text[i - 1] === '.' &&
    ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 8), i)) &&
    /\p{Ll}/u.test(text[at] ?? '')
  )
    return false;
  if (i === 0 || /[.!?…:]/.test(text[i - 1]!)) return true;
  // A new paragraph ("Hello,\n\nwe have ..."), or the line after a greeting's line ("Hi Sam,\nwe have ...", "Dear Ms
  // Lee,\n..."; not "If it still fails,\njust restart the router").
  const gap = text.slice(i, at);
  if (/\n[^\S\n]*\n/.test(gap)) return true;
  if (gap.includes('\n') && text[i - 1] === ',') {
    const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim();
    if (GREETING_LINE.test(line) || NAME_LINE.test(line)) return true;
  }
  // A smiley or emoji between two sentences ("I hope this helps. :-) Thank you"): what is before it decides.
  const face = SMILEY_BEFORE.exec(text.slice(Math.max(0, i - 16), i));
  if (face) {
    let k = i - face[1]!.length;
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    if (k === 0 || /[.!?…]/.test(text[k - 1]!)) return true;
  }
  let j = i;
  for (let c = charBefore(text, j); j > 0 && /^[\p{L}\p{N}_]$/u.test(c); c = charBefore(text, j)) j -= c.length;
  return j < i && text[j - 1] === '@' && (j === 1 || /\s/.test(text[j - 2]!));
}

/**
 * A suggestion replacing `span` with `replacement`, tidy at the edges: deleting a word also deletes one space next
 * to it (or the commas that set it off) and capitalises what then starts the sentence; a replacement at the start of
 * a sentence is capitalised.
 */
export function replaceSpan(text: string, span: Span, replacement: string, label?: string): Suggestion {
  let { start, end } = span;
  let rep = replacement;
  if (rep === '') {
    // One space goes with the deleted words, unless the span took one already (a regex such as "simply\s").
    const tookSpace = end > start && (/\s/.test(text[start]!) || /\s/.test(text[end - 1]!));
    const atStart = isSentenceStart(text, start);
    if (!tookSpace && text[end] === ',' && atStart) {
      // "Obviously, it works" -> "It works": the comma goes with the word it followed.
      end++;
      if (text[end] === ' ') end++;
    } else if (!tookSpace && text[end] === ',' && text.slice(start - 2, start) === ', ') {
      // "It is, obviously, fixed" -> "It is fixed": a word set off by commas goes with them.
      start -= 2;
      end++;
    } else if (!tookSpace && text[end] === ' ') end++;
    else if (!tookSpace && start > 0 && text[start - 1] === ' ') start--;
    // "Just restart it" -> "Restart it".
    const next = text[end];
    if (next && atStart && /\p{Ll}/u.test(next)) {
      rep = next.toUpperCase();
      end++;
    }
  } else {
    const original = text.slice(start, end);
    rep = matchCase(rep, original);
    if (isSentenceStart(text, start)) rep = capitalise(rep);
  }
  return {
    start,
    end,
    replacement: rep,
    label: label ?? (replacement === '' ? `Delete "${text.slice(span.start, span.end)}"` : `Replace with "${rep}"`),
  };
}

/** The rule's own suggestions for a matched span, filled in; those needing an unknown value are left out. */
export function templateSuggestions(
  text: string,
  span: Span,
  templates: readonly string[] | undefined,
  ctx: ResolvedContext,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const t of templates ?? []) {
    // "{match} so we can look into this" adds words after the match: only where the match ends a clause, never
    // inside one ("send us a message so we can look into this for you by clicking the link").
    if (/^\{match\}\s*\S/.test(t) && !endsClause(text, span.end)) continue;
    const filled = fill(t, { ...contextVars(ctx), match: text.slice(span.start, span.end) });
    if (filled === null) continue;
    out.push(t.includes('{match}') ? replaceSpan(text, span, filled) : replaceClause(text, span, filled));
  }
  return out;
}

/**
 * `replaceSpan`, and a verb after "and" that shared the replaced words' subject gets it back ("Your feedback is
 * important to us and has been passed on" -> "We're glad you told us. It has been passed on"); a deletion takes
 * nothing's place, so it gets no new sentence.
 */
export function replaceClause(text: string, span: Span, replacement: string): Suggestion {
  const shared = replacement.trim() === '' ? null : sharedPredicate(text, span);
  return shared
    ? replaceSpan(
        text,
        { start: span.start, end: shared.end },
        `${replacement.replace(/[.,;\s]+$/, '')}. ${shared.subject} `,
      )
    : replaceSpan(text, span, replacement);
}

// "and has been passed on", "and will use it": a second verb that shares the matched clause's subject. "have" only
// before a participle ("and have shared it"), not "and have a great weekend" ("has" and "does" go with a subject:
// "and has a real impact"); no "do" ("and do let us know" is an imperative); a word in -ed that is a verb
// ("forwarded"), not "indeed" or "need".
const AND_PREDICATE =
  /^\s*(?:,\s*)?and\s+(?=(?:is|are|was|were|will|would|can|could|should|may|might|must|shall|has|does)\b|(?:have|had)\s+(?:been\b|already\s+)?\p{Ll}{2,}(?:ed|en|wn|ne|t)\b|(?!(?:indeed|need|needed|speed|feed|seed|breed|bleed|weed|deed|shed|hundred|sacred|naked|wicked|beloved|aged|learned|blessed)\b)\p{Ll}{3,}ed\b)/u;

/**
 * When the matched words are a clause with its subject ("Your feedback is important to us", "We value your feedback")
 * and a verb after "and" shares that subject, a replacement would leave the verb with none ("Thanks for telling us
 * and has been passed on"): the replacement ends its sentence and the rest gets the subject back as a pronoun ("...
 * Thanks for telling us. It has been passed on").
 */
function sharedPredicate(text: string, span: Span): { end: number; subject: string } | null {
  const and = AND_PREDICATE.exec(text.slice(span.end, span.end + 80));
  if (!and) return null;
  const words = text.slice(span.start, span.end).toLowerCase().replace(/[’‘]/g, "'").split(/\s+/);
  const first = words[0] ?? '';
  const pronoun: Record<string, string> = {
    we: 'We',
    i: 'I',
    you: 'You',
    they: 'They',
    he: 'He',
    she: 'She',
    it: 'It',
  };
  let subject = pronoun[first];
  if (!subject && /^(?:your|our|my|their|this|that|the)$/.test(first)) {
    const noun = words[1] ?? '';
    subject = /[^s]s$/.test(noun) ? 'They' : 'It';
  }
  return subject ? { end: span.end + and[0].length, subject } : null;
}

/** What may follow the end of a clause: the end, punctuation, a conjunction, a link, a sign-off, an emoji, a name. */
const CLAUSE_END =
  /^\s*(?:$|[.,;:!?)\]…—–\-^~=*/\p{Extended_Pictographic}]|(?:and|but|so|or|as|because|while|though|although|if|when|then|&|https?:)(?![\p{L}'’])|\p{Lu}[\p{Ll}'’-]*\s*(?:[.,;:!?)]|$|[-^]))/u;

/** Whether the words at `at` end a clause, so a whole clause may end there too. */
export function endsClause(text: string, at: number): boolean {
  return CLAUSE_END.test(text.slice(at));
}

/** An insertion at `at`, e.g. a greeting at the start or a sign-off at the end. */
export function insertAt(at: number, insertion: string, label?: string): Suggestion {
  return { start: at, end: at, replacement: insertion, label: label ?? `Add "${insertion.trim()}"` };
}

// Words that start a sentence without being names: after "Hi Sam, " they give up their capital.
const ORDINARY: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ..."sorry thanks thank please unfortunately great good glad happy yes yeah okay ok sure just well oh hey let lets let's apologies".split(
    ' ',
  ),
]);

const GREETING =
  /(?:hi|hello|hey|hiya|heya|howdy|greetings|dear|good[ \t]+(?:morning|afternoon|evening|day))(?![\p{L}\p{N}])/iuy;
// "Hi there", "Hello again", "Hey all", "Hi mate", "Dear Sir/Madam", "Dear valued customer"; not "Hi, there's ...".
const GREETED =
  /,?[ \t]+(?:there|again|all|everyone|everybody|folks|team|guys|friends?|mates?|buddy|pal|hun|babe|dude|y['’]all|sir[ \t]*\/[ \t]*madam|sir or madam|sirs|sir|madam|(?:valued[ \t]+)?(?:customer|member|passenger|guest|client|colleague))(?![\p{L}\p{N}'’])/iuy;
// "Dear Parent/Guardian": a pair of capitalised words, right after the greeting (not "Hello, click/tap ...", "Hi,
// iOS/Android users ...").
const GREETED_PAIR = /[ \t]+\p{Lu}\p{Ll}+[ \t]*\/[ \t]*\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’])/uy;
// After a greeting, a name: a handle, or one to three capitalised words ("Sam", "Dr. Lovelace", "Mary Ann"), then
// punctuation, a bracket or the end of the line ("Hi Sam, ", "Hey, Abdul! ", "Hello @ann, ", "Hi Jane Holt (").
const GREETED_NAME =
  /,?[ \t]+(@[\p{L}\p{N}_]+|\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?=[ \t]*(?:[\n!,.:;?(]|$))/uy;
// A name opening the reply by itself ("Sam, ..."), before a comma or "!".
const LEADING_NAME = /\p{L}[\p{L}'’-]*(?=[ \t]*[,!])/uy;
// A name opening the reply with no comma after it, before the words of a question or a sentence that speaks to the
// customer ("Jeffrey did you ...", "Sam we have ..."): the comma a careful writer would put there goes in with the
// insertion ("Jeffrey, we're sorry about this. Did you ..."). Only before these words, so a verb or a noun that looks
// like a name ("Will you ...", "Mark the box ...") is never taken for one.
const BARE_NAME =
  /(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?=(?:did|do|does|can|could|would|have|has|is|are|we|I|I'm|I’m|you|please|thanks|thank|sorry|unfortunately)(?![\p{L}\p{N}'’]))/uy;
// Punctuation, space and emoji closing the opener on its own line ("Hey there! 🍕🎉 "): what is inserted goes after
// the emoji, which belong to the greeting ("We're sorry about this. 🎉" would read as mocking). An emoji that opens
// the next line ("Hi Sam,\n\n✅ Your refund ...") belongs to that line's words.
// Details in brackets after the name go with it ("Hi Jane Holt (DOB 14/03/1961), your ..."): an insertion after the
// first name would split the name ("Hi Jane we're sorry about this. Holt (DOB ...").
const OPENER_END = /(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*[,!.:;–—-]*/uy;
const OPENER_EMOJI = /[ \t]*[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+[ \t]*[,!.]*/uy;
const SPACE = /\s*/uy;

/** A reply and its masked text (links, handles and e-mail addresses as "_"), as AnalysedText has them. */
interface Texts {
  readonly text: string;
  readonly masked: string;
}

/** The opening of a reply before its first sentence proper: a greeting, with or without the customer's name. */
interface Opener {
  start: number;
  /** End of the greeting word(s) ("Hi", "Hi there"); equal to start when the opener is only a name. */
  greetingEnd: number;
  /** End of the name, when there is one. */
  nameEnd?: number;
  /** Where the reply's own words start. */
  end: number;
  /** The name is followed by no comma ("Jeffrey did you ..."): an insertion after it brings one. */
  bare?: boolean;
}

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/**
 * The opener at `from`: a greeting ("Hi", "Hello there", "Good morning"), with the customer's name or handle and the
 * punctuation after them ("Hi Sam, ", "Hey, Abdul! "), or a leading name alone ("Sam, "): the customer's first name
 * when known, else a word compromise knows as a first name. Null when the reply starts with its own words.
 */
function openerAt(text: string, from: number, firstName?: string): Opener | null {
  const isName = (word: string): boolean =>
    normalised(word) === normalised(firstName ?? '') || (/^\p{Lu}/u.test(word) && !ORDINARY.has(normalised(word)));
  let at = from;
  let greetingEnd = from;
  let nameEnd: number | undefined;
  const greeting = sticky(GREETING, text, at);
  if (greeting) {
    at += greeting[0].length;
    at += sticky(GREETED, text, at)?.[0].length ?? sticky(GREETED_PAIR, text, at)?.[0].length ?? 0;
    greetingEnd = at;
    const name = sticky(GREETED_NAME, text, at);
    if (name && (name[1]!.startsWith('@') || isName(name[1]!.match(/^[\p{L}'’]+/u)![0]))) nameEnd = at + name[0].length;
    else {
      // A known first name without punctuation after it ("Hi Sam we have ...").
      const word = /^[ \t]+(\p{L}[\p{L}'’-]*)(?![\p{L}\p{N}])/u.exec(text.slice(at));
      if (word && isName(word[1]!) && (isFirstName(word[1]!) || normalised(word[1]!) === normalised(firstName ?? '')))
        nameEnd = at + word[0].length;
    }
  } else {
    const known = firstName && normalised(text.slice(at, at + firstName.length)) === normalised(firstName);
    const word = sticky(LEADING_NAME, text, at)?.[0];
    if (
      known &&
      !/[\p{L}\p{N}]/u.test(text[at + firstName.length] ?? '') &&
      /^[ \t]*[,!]/.test(text.slice(at + firstName.length))
    )
      nameEnd = at + firstName.length;
    else if (word && isName(word) && isFirstName(word)) nameEnd = at + word.length;
    else {
      const match = sticky(BARE_NAME, text, at);
      const bare = match?.[1];
      if (!match || !bare || !isName(bare) || !(isFirstName(bare) || normalised(bare) === normalised(firstName ?? '')))
        return null;
      return { start: from, greetingEnd, nameEnd: at + bare.length, end: at + match[0].length, bare: true };
    }
  }
  at = nameEnd ?? at;
  at += sticky(OPENER_END, text, at)![0].length;
  at += sticky(OPENER_EMOJI, text, at)?.[0].length ?? 0;
  at += sticky(SPACE, text, at)![0].length;
  return { start: from, greetingEnd, ...(nameEnd !== undefined ? { nameEnd } : {}), end: at };
}

const normalised = (w: string): string => w.toLowerCase().replace(/’/g, "'");
const isI = (w: string): boolean => w === 'I' || /^I['’]/.test(w);

/**
 * `insertion` at `at` (the reply's own words start at `from`), joined to the words around it as a person would write
 * it. Mid-sentence (after "Hi Sam, ") its first word loses its capital ("Hi Sam, we're sorry about this."), unless it
 * is "I" or a name. After an insertion that ends a sentence ("We're sorry about this. ") the next word takes a
 * capital; after one that ends with a comma on the same line ("Hi Sam, ") an ordinary word gives its capital up
 * ("Hi Sam, your refund ..."), but not "I" or a name ("Hi Sam, Amazon ...").
 */
function joinedInsertion(doc: Texts, from: number, at: number, insertion: string, label: string): Suggestion {
  const { text } = doc;
  let ins = insertion;
  const before = text.slice(0, at);
  const rest = text.slice(at);
  if (!/\S/.test(rest)) ins = ins.trimEnd();
  if (at > from && !isSentenceStart(text, at) && !/\n\s*$/.test(before)) {
    const first = /^\p{L}[\p{L}'’]*/u.exec(ins)?.[0];
    if (first && !isI(first) && ORDINARY.has(normalised(first))) ins = first[0]!.toLowerCase() + ins.slice(1);
  }
  // Never glued to the word, handle or comma before it ("@ann.", "Hello,kindly").
  if (at > 0 && /[\p{L}\p{N}_,;]$/u.test(before)) ins = ` ${ins}`;
  // The next word, after an opening quote or bracket; never a link, handle or address (masked).
  const next = /^(["'“‘(¡¿]*)(\p{L}+)(?![\p{L}\p{N}@])/u.exec(rest);
  if (next && doc.masked.slice(at, at + next[0].length) === next[0]) {
    const [, lead, word] = next as unknown as [string, string, string];
    const letter = String.fromCodePoint(word.codePointAt(0)!);
    let first: string | undefined;
    if (/(?:[.!?…]\s|\n)\s*$/.test(ins) && /^\p{Ll}+$/u.test(word)) first = letter.toUpperCase();
    else if (/,[ \t]*$/.test(ins) && !isI(word) && /^\p{Lu}\p{Ll}*$/u.test(word) && ORDINARY.has(word.toLowerCase()))
      first = letter.toLowerCase();
    if (first) return { start: at, end: at + lead.length + letter.length, replacement: ins + lead + first, label };
  }
  return { start: at, end: at, replacement: ins, label };
}

// A thread's count ending just before the reply's words ("1: ", "(1/2) "), after a space or at the start.
const THREAD_COUNT_BEFORE = /(?<=^|\s)(?:\(?(?:[1-9]|1\d)\/(?:[1-9]|1\d)\)?|(?:[1-9]|1\d):)[ \t]+$/u;

/**
 * An insertion at the start of the reply's own words (`from`, after X's @handles). A greeting ("Hi {name}, ") opens the
 * reply; when the reply greets already ("Hi there, ", "Hello! "), it gives that greeting the name instead ("Hi Ana, ",
 * "Hello Ana! "). Anything else goes after the opener, the greeting and the customer's name: "Hi Sam, we're sorry
 * about this. Please ...", never "We're sorry about this. Hi Sam, please ...".
 */
export function insertAtStart(
  doc: Texts,
  from: number,
  insertion: string,
  firstName?: string,
  afterThanks = false,
): Suggestion {
  const { text } = doc;
  const label = `Add "${insertion.trim()}"`;
  const open = openerAt(text, from, firstName);
  const greets = sticky(GREETING, insertion, 0);
  if (greets) {
    if (open && open.greetingEnd > open.start) {
      const name = insertion
        .slice(greets[0].length)
        .trim()
        .replace(/[,!.:;]$/, '')
        .trimEnd();
      if (name) {
        const typed = sticky(GREETING, text, open.start)![0];
        return {
          start: open.start,
          end: open.nameEnd ?? open.greetingEnd,
          replacement: `${typed} ${name}`,
          label: `Add "${name}"`,
        };
      }
    }
    // A greeting on a line of its own goes before a thread's count ("@ann Hello,\n\n1: Thanks! ..."), not after it.
    const count = /\n\s*$/.test(insertion) ? THREAD_COUNT_BEFORE.exec(text.slice(0, from)) : null;
    const at = count ? count.index : from;
    const s = joinedInsertion(doc, at, at, insertion, label);
    // "@ann, we have ...": the handle is the form of address; the greeting takes the comma's place ("@ann Hello,").
    const comma = /,[ \t]*$/.exec(text.slice(0, from));
    return comma ? { ...s, start: comma.index, replacement: ` ${s.replacement.trimStart()}` } : s;
  }
  // An exclamation that answers the customer comes first ("Oh no! We're sorry about this.", "Got it. Thanks ..."),
  // never after what the insertion says.
  const opened = open ? open.end : from;
  const exclaimed = sticky(INTERJECTION, text, opened);
  let after = exclaimed ? opened + exclaimed[0].length : opened;
  // For an apology (`afterThanks`), a short sentence of thanks for getting in touch that opens the reply comes first
  // too, when more follows ("Thank you for your reply. We're sorry about this. The ..."); ended by a line break, it
  // takes the insertion on its line ("Thank you for your email. We're sorry about this.\n\nOur records ...").
  // Not after a name with no comma ("Jeffrey thanks for ..."), where the insertion brings the comma.
  const thanked = afterThanks && !open?.bare ? sticky(THANKS_SENTENCE, doc.masked, after) : null;
  const thanksEnd = thanked ? after + thanked[0].length : -1;
  if (thanked && /\S/.test(text.slice(thanksEnd))) after = thanksEnd;
  const joined =
    after === thanksEnd && /^[ \t]*\n/.test(text.slice(thanksEnd))
      ? { start: after, end: after, replacement: ` ${insertion.trim()}`, label }
      : joinedInsertion(doc, from, after, insertion, label);
  // After the exclamation a sentence starts, even when an emoji ended it ("Aww 🥰 Sorry about this.").
  const s = exclaimed
    ? {
        ...joined,
        replacement: joined.replacement.replace(
          /^(\s*)(\p{Ll})/u,
          (_, space: string, c: string) => space + c.toUpperCase(),
        ),
      }
    : joined;
  // "Jeffrey did you ...": the insertion takes the space after the name and brings the comma
  // ("Jeffrey, we're sorry about this. Did you ...").
  return open?.bare ? { ...s, start: open.nameEnd!, replacement: `, ${s.replacement.trimStart()}` } : s;
}

/**
 * A short sentence that only thanks the customer for getting in touch: "Thank you for your reply. ", "Thanks for
 * reaching out, Sam! "; not thanks for a purchase or a donation ("Thank you for choosing Grandview Suites!", which an
 * apology would seem to be about), nor one that turns ("Thanks for asking, but ...").
 */
const THANKS_SENTENCE =
  /(?:many[ \t]+)?(?:thanks|thank[ \t]+you|thx)(?:[ \t]+(?:so[ \t]+much|very[ \t]+much|again))?[ \t]+for[ \t]+(?:(?:your|the)[ \t]+(?:reply|response|message|e-?mail|tweet|note|update|info|information|details|question|enquiry|inquiry|feedback|patience|dm|call)|reaching|getting|contacting|writing|tweeting|messaging|clarifying|following|letting|speaking|talking|chatting|understanding|confirming|checking|sharing)(?:(?!(?<![\p{L}\p{N}])(?:but|however|although|though|unfortunately)(?![\p{L}\p{N}]))(?:[^.!?\n]|\.(?=[\p{L}\p{N}]))){0,40}?(?:,[ \t]*\p{Lu}[\p{L}'’-]*)?[.!]+(?=\s|$|\p{Extended_Pictographic})[ \t]*(?:[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]*)?/iuy;

/**
 * A sentence of one exclamation that answers the customer: "Oh noooo! ", "Hmm. ", "Got it. ", "Uh oh! ", one or two
 * words and "!" ("Curious! ", "Good question! "), or one with an emoji for its stop ("Aww 🥰 ").
 */
const INTERJECTION =
  /(?:(?:oh(?:\s+(?:no+|dear|my|man|wow|snap))?|uh[\s-]+oh|no+|no (?:worries|problem)|yikes|eek|ugh|oops|whoops|argh|hm+|aw+|ah+|wow|whoa|well|got it|gotcha|ok(?:ay)?|yes|yay|phew|ooh+|ouch|omg)(?:[!.?…]+|[ \t]*[\p{Extended_Pictographic}\uFE0F\u200D]+[!.?…]*)|\p{L}+(?:[ \t]\p{L}+)?!+(?:[ \t]*[\p{Extended_Pictographic}\uFE0F\u200D]+)?)[ \t]+/iuy;

/** The name the reply opens with, after a greeting or alone ("Hi Sam, ...", "Sam, ...", "Jeffrey did you ..."), or null. */
export function openingName(text: string, from: number): string | null {
  const open = openerAt(text, from);
  if (open?.nameEnd === undefined) return null;
  const name = text.slice(open.greetingEnd, open.nameEnd).replace(/^[\s,]+/, '');
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** Whether the opener at `from` (greeting and name) holds `name`, so an insertion need not repeat it. */
export function openerHas(text: string, from: number, name: string | undefined): boolean {
  const open = name ? openerAt(text, from, name) : null;
  return !!open && text.slice(open.start, open.end).toLowerCase().includes(name!.toLowerCase());
}
