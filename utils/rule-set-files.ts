// Rule-set files coming in (import from a file, a paste or a URL; a subscription; a policy) and going out (export):
// older format versions migrated, every problem listed in plain words, and a preview of what an import would change
// before anything is written. Pure: no storage, no browser APIs.
import { RULE_SET_VERSION, type RuleSet } from '../rules/schema';
import { parseRuleSet } from '../rules/validate';

/** Where exported files point their editors for completion and checking. */
export const RULE_SET_SCHEMA_URL = 'https://tone-coach.dev/schema/rule-set-v1.json';

/**
 * Steps from one format version to the next: MIGRATIONS[n] turns a version-n file into version n+1. Version 0 is the
 * draft format shared before the first release: no "version" field, substitutions under "replace" and phrase rules'
 * exceptions under "unlessPhrases". A file of the current version passes through untouched.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  0: (data) => ({
    ...data,
    version: 1,
    rules: Array.isArray(data.rules)
      ? data.rules.map((rule: unknown) => {
          if (rule === null || typeof rule !== 'object') return rule;
          const { replace, unlessPhrases, ...rest } = rule as Record<string, unknown>;
          return {
            ...rest,
            ...(replace !== undefined && rest.swap === undefined ? { swap: replace } : {}),
            ...(unlessPhrases !== undefined && rest.unless === undefined ? { unless: unlessPhrases } : {}),
          };
        })
      : data.rules,
  }),
};

/** The file brought up to the current format version (what cannot be migrated is left for validation to name). */
export function migrateRuleSetFile(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  let out = data as Record<string, unknown>;
  let version: unknown = out.version === undefined ? 0 : out.version;
  while (typeof version === 'number' && version < RULE_SET_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    out = step(out);
    version = out.version;
  }
  return out;
}

/** Parses JSON text or a value, migrates it, and validates it: the one way a rule set gets in. */
export function readRuleSet(input: unknown): { ok: true; ruleSet: RuleSet } | { ok: false; problems: string[] } {
  let data = input;
  if (typeof input === 'string') {
    const first = parseRuleSet(input);
    if (first.ok) return first;
    // parseRuleSet reports bad JSON itself; when the JSON is fine, migrate and validate again.
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      return first;
    }
  }
  return parseRuleSet(migrateRuleSetFile(data));
}

/**
 * What a file holds: one rule set, a list of them, or an export of several ({ "ruleSets": [...] }). Each set is
 * read on its own; problems are prefixed with the set's place in the file when there are several.
 */
export function readRuleSetFile(
  text: string,
): { ok: true; ruleSets: RuleSet[] } | { ok: false; problems: string[]; ruleSets: RuleSet[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const r = parseRuleSet(text); // for its plain-words JSON error with line and column
    return { ok: false, problems: r.ok ? ['not valid JSON'] : r.problems, ruleSets: [] };
  }
  const list = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { ruleSets?: unknown }).ruleSets)
      ? (data as { ruleSets: unknown[] }).ruleSets
      : [data];
  if (list.length === 0) return { ok: false, problems: ['the file holds no rule set'], ruleSets: [] };
  const ruleSets: RuleSet[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const r = readRuleSet(item);
    if (r.ok) ruleSets.push(r.ruleSet);
    else problems.push(...r.problems.map((p) => (list.length > 1 ? `rule set ${i + 1}: ${p}` : p)));
  });
  const ids = new Map<string, number>();
  ruleSets.forEach((s) => ids.set(s.id, (ids.get(s.id) ?? 0) + 1));
  for (const [id, n] of ids) if (n > 1) problems.push(`the file holds ${n} rule sets with the id "${id}"`);
  return problems.length ? { ok: false, problems, ruleSets } : { ok: true, ruleSets };
}

export interface RuleChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ImportPlanItem {
  ruleSet: RuleSet;
  /** 'add' a new set, or 'replace' the user's set of this id. */
  action: 'add' | 'replace';
  rules: RuleChanges;
}

/** What importing `incoming` over the user's own sets would change, set by set and rule by rule. */
export function planImport(incoming: readonly RuleSet[], existing: readonly RuleSet[]): ImportPlanItem[] {
  return incoming.map((set) => {
    const old = existing.find((e) => e.id === set.id);
    if (!old)
      return { ruleSet: set, action: 'add', rules: { added: set.rules.map((r) => r.id), changed: [], removed: [] } };
    const before = new Map(old.rules.map((r) => [r.id, JSON.stringify(r)]));
    const after = new Map(set.rules.map((r) => [r.id, JSON.stringify(r)]));
    return {
      ruleSet: set,
      action: 'replace',
      rules: {
        added: [...after.keys()].filter((id) => !before.has(id)),
        changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
        removed: [...before.keys()].filter((id) => !after.has(id)),
      },
    };
  });
}

/** One set as a file: `$schema` first, so editors check it as it is typed. */
export function exportRuleSet(set: RuleSet): string {
  const { $schema: _ignored, ...rest } = set;
  return `${JSON.stringify({ $schema: RULE_SET_SCHEMA_URL, ...rest }, null, 2)}\n`;
}

/** Several sets as one file that import reads back. */
export function exportRuleSets(sets: readonly RuleSet[]): string {
  const ruleSets = sets.map(({ $schema: _ignored, ...rest }) => ({ $schema: RULE_SET_SCHEMA_URL, ...rest }));
  return `${JSON.stringify({ ruleSets }, null, 2)}\n`;
}

/** A file name for a set's export: its id, which is already safe in a file name. */
export function exportFileName(set: RuleSet | 'all'): string {
  return set === 'all' ? 'tone-coach-rule-sets.json' : `${set.id}.tone-coach.json`;
}
