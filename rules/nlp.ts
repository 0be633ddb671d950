// The only place that imports compromise. compromise/two has the tagger that match syntax needs (#Verb, #PastTense);
// the full build adds conjugation plugins we do not use.
import nlp from 'compromise/two';
import type { Span } from './types.ts';

export type NlpDoc = ReturnType<typeof nlp>;

export function parse(text: string): NlpDoc {
  return nlp(text);
}

/** Spans matched by a compromise match pattern (a term's span includes punctuation stuck to it: trim it). */
export function matchSpans(doc: NlpDoc, pattern: string): Span[] {
  const out: Span[] = [];
  for (const m of doc.match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    out.push({ start: m.offset.start, end: m.offset.start + m.offset.length });
  }
  return out;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** An unbalanced bracket outside /regex/ parts, in plain words; compromise accepts it and then matches nothing. */
function bracketProblem(pattern: string): string | null {
  const open: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '/' && (i === 0 || /[\s(|[]/.test(pattern[i - 1]!)) && pattern.indexOf('/', i + 1) > 0)
      i = pattern.indexOf('/', i + 1);
    else if (c in CLOSER) open.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      const o = open.pop();
      if (o === undefined) return `"${c}" has no opening bracket`;
      if (CLOSER[o] !== c) return `"${o}" is closed by "${c}"; expected "${CLOSER[o]}"`;
    }
  }
  const last = open[open.length - 1];
  return last === undefined ? null : `unclosed "${last}": add its "${CLOSER[last]}"`;
}

/** Checks a match pattern's brackets balance and compromise can read and run it. Returns a plain-words problem or null. */
export function patternProblem(pattern: string): string | null {
  const brackets = bracketProblem(pattern);
  if (brackets) return brackets;
  try {
    const parsed = nlp.parseMatch(pattern) as unknown[];
    if (parsed.length === 0) return 'the pattern is empty';
    nlp('We will call you back within two hours.').match(pattern);
    return null;
  } catch (e) {
    return `compromise could not read this pattern (${e instanceof Error ? e.message : String(e)})`;
  }
}

export interface PatternToken {
  word?: string;
  choices?: PatternToken[][];
  optional?: boolean;
  negative?: boolean;
  /** ~word~: close spellings match too, so the word itself need not be in the text. */
  fuzzy?: boolean;
  fastOr?: Set<string>;
}

/** The parsed pattern (compromise's own reader), used to derive cheap literal pre-filters. */
export function parsePattern(pattern: string): PatternToken[] {
  return nlp.parseMatch(pattern) as never;
}

// compromise reads some words as others: "won't" as "will not", "gonna" as "going to" (its own table, so the
// pre-filters in text.ts cannot drift from it), and "café" as "cafe" (its own ASCII folding).
const EXPANSIONS = new Map(
  (nlp.model() as { one: { contractions: { word?: string; out: string[] }[] } }).one.contractions.flatMap((c) =>
    c.word ? [[c.word, c.out.map((w) => w.toLowerCase())] as const] : [],
  ),
);
const killUnicode = (nlp.methods() as { one: { killUnicode: (s: string, world: unknown) => string } }).one.killUnicode;
const world = nlp.world();

/** The words compromise reads a lower-case word as, when it reads it as others ("won't" -> will, not). */
export function expansionOf(word: string): readonly string[] | undefined {
  return EXPANSIONS.get(word);
}

/** A word as compromise compares it with a pattern's words: accents folded ("café" -> "cafe"). */
export function foldAccents(word: string): string {
  return killUnicode(word, world);
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** compromise's lexicon knows the word as a person's first name ("Sam", "Jenny"; not "Absolutely"). */
export function isFirstName(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  return tag !== undefined && NAME_TAGS.has(tag);
}

/** compromise's lexicon knows the word (in this form: "team", "sorry"; not "Shadi", nor "unfortunately"). */
export function isKnownWord(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined;
}

/** Every word of a parsed text with its tags; offsets relative to the parsed text, punctuation left out. */
export function termsOf(doc: NlpDoc): (LemmaTerm & { text: string })[] {
  const out: (LemmaTerm & { text: string })[] = [];
  for (const m of doc.json({ offset: true }) as {
    terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
  }[]) {
    for (const t of m.terms)
      out.push({ text: t.text, start: t.offset.start, end: t.offset.start + t.text.length, tags: t.tags });
  }
  return out;
}

export interface LemmaTerm extends Span {
  /** compromise's tags for the word (Verb, Noun, PastTense, Gerund, Imperative...). */
  tags: readonly string[];
}

/**
 * Every word whose lemma is `lemma`, in any tense or form ("{call}": call, calls, calling, called), with its tags.
 * Offsets are relative to the parsed text; punctuation stuck to a word is left out.
 */
export function lemmaTerms(doc: NlpDoc, lemma: string): LemmaTerm[] {
  const out: LemmaTerm[] = [];
  for (const m of doc.match(`{${lemma}}`).json({ offset: true }) as {
    terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
  }[]) {
    for (const t of m.terms) out.push({ start: t.offset.start, end: t.offset.start + t.text.length, tags: t.tags });
  }
  return out;
}
