// pattern: compromise match syntax, for the rules where grammar matters ("you were charged in error": a form of
// "be", a past participle, an admission). Parsing costs far more than a phrase (about 1.4 ms a tweet), so a pattern
// only runs when every one of its literal words (or one of each choice of words) is in the reply, and then only the
// sentences that have them are parsed, each once for all patterns.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind } from '../kind.ts';
import { matchSpans, parsePattern, patternProblem } from '../nlp.ts';
import { compileUnless } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { normaliseWord, trimSpan, wordsOf } from '../text.ts';
import { phraseListProblems } from './phrase.ts';

/**
 * For each required token of the pattern that is a word or a choice of words, the words one of which must be in the
 * text ("(was|were) #PastTense (in error|by mistake)" gives [was, were] and [in, by]). Tags (#Verb) say nothing.
 */
function patternWordGroups(match: string): string[][] {
  const groups: string[][] = [];
  for (const t of parsePattern(match)) {
    if (t.optional || t.negative || t.fuzzy) continue;
    if (typeof t.word === 'string' && t.word !== '') groups.push([normaliseWord(t.word)]);
    else if (t.fastOr instanceof Set && t.fastOr.size > 0) groups.push([...t.fastOr].map(normaliseWord));
    else if (
      t.choices?.length &&
      t.choices.every((c) => !!c[0]?.word && !c[0].optional && !c[0].negative && !c[0].fuzzy)
    )
      groups.push([...new Set(t.choices.map((c) => normaliseWord(c[0]!.word!)))]);
  }
  return groups;
}

/** The engine's pre-filter: the first group (the kind itself checks all of them). */
export function patternTriggers(match: string): string[] | null {
  return patternWordGroups(match)[0] ?? null;
}

const hasAll = (words: ReadonlySet<string>, groups: readonly string[][]): boolean =>
  groups.every((g) => g.some((w) => words.has(w)));

export const patternKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('pattern'),
      match: z.string().min(1, { error: 'expected a compromise match pattern such as "(was|were) #PastTense"' }),
      unless: z.array(z.string().min(1)).optional(),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const problem = patternProblem(rule.match);
    return [...(problem ? [{ path: 'match', message: problem }] : []), ...phraseListProblems('unless', rule.unless)];
  },
  compile(rule) {
    const silenced = compileUnless(rule.unless);
    const groups = patternWordGroups(rule.match);
    return {
      triggers: groups[0] ?? null,
      check(doc, ctx) {
        if (!hasAll(doc.words, groups)) return [];
        if (silenced(doc.masked)) return [];
        return (
          doc.sentences
            .filter((s) => hasAll(wordsOf(doc.masked.slice(s.start, s.end)), groups))
            .flatMap((s) =>
              matchSpans(doc.nlpAt(s), rule.match).map((m) => ({ start: m.start + s.start, end: m.end + s.start })),
            )
            .map((span) => trimSpan(doc.text, span))
            // compromise sees the raw text: drop matches inside a masked handle, URL or e-mail address.
            .filter(
              (span) =>
                span.end > span.start &&
                doc.masked.slice(span.start, span.end) === doc.text.slice(span.start, span.end),
            )
            .map((span) => ({ ...span, suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx) }))
        );
      },
    };
  },
});
