// Enterprise policy: an organisation pushes rule sets to every agent's browser through managed storage (Chrome and
// Edge policies, the Google Admin console, Intune, Firefox's policies.json "3rdparty"). Keys (public/managed_schema.json):
//   ruleSets           rule-set files, each a JSON string (the robust form: Chrome's policy schema cannot describe
//                      the rule-set union and drops properties it does not declare) or an object
//   subscriptions      https URLs of rule-set files, refreshed like the user's own subscriptions
//   allowUserRuleSets  false: the user's own sets are not used and cannot be made (default true)
//   disabledBuiltIns   ids of built-in sets that are switched off
//   countStats         false: the trainer's local counts of checks and findings are not kept (default true)
// Policy sets are locked: shown, not editable, not switchable off.
import { storage } from 'wxt/utils/storage';
import { readRuleSet } from './rule-set-files';
import type { LibraryEntry } from './rule-library';

export interface Policy {
  entries: LibraryEntry[];
  subscriptions: string[];
  allowUserRuleSets: boolean;
  disabledBuiltIns: string[];
  /** false: no local counts for the trainer's stats view (entrypoints/background/stats.ts). */
  countStats: boolean;
  /** Problems with the policy itself (not with one set), in plain words. */
  problems: string[];
}

export const EMPTY_POLICY: Policy = {
  entries: [],
  subscriptions: [],
  allowUserRuleSets: true,
  disabledBuiltIns: [],
  countStats: true,
  problems: [],
};

/** Reads managed storage: absent (no policy, or a browser without managed storage) means no policy. */
async function managed(key: string): Promise<unknown> {
  try {
    return await storage.getItem<unknown>(`managed:${key}`);
  } catch {
    return null;
  }
}

/** The policy as values (pure, for tests): what each key holds, checked. */
export function readPolicy(values: {
  ruleSets?: unknown;
  subscriptions?: unknown;
  allowUserRuleSets?: unknown;
  disabledBuiltIns?: unknown;
  countStats?: unknown;
}): Policy {
  const problems: string[] = [];
  const list = (name: string, v: unknown): unknown[] => {
    if (v == null) return [];
    if (Array.isArray(v)) return v;
    problems.push(`The policy's "${name}" is not a list; it is ignored.`);
    return [];
  };
  const entries = list('ruleSets', values.ruleSets).map((item, i): LibraryEntry => {
    const r = readRuleSet(item);
    return {
      key: `policy:${i}`,
      origin: 'policy',
      ruleSet: r.ok ? r.ruleSet : null,
      enabled: true,
      locked: true,
      scope: {},
      ...(r.ok
        ? {}
        : {
            problem: {
              message: `Rule set ${i + 1} of the policy cannot be used: ${r.problems.slice(0, 3).join('; ')}`,
            },
          }),
    };
  });
  const subscriptions = list('subscriptions', values.subscriptions).filter((u): u is string => {
    const ok = typeof u === 'string' && /^https:\/\//.test(u);
    if (!ok) problems.push(`The policy's subscription ${JSON.stringify(u)} is not an https address; it is ignored.`);
    return ok;
  });
  const disabledBuiltIns = list('disabledBuiltIns', values.disabledBuiltIns).filter(
    (id): id is string => typeof id === 'string',
  );
  return {
    entries,
    subscriptions,
    allowUserRuleSets: values.allowUserRuleSets !== false,
    disabledBuiltIns,
    countStats: values.countStats !== false,
    problems,
  };
}

export async function loadPolicy(): Promise<Policy> {
  const [ruleSets, subscriptions, allowUserRuleSets, disabledBuiltIns, countStats] = await Promise.all(
    ['ruleSets', 'subscriptions', 'allowUserRuleSets', 'disabledBuiltIns', 'countStats'].map(managed),
  );
  return readPolicy({ ruleSets, subscriptions, allowUserRuleSets, disabledBuiltIns, countStats });
}
