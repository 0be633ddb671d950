// regex: a regular expression, for what phrases cannot say (phone numbers, "1-8xx" lines). A brand manager's regex is
// checked for catastrophic backtracking before it is accepted (rules/regex-safety.ts), so no imported rule set can
// hang a reply box. Like phrases, it sees the reply with handles, URLs and e-mail addresses masked out.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compileUnless, findAll } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { phraseListProblems } from './phrase.ts';

/**
 * Why a regex cannot be used, short of its safety: syntax, or matching an empty text. The check for catastrophic
 * backtracking (rules/regex-safety.ts) is passed in by validation, so the engine that runs in the extension's
 * worker does not carry the analysis libraries (about 1 MB).
 */
export function regexSyntaxProblem(source: string, caseSensitive = false): string | null {
  let re: RegExp;
  try {
    re = new RegExp(source, caseSensitive ? 'gu' : 'giu');
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)})`;
  }
  return re.test('') ? 'the expression matches an empty text, so it would flag every reply' : null;
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
  problems(rule, tools) {
    const problem =
      regexSyntaxProblem(rule.regex, rule.caseSensitive) ??
      tools?.backtracking(rule.regex, rule.caseSensitive ? 'gu' : 'giu') ??
      null;
    const out: Problem[] = problem ? [{ path: 'regex', message: problem }] : [];
    return [...out, ...phraseListProblems('unless', rule.unless)];
  },
  compile(rule) {
    const regex = new RegExp(rule.regex, rule.caseSensitive ? 'gu' : 'giu');
    const silenced = compileUnless(rule.unless);
    return {
      triggers: null,
      check(doc, ctx) {
        if (silenced(doc.masked)) return [];
        return findAll(regex, doc.masked)
          .filter((span) => span.end > span.start)
          .map((span) => ({ ...span, suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx) }));
      },
    };
  },
});
