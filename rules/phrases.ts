// Plain phrases, the way a brand manager writes them, compiled to one safe regular expression.
//
// Syntax: words as typed, matched case-insensitively at word boundaries; any run of spaces matches any run of
// whitespace; straight and curly apostrophes and quotes are the same; `(a|b c|)` is a choice between words or
// phrases, an empty choice makes it optional; `*` is any one word; a backslash makes the next character plain
// (":-\)"). Nothing else is special, so "1-800" or "e.g." mean exactly that. The expressions built here have no nested quantifiers, so they cannot backtrack badly.
import { FIRST_WORD, normaliseWord } from './text.ts';

interface Token {
  /** Alternatives of this token (one for a plain word). */
  alts: string[];
  optional: boolean;
  /** Written right after the previous token, with no space: "apologi(se|ze)" is one word. */
  glued: boolean;
  /** Per alternative of a glued choice: written with a space first ("thank(s| you)"), so a space comes before it. */
  spaced?: boolean[];
}

// Only syntax characters: with the u flag, escaping anything else (such as "-") is an error.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{N}_]';
// `*`: one whole word ("toll-free"), never starting inside one: from every letter of a long hyphenated run the
// search would rescan the rest of the run (quadratic time on "a-a-a-...").
const ANY_WORD = "(?<![\\p{L}\\p{N}_'’‘ʼ-])[\\p{L}\\p{N}]+(?:['’‘ʼ-][\\p{L}\\p{N}]+)*";

/** Regex source for literal phrase text (no choices): whitespace runs, apostrophes, quotes, `*`, escapes. */
function literal(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      word === '*'
        ? ANY_WORD
        : escape(word.replace(/\\(.)/g, '$1'))
            .replace(/['’‘ʼ]/g, "['’‘ʼ]")
            .replace(/["“”]/g, '["“”]'),
    )
    .join('\\s+');
}

/** Index of the first unescaped `ch` in `s` at or after `from`, or -1. */
function unescapedIndex(s: string, ch: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ch) return i;
  }
  return -1;
}

/** Splits on unescaped "|". */
function splitChoices(inner: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = unescapedIndex(inner, '|', 0); i >= 0; i = unescapedIndex(inner, '|', from)) {
    out.push(inner.slice(from, i));
    from = i + 1;
  }
  out.push(inner.slice(from));
  return out;
}

/** Splits a phrase into tokens at top-level spaces and choices; a parenthesised choice is one token. */
export function tokenise(phrase: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  let glued = false;
  const s = phrase.trim();
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++;
      glued = false;
      continue;
    }
    if (s[i] === '(') {
      const close = unescapedIndex(s, ')', i);
      if (close < 0) return `unclosed "(" in "${phrase}"`;
      const inner = s.slice(i + 1, close);
      if (unescapedIndex(inner, '(', 0) >= 0) return `choices cannot be nested in "${phrase}"`;
      const raw = splitChoices(inner);
      const alts = raw.map((a) => a.trim());
      const optional = alts.includes('');
      const real = alts.filter((a) => a !== '');
      if (real.length === 0) return `empty choice "()" in "${phrase}"`;
      // "thank(s| you)": the second choice is a separate word, "thank you", not "thankyou".
      const spaced = raw.filter((a) => a.trim() !== '').map((a) => glued && /^\s/.test(a));
      tokens.push({ alts: real, optional, glued, ...(spaced.some(Boolean) ? { spaced } : {}) });
      i = close + 1;
      // "(our |all |)decisions": every word of the choice written with a space after it means a space before the
      // next word, not one glued word ("ourdecisions").
      glued = !raw.every((a) => a === '' || /\s$/.test(a));
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!) && s[j] !== '(') j += s[j] === '\\' ? 2 : 1;
    const word = s.slice(i, Math.min(j, s.length));
    if (unescapedIndex(word, ')', 0) >= 0 || unescapedIndex(word, '|', 0) >= 0)
      return `"|" and ")" only belong inside a choice "(a|b)" in "${phrase}" (write "\\)" for a plain bracket)`;
    tokens.push({ alts: [word], optional: false, glued });
    i = j;
    glued = true;
  }
  if (tokens.length === 0) return 'empty phrase';
  if (tokens.every((t) => t.optional)) return `every part of "${phrase}" is optional, so it would match everywhere`;
  return tokens;
}

