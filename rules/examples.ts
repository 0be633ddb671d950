// Every rule carries its own examples; this runs them. A bad example marks the flagged span with [[ ]] and gives
// exactly one finding of its rule there; applying that finding's first suggestion gives `fix` and no new finding of
// the rule (the built-in sets must give `fix` whenever the finding offers one). A good example gives none. The unit tests, `tone-coach test` and the trainer page all use this, so docs,
// tests and demos cannot drift apart.
import type { ContextInput } from './base.ts';
import { check } from './engine.ts';
import type { Finding, Rule, RuleSet, Suggestion } from './schema.ts';

/** "Please [[call our 800 number]]." -> the text without markers and the marked span. */
export function parseMarked(marked: string): { text: string; start: number; end: number } | { problem: string } {
  const open = marked.indexOf('[[');
  let close = marked.indexOf(']]', open + 2);
  // A span that ends in a bracket of its own ("Dear [[[FIRST_NAME]]],"): the last two of the run are the marker.
  while (close >= 0 && marked[close + 2] === ']') close++;
  if (open < 0 || close < 0) return { problem: 'mark the flagged span with [[ and ]]' };
  if (marked.indexOf('[[', open + 2) >= 0 || marked.indexOf(']]', close + 2) >= 0)
    return { problem: 'mark exactly one span with [[ ]]' };
  const text = marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2);
  return { text, start: open, end: close - 2 };
}

export function applySuggestion(text: string, s: Suggestion): string {
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}

/** The first phrase of a list that is plain words (no choice, no wildcard): one a customer could write as it is. */
export function plainPhrase(phrases: readonly string[] | undefined): string | undefined {
  return phrases?.find((p) => /^[\p{L}\p{N}'’ -]+$/u.test(p));
}

/** A context in which the rule's `when` holds, so examples need not repeat it; the example's own context wins. */
export function exampleContext(rule: Rule, own?: ContextInput): ContextInput {
  const w = rule.when;
  return {
    ...(w?.channel ? { channel: w.channel[0] } : {}),
    ...(w?.audience ? { audience: w.audience } : {}),
    // The example's customer message decides the mood when it has one.
    ...(w?.mood && !own?.customerMessage ? { mood: w.mood[0] } : {}),
    // A rule waiting for the customer's words hears the first of its phrases that is plain words ("already tried").
    ...(plainPhrase(w?.customerSays) ? { customerMessage: plainPhrase(w?.customerSays) } : {}),
    ...own,
  };
}

export interface ExampleFailure {
  rule: string;
  example: string;
  problem: string;
}

const describe = (fs: readonly Finding[]): string =>
  fs.length === 0 ? 'none' : fs.map((f) => `"${f.text}" at ${f.start}-${f.end}`).join(', ');

/**
 * Runs every example of every rule in `set` against the whole set; returns the failures (empty = all pass). With
 * `requireFix` (the built-in sets), a bad example whose finding offers a fix must say what Apply gives (`fix`).
 */
export function runExamples(
  set: RuleSet,
  options: { requireFix?: boolean } = {},
): { failures: ExampleFailure[]; examples: number } {
  const failures: ExampleFailure[] = [];
  let examples = 0;
  // A rule that throws finds nothing, and the engine carries on: an example that then "passes" must not hide it.
  const ofRule = (rule: Rule, text: string, ctx: ContextInput): Finding[] => {
    const result = check(text, [set], ctx);
    const broke = result.failures?.find((f) => f.rule === rule.id);
    if (broke) failures.push({ rule: rule.id, example: text, problem: `the rule failed to run: ${broke.message}` });
    return result.findings.filter((f) => f.rule === rule.id);
  };
  for (const rule of set.rules) {
    for (const ex of rule.examples?.bad ?? []) {
      examples++;
      const fail = (problem: string): void => void failures.push({ rule: rule.id, example: ex.text, problem });
      const marked = parseMarked(ex.text);
      if ('problem' in marked) {
        fail(marked.problem);
        continue;
      }
      const ctx = exampleContext(rule, ex.context);
      const found = ofRule(rule, marked.text, ctx);
      if (found.length !== 1) {
        fail(
          `expected exactly one finding at ${marked.start}-${marked.end} ("${marked.text.slice(marked.start, marked.end)}"), got ${describe(found)}`,
        );
        continue;
      }
      const f = found[0]!;
      if (f.start !== marked.start || f.end !== marked.end) {
        fail(
          `expected the finding at ${marked.start}-${marked.end} ("${marked.text.slice(marked.start, marked.end)}"), got ${describe(found)}`,
        );
        continue;
      }
      const first = f.suggestions[0];
      if (ex.fix === undefined) {
        if (options.requireFix && first)
          fail(
            `the finding offers a fix: give "fix", the whole text after Apply ("${applySuggestion(marked.text, first)}")`,
          );
        continue;
      }
      if (!first) {
        fail(`expected a suggestion giving "${ex.fix}", got none`);
        continue;
      }
      const fixed = applySuggestion(marked.text, first);
      if (fixed !== ex.fix) {
        fail(`applying "${first.replacement}" gave "${fixed}", expected "${ex.fix}"`);
        continue;
      }
      const after = ofRule(rule, fixed, ctx);
      if (after.length > 0) fail(`after the fix, the rule still finds ${describe(after)}`);
    }
    for (const ex of rule.examples?.good ?? []) {
      examples++;
      const text = typeof ex === 'string' ? ex : ex.text;
      const ctx = exampleContext(rule, typeof ex === 'string' ? undefined : ex.context);
      const found = ofRule(rule, text, ctx);
      if (found.length > 0)
        failures.push({ rule: rule.id, example: text, problem: `expected no finding, got ${describe(found)}` });
    }
  }
  return { failures, examples };
}
