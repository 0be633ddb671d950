// limit: how much of something a reply may have. Measures:
//   characters       length; `countAs: "x"` counts the way X does (URLs 23, emoji and CJK 2, leading @handles free)
//   words            words in the reply
//   exclamations     "!" marks: each beyond `max`, and every "!!" run, is flagged with a calmer replacement
//   emoji            emoji beyond `max`, each flagged with its deletion
//   capitals         shouting: ordinary words in capitals (codes, brands, acronyms such as DM, FAQ and `allow` are fine)
//   sentence-words   words in one sentence
//   paragraph-words  words in one paragraph (a wall of text)
//   grade            reading grade (Flesch-Kincaid) of replies of at least `minWords` words
//   occurrences      how often any of `phrases` occurs ("apologise once"): each beyond `max` is flagged; `except`
//                    phrases around one show it is not one ("sorry for your loss" is sympathy, "don't apologise");
//                    `withinWords` counts only those that near each other
//   abbreviations    distinct abbreviations the customer may not know ("FTTC", "FNOL"; abbreviations.ts): each beyond
//                    `max` is flagged, the message naming them all; `allow` adds the brand's own
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem, type RawFinding, type ResolvedContext } from '../kind.ts';
import { compileExcept, compilePhrases, findAll } from '../phrases.ts';
import { fleschKincaid } from '../readability.ts';
import { unknownAbbreviations } from '../abbreviations.ts';
import { isFirstName } from '../nlp.ts';
import { capitalise, isSentenceStart, replaceSpan, templateSuggestions } from '../suggest.ts';
import {
  bodySpan,
  countAtMost,
  ENGLISH,
  quoteStart,
  WORD_SOURCE,
  wordsIn,
  type AnalysedText,
  type Span,
} from '../text.ts';
import { phraseListProblems } from './phrase.ts';

const MEASURES = [
  'characters',
  'words',
  'exclamations',
  'emoji',
  'capitals',
  'sentence-words',
  'paragraph-words',
  'grade',
  'occurrences',
  'abbreviations',
] as const;

// Capitalised words that are not shouting: acronyms common in support replies. Rules add their own with `allow`.
const ACRONYMS = new Set(
  (
    'AM PM DM DMS PM PMS FAQ FAQS ID PIN SIM ETA OK USA UK EU US TV PC IOS GPS ATM USB URL CEO HQ IT HR API SMS MMS LTE ' +
    'VPN WIFI SSN UPS DHL USPS TSA FAA NFL NBA MLB NHL BBC CNN EST EDT PST PDT CST CDT MST GMT UTC BST CET AEST NYC LA ' +
    'SF DC ASAP FYI RSVP ATT IP DNS HTML PDF CSV QR NFC HD UHD DVR VOD APR IRA ACH IBAN SWIFT VAT GST PS AKA ISP ' +
    'RMA SKU UPC IMEI OTP MFA SSO CVV EMV NPS CSAT LOL OMG BTW TBH AI'
  ).split(' '),
);

type Limit = {
  measure: (typeof MEASURES)[number];
  max: number;
  countAs?: 'x' | 'plain';
  minWords?: number;
  allow?: string[];
  phrases?: string[];
  suggestions?: string[];
  withinWords?: number;
};