function tokenSource(t: Token): string {
  const alts = t.alts.map((a, i) => (t.spaced?.[i] ? `\\s+${literal(a)}` : literal(a)));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** Regex source for one phrase, with word boundaries on both sides. */
export function phraseSource(phrase: string): string | { problem: string } {
  const tokens = tokenise(phrase);
  if (typeof tokens === 'string') return { problem: tokens };
  let src = '';
  let needSpace = false; // a required token was written, so the next one is separated by whitespace
  for (const t of tokens) {
    const part = tokenSource(t);
    if (t.glued) src += t.optional ? `(?:${part})?` : part;
    else if (!t.optional) {
      src += (needSpace ? '\\s+' : '') + part;
      needSpace = true;
    } else {
      // An optional token carries its own separating space, so leaving it out leaves one space, not two.
      src += needSpace ? `(?:\\s+${part})?` : `(?:${part}\\s+)?`;
    }
  }
  // Word boundaries only where the phrase starts or ends with a word: "?" or "🙂" may touch a letter.
  const startsWithWord = tokens[0]!.optional || tokens[0]!.alts.some((a) => /^[\p{L}\p{N}_*]/u.test(a));
  const last = tokens[tokens.length - 1]!;
  const endsWithWord = last.optional || last.alts.some((a) => /[\p{L}\p{N}_*]$/u.test(a));
  return `${startsWithWord ? `(?<!${WORD_CHAR})` : ''}${src}${endsWithWord ? `(?!${WORD_CHAR})` : ''}`;
}

/** Tokens grouped into words: a token and the tokens glued to it ("apologi" + "(se|ze)"). */
function units(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    if (t.glued && out.length > 0) out[out.length - 1]!.push(t);
    else out.push([t]);
  }
  return out;
}

/**
 * Words of which at least one must be in a text for the phrase to match: the spellings of its first required word
 * ("apologi(se|ze)" gives apologise and apologize). null means no cheap pre-filter exists (a phrase starting with
 * `*`, or a word with too many spellings).
 */
export function phraseTriggers(phrase: string): string[] | null {
  const tokens = tokenise(phrase);
  if (typeof tokens === 'string') return null;
  // Any word the phrase cannot match without will do; the one with the fewest very common spellings lets the rule
  // skip the most replies ("caused" in "(is|was|are|were) caused by your device", not "is").
  let best: string[] | null = null;
  let bestCommon = Infinity;
  for (const unit of units(tokens)) {
    if (unit.every((t) => t.optional) || unit.some((t) => t.alts.includes('*'))) continue;
    let spellings = [''];
    let tooMany = false;
    for (const t of unit) {
      spellings = spellings.flatMap((s) => [
        ...t.alts.map((a, i) => (t.spaced?.[i] ? `${s} ${a}` : s + a)),
        ...(t.optional ? [s] : []),
      ]);
      if (spellings.length > 64) {
        tooMany = true;
        break;
      }
    }
    if (tooMany) continue;
    const firsts = spellings.map((a) => {
      const m = FIRST_WORD.exec(a.replace(/\\(.)/g, '$1'));
      return m ? normaliseWord(m[0]) : null;
    });
    if (!firsts.every((f): f is string => f !== null)) continue;
    const common = firsts.filter((f) => COMMON_WORDS.has(f)).length;
    if (common < bestCommon) {
      best = [...new Set(firsts)];
      bestCommon = common;
      if (common === 0) break;
    }
  }
  return best;
}

// Words in most replies: a trigger among them lets a rule skip almost nothing.
const COMMON_WORDS = new Set(
  (
    "the a an to of and or in on at for with by from as is are was were be been am it it's its this that that's these " +
    "those we we're we've we'll i i'm i've i'll you your you're our us my me they their not no do does did don't have " +
    'has had will would can could should may please so if but all any there here what how when just get'
  ).split(' '),
);

