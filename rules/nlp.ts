// The only place that imports compromise. compromise/two has the tagger that match syntax needs (#Verb, #PastTense);
// the full build adds conjugation plugins we do not use.
import nlp from 'compromise/two';
import type { Span } from './text.ts';

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

/**
 * Checks a match pattern compiles and runs; compromise is lenient, so this mostly catches unbalanced brackets.
 * Returns a plain-words problem or null.
 */
export function patternProblem(pattern: string): string | null {
  try {
    const parsed = nlp.parseMatch(pattern) as unknown[];
    if (parsed.length === 0) return 'the pattern is empty';
    nlp('We will call you back within two hours.').match(pattern);
    return null;
  } catch (e) {
    return `compromise could not read this pattern (${e instanceof Error ? e.message : String(e)})`;
  }
}

/** The parsed pattern (compromise's own reader), used to derive cheap literal pre-filters. */
export function parsePattern(
  pattern: string,
): { word?: string; choices?: { word?: string }[][]; optional?: boolean; negative?: boolean; fastOr?: Set<string> }[] {
  return nlp.parseMatch(pattern) as never;
}
