// Helpers for the engine and rule-kind tests: rule sets built in the test (validated exactly like an imported file,
// so defaults are filled in and a broken test set fails loudly), findings as plain tuples, expected spans derived
// from the text itself (indexOf counts UTF-16 code units, which is what the engine promises).
import type { ContextInput } from '../../rules/base.ts';
import { check } from '../../rules/engine.ts';
import { applySuggestion } from '../../rules/examples.ts';
import type { Finding, RuleSet } from '../../rules/schema.ts';
import { parseRuleSet } from '../../rules/validate.ts';

/** Fields every rule needs; a test overrides what it is about. */
const BASE = { category: 'brand', severity: 'warning', message: 'check "{match}"' } as const;

/** A rule of `kind` with the shared fields filled in (id "r" unless given). */
export function rule(kind: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'r', ...BASE, kind, ...fields };
}

/** A valid rule set made of `rules`; throws with every problem when the test wrote an invalid one. */
export function ruleSet(rules: readonly Record<string, unknown>[], id = 'test'): RuleSet {
  const r = parseRuleSet({ id, name: `Test set ${id}`, version: 1, rules });
  if (!r.ok) throw new Error(`invalid test rule set:\n${r.problems.join('\n')}`);
  return r.ruleSet;
}

/** The problems parseRuleSet reports for a set made of `rules` (empty when it is valid). */
export function problemsOf(...rules: Record<string, unknown>[]): string[] {
  const r = parseRuleSet({ id: 'test', name: 'Test set', version: 1, rules });
  return r.ok ? [] : r.problems;
}

/** Findings of one rule (or a whole set) on `text`. */
export function findingsOf(
  text: string,
  rules: Record<string, unknown> | RuleSet,
  context: ContextInput = {},
): Finding[] {
  const set =
    'rules' in rules && Array.isArray(rules.rules) ? (rules as RuleSet) : ruleSet([rules as Record<string, unknown>]);
  return check(text, [set], context).findings;
}

/** [start, end] of the `nth` occurrence (0-based) of `part` in `text`; fails the test when it is not there. */
export function at(text: string, part: string, nth = 0): [number, number] {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(part, from + 1);
    if (from < 0) throw new Error(`"${part}" (occurrence ${nth}) is not in "${text}"`);
  }
  return [from, from + part.length];
}

export const spans = (fs: readonly Finding[]): [number, number][] => fs.map((f) => [f.start, f.end]);
export const texts = (fs: readonly Finding[]): string[] => fs.map((f) => f.text);

/** The text after applying the `i`th suggestion of `finding`. */
export function applied(text: string, finding: Finding | undefined, i = 0): string {
  const s = finding?.suggestions[i];
  if (!s) throw new Error(`no suggestion ${i} on ${JSON.stringify(finding)}`);
  return applySuggestion(text, s);
}

/** A reply of about `length` characters of ordinary sentences (for huge-text cases). */
export function longReply(length: number): string {
  const sentence = 'We have checked your booking and the seats are confirmed for the morning flight. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}
