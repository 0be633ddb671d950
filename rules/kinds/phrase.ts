// phrase: plain phrases a brand wants to avoid ("we apologise for any inconvenience", "(give us|gimme) a call").
// Syntax in phrases.ts. `unless` phrases anywhere in the reply silence the rule (a "DM us" that comes with an apology
// and a reason is not a bare "DM us").
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compilePhrases, compileUnless, findAll, phraseSource } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';

export const phraseKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('phrase'),
      phrases: z.array(z.string().min(1)).min(1, { error: 'list at least one phrase' }),
      unless: z.array(z.string().min(1)).optional(),
    })
    .strict(),
  exclusive: true,
  problems: (rule) => [...phraseListProblems('phrases', rule.phrases), ...phraseListProblems('unless', rule.unless)],
  compile(rule) {
    const { regex, triggers } = compilePhrases(rule.phrases);
    const silenced = compileUnless(rule.unless);
    return {
      triggers,
      check(doc, ctx) {
        if (silenced(doc.masked)) return [];
        return findAll(regex, doc.masked).map((span) => ({
          ...span,
          suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx),
        }));
      },
    };
  },
});

/** Syntax problems of a phrase list, each at its path (shared by the kinds that take phrases). */
export function phraseListProblems(field: string, phrases: readonly string[] | undefined): Problem[] {
  const out: Problem[] = [];
  (phrases ?? []).forEach((p, i) => {
    const src = phraseSource(p);
    if (typeof src !== 'string') out.push({ path: `${field}[${i}]`, message: src.problem });
  });
  return out;
}
