// pattern: compromise match syntax, for the rules where grammar matters ("mistakes were made": a form of "be" and a
// past participle). Parsing costs far more than a phrase, so a pattern only runs when one of its literal words is in
// the reply (derived from the pattern itself), and the reply is parsed once for all patterns.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind } from '../kind.ts';
import { matchSpans, parsePattern, patternProblem } from '../nlp.ts';
import { compilePhrases } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { normaliseWord, trimSpan } from '../text.ts';
import { phraseListProblems } from './phrase.ts';

/** The alternatives of the first required token that is a plain word or a choice of words; null if there is none. */
export function patternTriggers(match: string): string[] | null {
  for (const t of parsePattern(match)) {
    if (t.optional) continue;
    if (typeof t.word === 'string' && t.word !== '') return [normaliseWord(t.word)];
    if (t.fastOr instanceof Set && t.fastOr.size > 0) return [...t.fastOr].map(normaliseWord);
  }
  return null;
}

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
    const unless = rule.unless ? compilePhrases(rule.unless).regex : null;
    return {
      triggers: patternTriggers(rule.match),
      check(doc, ctx) {
        if (unless) {
          unless.lastIndex = 0;
          if (unless.test(doc.masked)) return [];
        }
        return matchSpans(doc.nlp(), rule.match)
          .map((span) => trimSpan(doc.text, span))
          // compromise sees the raw text: drop matches inside a masked handle, URL or e-mail address.
          .filter((span) => span.end > span.start && doc.masked.slice(span.start, span.end) === doc.text.slice(span.start, span.end))
          .map((span) => ({ ...span, suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx) }));
      },
    };
  },
});
