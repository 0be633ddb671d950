// regex: a regular expression, for what phrases cannot say (phone numbers, "1-8xx" lines). A brand manager's regex is
// checked for catastrophic backtracking before it is accepted, so no imported rule set can hang a
// reply box. Like phrases, it sees the reply with handles, URLs and e-mail addresses masked out.
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compilePhrases, findAll } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { phraseListProblems } from './phrase.ts';

/**
 * Catastrophic backtracking, found by static analysis (scslre, the analysis behind eslint-plugin-regexp): a repetition
 * that can match the same characters in more than one way, nested (`(a+)+`), side by side (`\d+\d+`) or through an
 * alternation under a star (`(a|a)*`). It takes about a millisecond, so it runs on every rule-set import.
 */
function backtrackingProblem(source: string, flags: string): string | null {
  let pattern;
  const parser = new RegExpParser();
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  const { reports } = analyse({ pattern, flags: parser.parseFlags(flags) }, { maxReports: 5 });
  for (const r of reports) {
    const underStar = r.type === 'Move' && (r.quant.element.type === 'Group' || r.quant.element.type === 'CapturingGroup') && r.quant.element.alternatives.length > 1;
    if (r.exponential || r.type === 'Self' || r.type === 'Trade' || underStar) {
      return `the expression can backtrack catastrophically and freeze the page on some texts: "${r.type === 'Trade' ? r.startQuant.raw : r.quant.raw}" can match the same text in several ways (nested or overlapping repetition such as "(a+)+" or "\\d+\\d+"); rewrite it`;
    }
  }
  return null;
}

/** Why a user's regex cannot be used, in plain words; null when it is safe. */
export function regexProblem(source: string, caseSensitive = false): string | null {
  const flags = caseSensitive ? 'gu' : 'giu';
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)})`;
  }
  if (re.test('')) return 'the expression matches an empty text, so it would flag every reply';
  return backtrackingProblem(source, flags);
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