// A character (grapheme) that shows as an emoji: pictographs, flags (pairs of regional indicators) and keycaps (1️⃣);
// not ©, ® and ™, which brands write in plain text.
const EMOJI = /^(?![©®™]$).*[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
// As X reads a link: without the punctuation after it ("https://x.com/help." is 23 and a full stop). X links a bare
// domain too ("midshiretrains.co.uk/delayrepay"): a name with a common top-level domain, not after "@" or a dot.
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>"'.,;:!?)\]}’”]|(?<![@\p{L}\p{N}._-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|net|org|co|uk|io|ie|de|fr|es|it|nl|be|au|nz|ca|us|in|info|biz|app|dev|me|tv|ly|gov|edu|ac|shop|store|help)\b(?![@.-]?[\p{L}\p{N}])(?:\/[^\s<>"]*[^\s<>"'.,;:!?)\]}’”])?/giu;

/** X's weight of one character: most Latin, punctuation and symbols count 1, everything else (CJK, emoji) 2. */
function xWeight(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  const cp = grapheme.codePointAt(0)!;
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

function characters(doc: AnalysedText, rule: Limit): RawFinding[] {
  const x = rule.countAs === 'x';
  // X counts a thread count ("1/2 "), not the handles before it.
  const from = x ? doc.handlesEnd : 0;
  const urls: Span[] = x
    ? [...doc.text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    : [];
  // A t.co link alone at the very end is the photo or post X attaches (X adds it and does not count it): an agent
  // pastes full addresses, which X shortens, so a t.co address at the end is not the agent's text.
  // (Trimmed without a /\s+$/ pattern: on a long run of spaces before the end it would rescan the run from each space.)
  const typed = doc.text.slice(from).trimEnd();
  const attached = x ? /https:\/\/t\.co\/\w+$/.exec(typed) : null;
  const body =
    attached && attached.index > 0 && /\s/.test(typed[attached.index - 1]!)
      ? typed.slice(0, attached.index).trimEnd()
      : typed;
  // Cheap bound first (grapheme segmentation is the slow part): no character weighs more than 2 per UTF-16 unit.
  if ((x ? 2 * body.length + 23 * urls.length : body.length) <= rule.max) return [];
  let count = 0;
  let over = -1;
  let pos = from;
  let next = 0; // the first link not yet behind us (links are in text order: no search from the start each time)
  for (const { segment, index } of segmenter.segment(body)) {
    const at = from + index;
    if (at < pos) continue; // inside a URL already counted
    while (next < urls.length && urls[next]!.start < at) next++;
    const url = urls[next]?.start === at ? urls[next] : undefined;
    if (url) {
      count += 23;
      pos = url.end;
    } else {
      count += x ? xWeight(segment) : 1;
      pos = at + segment.length;
    }
    if (count > rule.max && over < 0) over = at;
  }
  if (over < 0) return [];
  return [
    { start: over, end: from + body.length, exclusive: false, vars: { count, max: rule.max, over: count - rule.max } },
  ];
}

function exclamations(doc: AnalysedText, rule: Limit): RawFinding[] {
  const out: RawFinding[] = [];
  const total = (doc.text.match(/!/g) ?? []).length;
  let seen = 0;
  for (const m of doc.masked.matchAll(/![!?]*/g)) {
    const run = m[0];
    const bangs = (run.match(/!/g) ?? []).length;
    const allowed = Math.max(0, Math.min(1, rule.max - seen)); // at most one "!" per run, within the budget
    seen += bangs;
    if (bangs <= allowed) continue;
    const span = { start: m.index, end: m.index + run.length };
    // After a question mark ("next time?!") the marks just go: "next time?." would read as a typo.
    const suggestion =
      doc.text[span.start - 1] === '?'
        ? { ...span, replacement: '', label: `Delete "${run}"` }
        : replaceSpan(doc.text, span, run.includes('?') ? '?' : allowed > 0 ? '!' : '.');
    out.push({ ...span, vars: { count: total, max: rule.max }, suggestions: [suggestion] });
  }
  return out;
}

function emoji(doc: AnalysedText, rule: Limit): RawFinding[] {
  const out: RawFinding[] = [];
  const found: Span[] = [];
  for (const { segment, index } of segmenter.segment(doc.text)) {
    if (EMOJI.test(segment)) found.push({ start: index, end: index + segment.length });
  }
  found.slice(rule.max).forEach((span) =>
    out.push({
      ...span,
      vars: { count: found.length, max: rule.max },
      suggestions: [replaceSpan(doc.text, span, '')],
    }),
  );
  return out;
}

// A label named after a verb of the interface: "tap SETTINGS", "select the MY ACCOUNT tab", "text STOP to".
const UI_VERB_BEFORE =
  /\b(?:tap|tapping|select|selecting|click|clicking|choose|choosing|press|pressing|hit|open|opening|type|typing|enter|text|reply|say|find|search for|look for|go to|head to|under|labell?ed|called|marked|button|option|tab|menu)\s+(?:on\s+)?(?:the\s+)?$/i;

// Words English always capitalises: when a shout is lowered they keep their capital ("may" and "march" only
// where they name the month: "IN MAY", "MARCH 3").
const PROPER_WORDS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|christmas|easter)s?\b|(?<=\b(?:in|of|since|until|till|from|by|early|late|mid|next|last|this|during|through|before|after)\s)(?:may|march)\b|\b(?:may|march)(?=\s+\d)/g;

// A code: letters and digits joined by hyphens or slashes, with a digit ("CT-R7", "22/AB", "A4-B").
const CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}/-]*\p{N})[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+(?![\p{L}\p{N}])/gu;

// One word in capitals that scolds rather than stresses.
const SCOLDING = new Set(
  "please never must not don't stop always immediately cannot can't won't every only again".split(' '),
);

const UI_VERB =
  /\b(?:tap|tapping|select|selecting|click|clicking|choose|choosing|press|pressing|hit|open|opening|go to|head to)\b/i;

const CAPS_WORD = /[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+)*/gu;

// Words people shout. A run of capitals with none of these is a code, a product or a place (HKG-KUL, XFINITY).
const SHOUTED_WORDS = new Set([
  ...ENGLISH,
  ...'never always every very really now must need stop sorry thank thanks huge only anything everything nothing nobody everyone important urgent again immediately today ever still yes cannot ridiculous'.split(
    ' ',
  ),
]);

function capitals(doc: AnalysedText, rule: Limit, ctx: ResolvedContext): RawFinding[] {
  const allow = new Set([...ACRONYMS, ...(rule.allow ?? []).map((a) => a.toUpperCase())]);
  // Every letter a capital (so scripts without case, such as Japanese, never shout), at least two of them.
  const shouted = (w: string): boolean =>
    /^[\p{Lu}'’&]+$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !allow.has(w.replace(/['’]/g, ''));
  // Runs of shouted words separated only by spaces or hyphens (a comma ends a run: lists of place names are not shouting).
  // "A" and "I" between shouted words belong to the run ("WE DEMAND A RE-TASTE").
  const runs: { span: Span; words: string[] }[] = [];
  let cur: { span: Span; words: string[] } | null = null;
  let pending: { end: number; word: string } | null = null;
  for (const m of doc.masked.matchAll(CAPS_WORD)) {
    const w = m[0];
    const gap = cur ? doc.masked.slice(pending?.end ?? cur.span.end, m.index) : '';
    const joins =
      !!cur &&
      /^[ \t-]+$/.test(gap) &&
      (!pending || /^[ \t-]+$/.test(doc.masked.slice(cur.span.end, pending.end - pending.word.length)));
    // "IT" and "US" are acronyms, but after shouted words they are the pronouns ("WE ARE WORKING ON IT", "PLEASE STOP
    // TAGGING US"): they go on the run, and the fix lowers them with it.
    const pronoun = !!cur && joins && !pending && (w === 'IT' || w === 'US');
    if (shouted(w) || pronoun) {
      if (cur && joins) {
        if (pending) cur.words.push(pending.word);
        cur.span.end = m.index + w.length;
        cur.words.push(w);
      } else {
        cur = { span: { start: m.index, end: m.index + w.length }, words: [w] };
        runs.push(cur);
      }
      pending = null;
    } else if (cur && !pending && /^[-/]$/.test(gap) && /^[\p{Lu}\p{N}]+$/u.test(w) && /\p{N}/u.test(w)) {
      // The digits of a code ("FORM CT-R7 TO CLAIM"): the run goes on through it (its capitals are kept in the fix).
      cur.span.end = m.index + w.length;
    } else if (cur && !pending && (w === 'A' || w === 'I') && /^[ \t-]+$/.test(doc.masked.slice(cur.span.end, m.index)))
      pending = { end: m.index + w.length, word: w };
    else {
      cur = null;
      pending = null;
    }
  }
  const common = (w: string): boolean => SHOUTED_WORDS.has(w.toLowerCase().replace(/’/g, "'"));
  // Not shouting: a label in quotes ('tap "SETTINGS"') or named after a verb of the interface ("select MY ACCOUNT"),
  // and a name at either end of a run keeps its capitals ("HI SAM" is "HI", too short to be shouting).
  const label = (r: { span: Span }): boolean =>
    /["'“‘«]\s*$/.test(doc.text.slice(Math.max(0, r.span.start - 2), r.span.start)) &&
    /^\s*["'”’»]/.test(doc.text.slice(r.span.end, r.span.end + 2));
  // "tap SETTINGS and then ALL APPS", "SETTINGS > PRIVACY": a next label in the same steps.
  const afterVerb = (r: { span: Span }): boolean => {
    const before = doc.masked.slice(Math.max(0, r.span.start - 60), r.span.start);
    return (
      UI_VERB_BEFORE.test(before) ||
      (/(?:\b(?:then|and|or)|[>→,])\s+(?:the\s+)?$/.test(before) && UI_VERB.test(before.split(/[.!?\n]/).pop()!))
    );
  };
  const name = (w: string): boolean =>
    !common(w) && (isFirstName(w) || (!!ctx.firstName && w.toLowerCase() === ctx.firstName.toLowerCase()));
  // Initials after a sign-off mark ("^DO", "-AB") are a signature.
  const signature = (r: { span: Span }): boolean =>
    /[\^*~]\s?$|(?:^|\s)[-–—]\s?$/.test(doc.text.slice(Math.max(0, r.span.start - 2), r.span.start));
  const trimmed = runs
    .filter((r) => !label(r) && !afterVerb(r) && !signature(r))
    .map((r) => {
      let { start, end } = r.span;
      const words = [...r.words];
      while (words.length > 0 && name(words[0]!)) {
        start = doc.masked.indexOf(words[0]!, start) + words[0]!.length;
        words.shift();
      }
      while (words.length > 0 && name(words[words.length - 1]!)) {
        end = doc.masked.lastIndexOf(words[words.length - 1]!, end - 1);
        words.pop();
      }
      while (start < end && /[\s-]/.test(doc.masked[start]!)) start++;
      while (end > start && /[\s-]/.test(doc.masked[end - 1]!)) end--;
      return { span: { start, end }, words };
    })
    .filter((r) => r.words.length > 0);
  // Shouting is ordinary words in capitals: "WE ARE SORRY"; one word alone only when it scolds ("PLEASE read",
  // "NEVER", "EVERY"): one warm word stressed ("thank YOU", "at ALL times") is emphasis, not a raised voice.
  const shouting = trimmed.filter((r) =>
    r.words.length >= 2 ? r.words.some(common) : SCOLDING.has(r.words[0]!.toLowerCase().replace(/’/g, "'")),
  );
  const total = shouting.reduce((n, r) => n + r.words.length, 0);
  if (total <= rule.max) return [];
  // Lowering part of a passage that stays in capitals around it ("BAH GAWD LIDL, tesco has a family") reads worse
  // than either: then the finding comes without a fix.
  const capsAround = (span: Span): boolean => {
    const s = doc.sentences.find((x) => x.start <= span.start && span.start < x.end) ?? span;
    const outside = doc.masked.slice(s.start, span.start) + ' ' + doc.masked.slice(span.end, s.end);
    return [...outside.matchAll(CAPS_WORD)].some((m) => shouted(m[0]));
  };
  // How the reply and the customer write a word with capitals of its own ("Facebook", "ParcelHop", "iPhone").
  const written = new Map<string, string>();
  for (const source of [doc.text, ctx.customerMessage ?? ''])
    for (const m of source.matchAll(CAPS_WORD))
      if (/\p{Lu}/u.test(m[0]) && /\p{Ll}/u.test(m[0]) && !written.has(m[0].toLowerCase()))
        written.set(m[0].toLowerCase(), m[0]);
  return shouting.map(({ span }) => {
    if (capsAround(span)) return { ...span, vars: { count: total, max: rule.max } };
    const typed = doc.text.slice(span.start, span.end);
    // Lowered, but "I", days and months keep their capital ("ON SUNDAYS" -> "on Sundays").
    // Read with the characters after it ("MARCH" before " 3"), then cut back: capitalising keeps the length.
    const lower = typed.toLowerCase();
    let calm = (lower + doc.text.slice(span.end, span.end + 4))
      .replace(/\bi\b/g, 'I')
      .replace(PROPER_WORDS, (w) => capitalise(w))
      .slice(0, lower.length)
      // A code with digits keeps its capitals ("FORM CT-R7" -> "form CT-R7"), where offsets still match the typed text.
      .replace(CODE, (code, at: number) => (lower.length === typed.length ? typed.slice(at, at + code.length) : code));
    // A name written elsewhere with its own capitals keeps them ("FACEBOOK" -> "Facebook" where the reply or the
    // customer writes "Facebook", "PARCELHOP" -> "ParcelHop"), and a short acronym with no vowel stays in capitals
    // ("YOUR GP" -> "your GP", "NHS", "TV"; not "SIGN").
    if (lower.length === typed.length)
      calm = calm.replace(CAPS_WORD, (w, at: number) => {
        const own = typed.slice(at, at + w.length);
        return written.get(w) ?? (own.length <= 4 && /^[B-DF-HJ-NP-TV-XZ]+$/.test(own) ? own : w);
      });
    if (isSentenceStart(doc.text, span.start)) calm = capitalise(calm);
    // Built here, not with replaceSpan: its case matching would shout the replacement again.
    return {
      ...span,
      vars: { count: total, max: rule.max },
      suggestions: [{ ...span, replacement: calm, label: `Write "${calm}"` }],
    };
  });
}

function perSpan(spans: readonly Span[], doc: AnalysedText, rule: Limit): RawFinding[] {
  return spans.flatMap((span) => {
    const count = wordsIn(doc.masked, span).length;
    // The whole sentence or paragraph, its full stop included: it is the unit to rewrite.
    return count > rule.max ? [{ ...span, exclusive: false, vars: { count, max: rule.max } }] : [];
  });
}

function paragraphs(doc: AnalysedText): Span[] {
  const out: Span[] = [];
  for (const m of doc.text.matchAll(/[^\n]*\S[^\n]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

function grade(doc: AnalysedText, rule: Limit): RawFinding[] {
  const span = bodySpan(doc);
  const words = wordsIn(doc.masked, span);
  if (!doc.english || words.length < (rule.minWords ?? 30)) return []; // the formula is for English
  const sentences = doc.sentences.filter((s) => wordsIn(doc.masked, s).length > 0).length;
  const r = fleschKincaid(words, sentences);
  return r.grade > rule.max
    ? [{ ...span, exclusive: false, vars: { count: r.grade, grade: r.grade, max: rule.max } }]
    : [];
}

function abbreviations(doc: AnalysedText, rule: Limit, ctx: ResolvedContext): RawFinding[] {
  // The well-known list is English; another language's words in capitals are not judged.
  if (!doc.english) return [];
  // Only the agent's own words: not an earlier message quoted below an e-mail.
  const found = unknownAbbreviations(doc.masked.slice(0, quoteStart(doc.text)), ctx.customerMessage, rule.allow);
  if (found.length <= rule.max) return [];
  const words = found.map((f) => f.word);
  const terms = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]!;
  // As every limit: each one beyond the most allowed is flagged; the message names them all.
  return found
    .slice(rule.max)
    .map(({ start, end }) => ({ start, end, vars: { count: found.length, max: rule.max, terms } }));
}

function occurrences(
  doc: AnalysedText,
  rule: Limit,
  regex: RegExp,
  ctx: ResolvedContext,
  spared: ReturnType<typeof compileExcept>,
): RawFinding[] {
  const found = spared(doc.masked, findAll(regex, doc.masked));
  const window = rule.withinWords;
  // With a window, one is too many only when `max` others fall within that many words before it: in a long e-mail a
  // closing "again, I'm sorry for the delay" is a sign-off, not the same apology said twice.
  let over = found.slice(rule.max);
  if (window && found.length > rule.max) {
    // Words counted once, in order (a pasted export has thousands of apologies: counting between every pair was
    // quadratic): the number of words that end before each apology starts and after each one ends.
    const ends = [...doc.masked.matchAll(new RegExp(WORD_SOURCE, 'gu'))].map((m) => m.index + m[0].length);
    const wordsBefore = (offset: number): number => countAtMost(ends, offset);
    const startAt = found.map((s) => wordsBefore(s.start));
    const endAt = found.map((s) => wordsBefore(s.end));
    let first = 0;
    over = found.filter((_, i) => {
      // The earlier ones fewer than `window` words before this one: a sliding start, as both only grow.
      while (first < i && startAt[i]! - endAt[first]! >= window) first++;
      return i - first >= rule.max;
    });
  }
  return over.map((span) => ({
    ...span,
    vars: { count: found.length, max: rule.max },
    suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx),
  }));
}

export const limitKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('limit'),
      measure: z.enum(MEASURES, { error: `expected one of ${MEASURES.join(', ')}` }),
      max: z.number({ error: 'expected a number' }).nonnegative({ error: 'expected zero or more' }),
      /** characters: "x" counts as X does. */
      countAs: z.enum(['x', 'plain']).optional(),
      /** grade: replies shorter than this are not judged (a grade means little on one sentence). */
      minWords: z.number().int().positive().optional(),
      /** capitals and abbreviations: words in capitals that are fine (product codes, the brand's acronyms). */
      allow: z.array(z.string().min(1)).optional(),
      /** occurrences: the phrases counted (phrase syntax). */
      phrases: z.array(z.string().min(1)).optional(),
      /** occurrences: phrases around a counted one that show it is not one ("sorry for your loss" is sympathy). */
      except: z.array(z.string().min(1)).optional(),
      /** occurrences: count only those within this many words of each other (a long e-mail may close as it opened). */
      withinWords: z.number().int().positive().optional(),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const out: Problem[] = [
      ...phraseListProblems('phrases', rule.phrases),
      ...phraseListProblems('except', rule.except),
    ];
    if (rule.measure === 'occurrences' && !rule.phrases?.length)
      out.push({ path: 'phrases', message: 'measure "occurrences" counts "phrases": list at least one' });
    return out;
  },
  compile(rule) {
    const counted = rule.phrases?.length ? compilePhrases(rule.phrases) : null;
    const spared = compileExcept(rule.except);
    return {
      triggers: rule.measure === 'occurrences' ? (counted?.triggers ?? null) : null,
      check(doc, ctx) {
        switch (rule.measure) {
          case 'characters':
            return characters(doc, rule);
          case 'words': {
            const count = wordsIn(doc.masked, bodySpan(doc)).length;
            return count > rule.max ? [{ ...bodySpan(doc), exclusive: false, vars: { count, max: rule.max } }] : [];
          }
          case 'exclamations':
            return exclamations(doc, rule);
          case 'emoji':
            return emoji(doc, rule);
          case 'capitals':
            return capitals(doc, rule, ctx);
          case 'sentence-words':
            return perSpan(doc.sentences, doc, rule);
          case 'paragraph-words':
            return perSpan(paragraphs(doc), doc, rule);
          case 'grade':
            return grade(doc, rule);
          case 'occurrences':
            return counted ? occurrences(doc, rule, counted.regex, ctx, spared) : [];
          case 'abbreviations':
            return abbreviations(doc, rule, ctx);
        }
      },
    };
  },
});
