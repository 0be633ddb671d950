// regex: a regular expression, for what phrases cannot say (phone numbers, "1-8xx" lines). A brand manager's regex is
// checked for catastrophic backtracking (redos-detector) before it is accepted, so no imported rule set can hang a
// reply box. Like phrases, it sees the reply with handles, URLs and e-mail addresses masked out.
import { isSafePattern } from 'redos-detector';
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compilePhrases, findAll } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { phraseListProblems } from './phrase.ts';

/** Why a user's regex cannot be used, in plain words; null when it is safe. */
export function regexProblem(source: string, caseSensitive = false): string | null {
  let re: RegExp;
  try {
    re = new RegExp(source, caseSensitive ? 'gu' : 'giu');
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)})`;
  }
  if (re.test('')) return 'the expression matches an empty text, so it would flag every reply';
  let result;
  try {
    result = isSafePattern(source, { caseInsensitive: !caseSensitive, timeout: 1000 });
  } catch {
    return 'the expression uses syntax that cannot be checked for safety; simplify it';
  }
  if (result.safe) return null;
  return result.error === 'timedOut' || result.error === 'hitMaxSteps'
    ? 'the expression is too complex to check for catastrophic backtracking; simplify it'
    : `the expression can backtrack catastrophically and freeze the page on some texts (nested or overlapping repetition such as "(a+)+"); rewrite it`;
}

export const regexKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('regex'),
      regex: z.string().min(1, { error: 'expected a regular expression' }),
      caseSensitive: z.boolean().optional(),
      unless: z.array(z.string().min(1)).optional(),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const problem = regexProblem(rule.regex, rule.caseSensitive);
    const out: Problem[] = problem ? [{ path: 'regex', message: problem }] : [];
    return [...out, ...phraseListProblems('unless', rule.unless)];
  },
  compile(rule) {
    const regex = new RegExp(rule.regex, rule.caseSensitive ? 'gu' : 'giu');
    const unless = rule.unless ? compilePhrases(rule.unless).regex : null;
    return {
      triggers: null,
      check(doc, ctx) {
        if (unless) {
          unless.lastIndex = 0;
          if (unless.test(doc.masked)) return [];
        }
        return findAll(regex, doc.masked)
          .filter((span) => span.end > span.start)
          .map((span) => ({ ...span, suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx) }));
      },
    };
  },
});
