// The rule sets a browser knows, whatever their origin, as one list: the built-in packs, the user's own, those
// subscribed to by URL, and those pushed by enterprise policy. Pure: no storage (rule-store.ts reads and writes it),
// so which sets are active on a page is decided the same way in the worker, the popup and the manager.
import type { Channel, RuleSet } from '../rules/schema';

export const ORIGINS = ['policy', 'subscription', 'user', 'builtin'] as const;
/** Where a rule set comes from; the manager lists them in this order. */
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_LABEL: Record<Origin, string> = {
  policy: 'Set by your organisation',
  subscription: 'Subscribed',
  user: 'Your rule sets',
  builtin: 'Built in',
};

/** Where a set applies. Empty or absent lists mean everywhere. */
export interface Scope {
  /** Host names ("zendesk.com" covers "acme.zendesk.com"). */
  sites?: string[];
  channels?: Channel[];
}

export interface Problem {
  message: string;
  /** Date.now() when it happened (a failed refresh, say). */
  at?: number;
}

export interface LibraryEntry {
  /** Unique across origins: "builtin:social-care", "user:acme", "subscription:https://…", "policy:0". */
  key: string;
  origin: Origin;
  /** The set in use; null when it could not be read and there is no good copy. */
  ruleSet: RuleSet | null;
  enabled: boolean;
  /** Policy sets cannot be edited, deleted or switched off; built-in ones cannot be edited (duplicate them). */
  locked: boolean;
  scope: Scope;
  /** What went wrong with this set, in plain words (shown in the manager). The set may still be in use. */
  problem?: Problem;
  /** A subscription's URL. */
  url?: string;
  updatedAt?: number;
}

/** Whether a host name is one of the scope's sites or under one of them. */
export function siteInScope(host: string, sites: readonly string[] | undefined): boolean {
  if (!sites?.length) return true;
  const h = host.toLowerCase();
  return sites.some((s) => {
    const site = s.trim().toLowerCase();
    return site !== '' && (h === site || h.endsWith(`.${site}`));
  });
}

export function inScope(scope: Scope, where: { site?: string; channel?: Channel }): boolean {
  if (where.site !== undefined && !siteInScope(where.site, scope.sites)) return false;
  if (scope.channels?.length && (where.channel === undefined || !scope.channels.includes(where.channel))) return false;
  return true;
}

/** Entries that run: readable, on, in scope. Two sets with one id: the first in ORIGINS order wins. */
export function activeEntries(
  entries: readonly LibraryEntry[],
  where: { site?: string; channel?: Channel } = {},
): LibraryEntry[] {
  const seen = new Set<string>();
  const out: LibraryEntry[] = [];
  for (const origin of ORIGINS)
    for (const e of entries) {
      if (e.origin !== origin || !e.ruleSet || !e.enabled || !inScope(e.scope, where)) continue;
      if (seen.has(e.ruleSet.id)) continue;
      seen.add(e.ruleSet.id);
      out.push(e);
    }
  return out;
}

/** The id of another entry that hides this one (same rule-set id, origin listed earlier), if any. */
export function shadowedBy(entry: LibraryEntry, entries: readonly LibraryEntry[]): LibraryEntry | undefined {
  if (!entry.ruleSet) return undefined;
  const rank = ORIGINS.indexOf(entry.origin);
  return entries.find(
    (e) =>
      e !== entry &&
      e.ruleSet?.id === entry.ruleSet?.id &&
      e.enabled &&
      (ORIGINS.indexOf(e.origin) < rank || (e.origin === entry.origin && entries.indexOf(e) < entries.indexOf(entry))),
  );
}

/**
 * Whether a storage key (without its area) is one the rule library or the check settings are read from: a change to
 * it means drafts must be checked again. Kept here, free of storage code, so the page's script can use it cheaply.
 */
export function isRuleStoreKey(key: string): boolean {
  return /^(?:ruleSet:|ruleSetGood:|userRuleSets$|builtinRuleSets$|subscriptions$|subscriptionSet:)/.test(key);
}

/** Settings that change what a check finds. */
export function isCheckSettingKey(key: string): boolean {
  return /^(?:disabledCategories|agent|brandDomains)$/.test(key);
}
