// Running one rule's examples live, as they are typed: each example on its own through rules/examples.ts
// runExamples (the same judge as the unit tests and `tone-coach test`), with what the rule actually found. The rule
// runs in a set of itself and the rules its `when` depends on, so a problem elsewhere in the draft does not stop it.
import { check } from '../../../rules/engine';
import { applySuggestion, exampleContext, parseMarked, runExamples } from '../../../rules/examples';
import type { Finding, Rule, RuleSet } from '../../../rules/schema';
import { parseRuleSet } from '../../../rules/validate';
import { isObject, rulesOf, str, type Json } from './draft';

export interface ExampleResult {
  /** pass or fail; `pending` when the example or its rule has a problem to fix first. */
  result: 'pass' | 'fail' | 'pending';
  /** Why it fails, or what to fix before it can run, in plain words. */
  problem?: string;
  /** The example's text without the [[ ]] markers (as checked). */
  text: string;
  /** The rule's findings on the text. */
  findings: Finding[];
  /** What Apply gives (the first suggestion of the first finding), when there is one. */
  applied?: string;
}

export interface RuleExampleResults {
  bad: ExampleResult[];
  good: ExampleResult[];
}

const exampleText = (ex: unknown): string => (isObject(ex) ? str(ex.text) : str(ex));

/** The rule without examples, and the rules it depends on, as a valid set; null when the rule has problems. */
function ruleSetFor(draft: Json, i: number): { set: RuleSet; rule: Rule } | null {
  const rules = rulesOf(draft);
  const raw = rules[i];
  if (!isObject(raw)) return null;
  const { examples: _examples, ...rule } = raw;
  const when = isObject(rule.when) ? rule.when : {};
  const deps = [
    ...(Array.isArray(when.ifRule) ? when.ifRule : []),
    ...(Array.isArray(when.unlessRule) ? when.unlessRule : []),
    ...(Array.isArray(when.fixUnlessRule) ? when.fixUnlessRule : []),
  ];
  const others = rules.filter(
    (r, j) => j !== i && isObject(r) && deps.includes(r.id) && parseRuleSet(single({ ...r, examples: undefined })).ok,
  );
  const parsed = parseRuleSet(
    single(
      rule,
      others.map((r) => ({ ...(r as Json), examples: undefined })),
    ),
  );
  if (!parsed.ok) return null;
  return { set: parsed.ruleSet, rule: parsed.ruleSet.rules[parsed.ruleSet.rules.length - 1]! };
}

const single = (rule: Json, before: Json[] = []): Json => ({
  id: 'draft',
  name: 'Draft',
  version: 1,
  rules: [...before, rule],
});

function findingsOf(set: RuleSet, rule: Rule, text: string, context: unknown): Finding[] {
  const ctx = exampleContext(rule, isObject(context) ? context : undefined);
  return check(text, [set], ctx).findings.filter((f) => f.rule === rule.id);
}

/** runExamples names spans by offsets ("at 7-15"); the words themselves say it better to a brand manager. */
export const plainExampleProblem = (problem: string): string =>
  problem.replace(/ at \d+-\d+ \(("[^"]*")\)/g, ' on $1').replace(/ at \d+-\d+/g, '');

const pending = (problem: string, text: string): ExampleResult => ({ result: 'pending', problem, text, findings: [] });

/** Runs one example (bad or good) of `rule` in `set`; the example is validated first, like the whole set is. */
function runOne(set: RuleSet, rule: Rule, which: 'bad' | 'good', ex: unknown): ExampleResult {
  const text = exampleText(ex);
  if (!text.trim()) return pending('write an example reply', text);
  const marked = which === 'bad' ? parseMarked(text) : { text };
  if ('problem' in marked) return pending(marked.problem, text);
  const candidate = { ...rule, examples: { bad: which === 'bad' ? [ex] : [], good: which === 'good' ? [ex] : [] } };
  const parsed = parseRuleSet({ ...set, rules: [...set.rules.slice(0, -1), candidate] });
  if (!parsed.ok) return pending('fix the problems of this example first', marked.text);
  const runSet = parsed.ruleSet;
  const runRule = runSet.rules[runSet.rules.length - 1]!;
  const failure = runExamples(runSet).failures.find((f) => f.rule === runRule.id);
  const findings = findingsOf(runSet, runRule, marked.text, isObject(ex) ? ex.context : undefined);
  const first = findings[0]?.suggestions[0];
  return {
    result: failure ? 'fail' : 'pass',
    ...(failure ? { problem: plainExampleProblem(failure.problem) } : {}),
    text: marked.text,
    findings,
    ...(first ? { applied: applySuggestion(marked.text, first) } : {}),
  };
}

/** Every example of rule i, each judged; null when the rule itself has a problem to fix first. */
export function runRuleExamples(draft: Json, i: number): RuleExampleResults | null {
  const raw = rulesOf(draft)[i];
  const examples = isObject(raw) && isObject(raw.examples) ? raw.examples : {};
  const bad = Array.isArray(examples.bad) ? examples.bad : [];
  const good = Array.isArray(examples.good) ? examples.good : [];
  if (bad.length === 0 && good.length === 0) return { bad: [], good: [] };
  const ready = ruleSetFor(draft, i);
  if (!ready) return null;
  return {
    bad: bad.map((ex) => runOne(ready.set, ready.rule, 'bad', ex)),
    good: good.map((ex) => runOne(ready.set, ready.rule, 'good', ex)),
  };
}

// Results by the rule and the rules it depends on, as JSON: typing in one rule re-runs only that rule's examples.
const cache = new Map<string, RuleExampleResults | null>();
const CACHE_SIZE = 300;

export function cachedRuleExamples(draft: Json, i: number): RuleExampleResults | null {
  const rules = rulesOf(draft);
  const raw = rules[i];
  const when = isObject(raw) && isObject(raw.when) ? raw.when : {};
  const deps = new Set([
    ...(Array.isArray(when.ifRule) ? when.ifRule : []),
    ...(Array.isArray(when.unlessRule) ? when.unlessRule : []),
    ...(Array.isArray(when.fixUnlessRule) ? when.fixUnlessRule : []),
  ]);
  const key = JSON.stringify([raw, rules.filter((r) => isObject(r) && deps.has(r.id))]);
  if (cache.has(key)) return cache.get(key)!;
  const results = runRuleExamples(draft, i);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, results);
  return results;
}
