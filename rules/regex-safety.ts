// Catastrophic backtracking in a user's regex, found by static analysis (scslre, the analysis behind
// eslint-plugin-regexp): a repetition that can match the same characters in more than one way, nested (`(a+)+`),
// side by side (`\d+\d+`) or through an alternation under a star (`(a|a)*`). About a millisecond a regex, so it runs
// on every rule-set import. Only validation imports this file: the analysis libraries weigh about 1 MB, which the
// engine in the extension's worker does not need.
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { regexSyntaxProblem } from './kinds/regex.ts';

export function backtrackingProblem(source: string, flags: string): string | null {
  let pattern;
  const parser = new RegExpParser();
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  const { reports } = analyse({ pattern, flags: parser.parseFlags(flags) }, { maxReports: 5 });
  for (const r of reports) {
    const underStar =
      r.type === 'Move' &&
      (r.quant.element.type === 'Group' || r.quant.element.type === 'CapturingGroup') &&
      r.quant.element.alternatives.length > 1;
    if (r.exponential || r.type === 'Self' || r.type === 'Trade' || underStar) {
      const part = r.type === 'Trade' ? r.startQuant.raw : r.quant.raw;
      return `the expression can backtrack catastrophically and freeze the page on some texts: "${part}" can match the same text in several ways (nested or overlapping repetition such as "(a+)+" or "\\d+\\d+"); rewrite it`;
    }
  }
  return null;
}

/** Why a user's regex cannot be used, in plain words (syntax, empty match, backtracking); null when it is safe. */
export function regexProblem(source: string, caseSensitive = false): string | null {
  return regexSyntaxProblem(source, caseSensitive) ?? backtrackingProblem(source, caseSensitive ? 'gu' : 'giu');
}
