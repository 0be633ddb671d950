// Coaching settings kept in extension storage (local to this browser; nothing is synced anywhere). The popup,
// the content script and the worker read them; the worker writes the rules turned off.
import { storage } from 'wxt/utils/storage';

/** Rules turned off everywhere, as "setId/ruleId". */
export const disabledRulesItem = storage.defineItem<string[]>('local:disabledRules', { fallback: [], version: 1 });

/** Rules turned off on one site: host name -> ["setId/ruleId"]. */
export const disabledRulesBySiteItem = storage.defineItem<Record<string, string[]>>('local:disabledRulesBySite', {
  fallback: {},
  version: 1,
});

/** Pause in typing before a check runs, in milliseconds. */
const DEFAULT_CHECK_DELAY_MS = 200;
export const checkDelayItem = storage.defineItem<number>('local:checkDelayMs', {
  fallback: DEFAULT_CHECK_DELAY_MS,
  version: 1,
});

/** Turns a rule back on: everywhere, or on one site (both lists when `scope` is 'all'). */
export async function enableRule(rule: string, scope: 'site' | 'everywhere' | 'all', site = ''): Promise<void> {
  if (scope !== 'site') {
    const list = await disabledRulesItem.getValue();
    if (list.includes(rule)) await disabledRulesItem.setValue(list.filter((r) => r !== rule));
  }
  if (scope !== 'everywhere') {
    const bySite = await disabledRulesBySiteItem.getValue();
    const next = Object.fromEntries(
      Object.entries(bySite)
        .map(
          ([host, rules]) =>
            [host, scope === 'all' || host === site ? rules.filter((r) => r !== rule) : rules] as const,
        )
        .filter(([, rules]) => rules.length > 0),
    );
    await disabledRulesBySiteItem.setValue(next);
  }
}

/** Categories the user switched off (every rule of these categories stays silent). */
export const disabledCategoriesItem = storage.defineItem<string[]>('local:disabledCategories', {
  fallback: [],
  version: 1,
});

/** The agent's name and sign-off convention ("^JS", "-Ann"), for the rules that check a sign-off. */
export const agentItem = storage.defineItem<{ name?: string; signOff?: string }>('local:agent', {
  fallback: {},
  version: 1,
});

/** The brand's own domains ("acme.com"): its addresses and links are not a customer's personal data. */
export const brandDomainsItem = storage.defineItem<string[]>('local:brandDomains', { fallback: [], version: 1 });

/** The rules off for a page on `site`: everywhere plus that site's own list. */
export async function disabledRulesFor(site: string): Promise<string[]> {
  const [everywhere, bySite] = await Promise.all([disabledRulesItem.getValue(), disabledRulesBySiteItem.getValue()]);
  return [...new Set([...everywhere, ...(bySite[site] ?? [])])];
}

export async function disableRule(rule: string, scope: 'site' | 'everywhere', site: string): Promise<void> {
  if (scope === 'everywhere') {
    const list = await disabledRulesItem.getValue();
    if (!list.includes(rule)) await disabledRulesItem.setValue([...list, rule]);
    return;
  }
  const bySite = await disabledRulesBySiteItem.getValue();
  const list = bySite[site] ?? [];
  if (!list.includes(rule)) await disabledRulesBySiteItem.setValue({ ...bySite, [site]: [...list, rule] });
}

/**
 * The debug view: what the site adapter read (raw) and the failures counted in the page (rules that threw, site
 * reads that failed, applies refused), shown in the panel and the popup. Off by default: it is for people
 * reporting a problem, not for agents at work.
 */
export const debugViewItem = storage.defineItem<boolean>('local:debugView', { fallback: false, version: 1 });