export interface CompiledPhrases {
  regex: RegExp;
  triggers: string[] | null;
}

/** Compiles a list of phrases into one global regex (longest alternatives first) and their pre-filter words. */
export function compilePhrases(phrases: readonly string[]): CompiledPhrases {
  const sources: string[] = [];
  let triggers: Set<string> | null = new Set();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const src = phraseSource(p);
    if (typeof src !== 'string') throw new Error(src.problem);
    sources.push(src);
    const t = phraseTriggers(p);
    if (t === null) triggers = null;
    else t.forEach((w) => triggers?.add(w));
  }
  return { regex: new RegExp(alternation(sources), 'giu'), triggers: triggers ? [...triggers] : null };
}

const WORD_START = `(?<!${WORD_CHAR})`;

/**
 * The sources as one alternation, in the same order, each run of sources that start at a word boundary sharing
 * one look-behind: `(?<!w)(?:a|b)|c`, not `(?<!w)a|(?<!w)b|c`. Same matches; but inside a word, which is most
 * positions of a text, the engine now fails once instead of once per phrase (seven times faster for a rule of two
 * dozen long phrases on a 1 MB text).
 */
function alternation(sources: readonly string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(`${WORD_START}(?:${run.join('|')})`);
    run = [];
  };
  for (const src of sources) {
    if (src.startsWith(WORD_START)) run.push(src.slice(WORD_START.length));
    else {
      flush();
      out.push(src);
    }
  }
  flush();
  return out.join('|');
}

/**
 * A rule's `unless` phrases as a test: true when any of them occurs anywhere in the (masked) text, which silences
 * the rule. No phrases: never silenced.
 */
export function compileUnless(phrases: readonly string[] | undefined): (masked: string) => boolean {
  if (!phrases?.length) return () => false;
  const { regex } = compilePhrases(phrases);
  return (masked) => {
    regex.lastIndex = 0;
    return regex.test(masked);
  };
}

/** Problems with a list of phrases, in plain words (empty when all are fine). */
export function phraseProblems(phrases: readonly string[]): string[] {
  const out: string[] = [];
  phrases.forEach((p) => {
    const src = phraseSource(p);
    if (typeof src !== 'string') out.push(src.problem);
  });
  return out;
}

/** All non-overlapping matches of a compiled phrase list in `text` (use the masked text). */
export function findAll(regex: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A rule's `except` phrases, the words around a match that show it is used in another sense ("that's concerning" is
 * not "about"; "revert to the old version" is not "reply"): drops every span that a match of one of them overlaps.
 * No phrases: keeps every span.
 */
export function compileExcept(
  phrases: readonly string[] | undefined,
): (masked: string, spans: { start: number; end: number }[]) => { start: number; end: number }[] {
  if (!phrases?.length) return (_, spans) => spans;
  const { regex } = compilePhrases(phrases);
  return (masked, spans) => {
    if (spans.length === 0) return spans;
    const around = findAll(regex, masked);
    // A match that holds the whole except phrase and runs past it is the rule's more precise wording, and stays
    // ("as stated in our terms" past the except "as stated in our").
    return around.length === 0
      ? spans
      : spans.filter(
          (s) => !around.some((a) => a.start < s.end && s.start < a.end && !(s.start <= a.start && s.end > a.end)),
        );
  };
}

/**
 * A rule's `trailing` phrases, the words that may follow a match and belong with it ("... for any inconvenience"
 * + "this may have caused you"): extends a span over the first of them that starts right after it (after spaces),
 * so the fix replaces the whole clause and leaves nothing dangling. Only tried at a match's end: a long list costs
 * nothing on the rest of the text. No phrases: spans stay as they are.
 */
export function compileTrailing(
  phrases: readonly string[] | undefined,
): (masked: string, span: { start: number; end: number }) => { start: number; end: number } {
  if (!phrases?.length) return (_, span) => span;
  const after = new RegExp(`\\s+(?:${compilePhrases(phrases).regex.source})`, 'iuy');
  return (masked, span) => {
    after.lastIndex = span.end;
    const m = after.exec(masked);
    return m ? { start: span.start, end: span.end + m[0].length } : span;
  };
}
