// The whole rule library as this browser sees it: policy first, then subscriptions, the user's own sets and the
// built-in ones (rule-library.ts decides which run where). Read by the worker (to check drafts), the popup and the
// manager, so all three agree.
import { browser } from 'wxt/browser';
import { loadPolicy, type Policy } from './policy';
import { isRuleStoreKey, type LibraryEntry } from './rule-library';
import { loadBuiltinSets, loadUserSets } from './rule-store';
import { loadSubscriptions } from './subscriptions';

export interface Library {
  entries: LibraryEntry[];
  policy: Policy;
}

const NOT_ALLOWED = 'Your organisation does not allow rule sets of your own; this one is kept, but not used.';

export async function loadLibrary(): Promise<Library> {
  const policy = await loadPolicy();
  const [user, subscriptions, builtin] = await Promise.all([
    loadUserSets(),
    loadSubscriptions(policy.subscriptions),
    loadBuiltinSets(policy.disabledBuiltIns),
  ]);
  const allowed = (e: LibraryEntry): LibraryEntry =>
    policy.allowUserRuleSets || e.origin === 'policy' ? e : { ...e, enabled: false, problem: { message: NOT_ALLOWED } };
  return {
    entries: [...policy.entries, ...subscriptions.map(allowed), ...user.map(allowed), ...builtin],
    policy,
  };
}

/** Calls `onChange` whenever anything the library is read from changes (local storage or the managed policy). */
export function watchLibrary(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || Object.keys(changes).some(isRuleStoreKey)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
