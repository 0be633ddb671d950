// Reading a rule set from a file, a URL or the manager: all or nothing. A set with any problem is refused whole, with
// every problem listed by its JSON path in plain words (`rules[3].swap: expected an object of "avoid": "prefer"
// pairs`), never a stack trace.
import type * as z from 'zod';
import { KINDS } from './kinds/index.ts';
import { phraseListProblems } from './kinds/phrase.ts';
import type { Kind } from './kind.ts';
import { parseMarked } from './examples.ts';
import { jsonErrorIndex, lineColumn } from './json-where.ts';
import { backtrackingProblem } from './regex-safety.ts';
import { Rule, RULE_SET_VERSION, RuleSet } from './schema.ts';

export type ParseResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: string[] };

/** Limits that keep a hostile or mistaken file from freezing the manager or the reply box. */
export const LIMITS = { rules: 50_000, bytes: 20_000_000 };

/** `rules[3].swap.utilise` from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `missing (${message})`;
  return message;
}

function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  prefix: readonly PropertyKey[] = [],
): string[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    const text = describeIssue(issue, prefix.length ? valueAt(data, prefix) : data);
    return path ? `${path}: ${text}` : text;
  });
}

function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch {
    const at = jsonErrorIndex(text);
    const near = text.slice(at, at + 20).split('\n')[0];
    return at >= text.length
      ? `not valid JSON: the text ends too early (${lineColumn(text, at)}); a bracket or quote is not closed`
      : `not valid JSON at ${lineColumn(text, at)}, near ${JSON.stringify(near)}`;
  }
}

/** Problems zod cannot see: duplicate ids, unsafe regexes, phrase syntax, dependencies, example markers. */
function ruleProblems(rawRules: readonly unknown[], valid: ReadonlyMap<number, Rule>): string[] {
  const out: string[] = [];
  const firstIndex = new Map<string, number>();
  rawRules.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const seen = firstIndex.get(id);
    if (seen !== undefined)
      out.push(`rules[${i}].id: "${id}" is already used by rules[${seen}]; rule ids must be unique in a set`);
    else firstIndex.set(id, i);
  });
  valid.forEach((rule, i) => {
    const kind = KINDS[rule.kind] as unknown as Kind;
    for (const p of kind.problems?.(rule, { backtracking: backtrackingProblem }) ?? [])
      out.push(`rules[${i}]${p.path ? `.${p.path}` : ''}: ${p.message}`);
    const w = rule.when;
    for (const [field, list] of [
      ['when.customerSays', w?.customerSays],
      ['when.unlessCustomerSays', w?.unlessCustomerSays],
    ] as const)
      for (const p of phraseListProblems(field, list)) out.push(`rules[${i}].${p.path}: ${p.message}`);
    // The same phrase on both sides: the rule could never run when the customer says it.
    (w?.unlessCustomerSays ?? []).forEach((phrase, j) => {
      if (w?.customerSays?.includes(phrase))
        out.push(
          `rules[${i}].when.unlessCustomerSays[${j}]: "${phrase}" is also in customerSays: the rule would wait for it and be held back by it`,
        );
    });
    // A complaint follows from the mood: an upset or angry customer has one, a happy one has not.
    if (w?.complaint === true && w.mood?.length && w.mood.every((m) => m === 'happy'))
      out.push(`rules[${i}].when.complaint: a happy customer never reports a problem: the rule could never run`);
    if (w?.complaint === false && w.mood?.length && w.mood.every((m) => m === 'upset' || m === 'angry'))
      out.push(
        `rules[${i}].when.complaint: an upset or angry customer always has a complaint: the rule could never run`,
      );
    (w?.unlessMood ?? []).forEach((mood, j) => {
      if (w?.mood?.includes(mood))
        out.push(
          `rules[${i}].when.unlessMood[${j}]: "${mood}" is also in mood: the rule would run only for it and be held back by it`,
        );
    });
    for (const field of ['ifRule', 'unlessRule', 'fixUnlessRule'] as const) {
      (w?.[field] ?? []).forEach((id, j) => {
        const target = firstIndex.get(id);
        const where = `rules[${i}].when.${field}[${j}]`;
        if (target === undefined) out.push(`${where}: no rule "${id}" in this set`);
        else if (id === rule.id) out.push(`${where}: a rule cannot depend on itself`);
        else if (dependsOnRules(valid.get(target)?.when))
          out.push(
            `${where}: "${id}" itself depends on other rules; a rule can only depend on rules without ifRule/unlessRule/fixUnlessRule`,
          );
      });
    }
    rule.examples?.bad.forEach((ex, j) => {
      const marked = parseMarked(ex.text);
      if ('problem' in marked) out.push(`rules[${i}].examples.bad[${j}].text: ${marked.problem}`);
    });
  });
  return out;
}

/** Validates a rule set given as parsed JSON or as the text of a file. */
export function parseRuleSet(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.bytes)
      return { ok: false, problems: [`the file is ${input.length} characters; at most ${LIMITS.bytes} are allowed`] };
    // Notepad and Excel save UTF-8 with a byte-order mark; it is not part of the JSON.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const problem = jsonProblem(text);
    if (problem) return { ok: false, problems: [problem] };
    data = JSON.parse(text);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['expected a rule set: an object with "id", "name", "version" and "rules"'] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > RULE_SET_VERSION) {
    return {
      ok: false,
      problems: [
        `version: this rule set uses format ${version}; this Tone Coach reads format ${RULE_SET_VERSION}. Update Tone Coach`,
      ],
    };
  }
  const rules = (data as { rules?: unknown }).rules;
  if (Array.isArray(rules) && rules.length > LIMITS.rules) {
    return { ok: false, problems: [`rules: ${rules.length} rules; at most ${LIMITS.rules} are allowed in one set`] };
  }
  // The head and each rule are checked separately, so one broken rule does not hide the problems of the others.
  const { rules: rawRules, ...head } = data as { rules?: unknown };
  const headResult = RuleSet.omit({ rules: true }).safeParse(head);
  const problems = issuesToProblems(headResult.error?.issues ?? [], data);
  if (!Array.isArray(rawRules)) {
    problems.push(
      rawRules === undefined ? 'rules: missing (expected a list of rules)' : 'rules: expected a list of rules',
    );
    return { ok: false, problems };
  }
  const valid = new Map<number, Rule>();
  rawRules.forEach((raw, i) => {
    const r = Rule.safeParse(raw);
    if (r.success) valid.set(i, r.data);
    else problems.push(...issuesToProblems(r.error.issues, data, ['rules', i]));
  });
  problems.push(...ruleProblems(rawRules, valid));
  if (problems.length > 0 || !headResult.success) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, ruleSet: { ...headResult.data, rules: [...valid.values()] } };
}

/** Like parseRuleSet, but throws one Error listing every problem (for built-in data that must be valid). */
export function ruleSetOrThrow(input: unknown, source: string): RuleSet {
  const r = parseRuleSet(input);
  if (!r.ok) throw new Error(`${source}: invalid rule set\n  ${r.problems.join('\n  ')}`);
  return r.ruleSet;
}

/** Whether a rule's conditions name other rules (it runs after them, so no rule may depend on it in turn). */
function dependsOnRules(
  when: { ifRule?: unknown; unlessRule?: unknown; fixUnlessRule?: unknown } | undefined,
): boolean {
  return !!(when?.ifRule || when?.unlessRule || when?.fixUnlessRule);
}
