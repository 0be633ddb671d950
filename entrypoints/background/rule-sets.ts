// The rule sets the engine checks a draft against on a given page: the library (built-in, the user's own,
// subscribed, policy) filtered by on/off and scope, minus the categories the user switched off. Read once and kept
// until storage or the policy changes, so a keystroke's check costs no storage read; the engine compiles each set
// once (it caches by object), so the filtered copies are kept as well.
import type { Channel, RuleSet } from '../../rules/schema';
import { loadLibrary, watchLibrary, type Library } from '../../utils/library';
import { activeEntries } from '../../utils/rule-library';
import { disabledCategoriesItem } from '../../utils/settings';

let library: Promise<Library> | null = null;
let categoriesOff: Promise<string[]> | null = null;
const filtered = new Map<string, RuleSet[]>();

function reset(): void {
  library = null;
  categoriesOff = null;
  filtered.clear();
}

let watching = false;
function watch(): void {
  if (watching) return;
  watching = true;
  watchLibrary(reset);
  disabledCategoriesItem.watch(reset);
}

export function currentLibrary(): Promise<Library> {
  watch();
  library ??= loadLibrary();
  return library;
}

export async function enabledRuleSets(where: { site?: string; channel?: Channel } = {}): Promise<readonly RuleSet[]> {
  const [lib, off] = await Promise.all([currentLibrary(), (categoriesOff ??= disabledCategoriesItem.getValue())]);
  const entries = activeEntries(lib.entries, where);
  const cacheKey = entries.map((e) => e.key).join('\n');
  let sets = filtered.get(cacheKey);
  if (!sets) {
    sets = entries.map((e) => {
      const set = e.ruleSet as RuleSet;
      return off.length ? { ...set, rules: set.rules.filter((r) => !off.includes(r.category)) } : set;
    });
    filtered.set(cacheKey, sets);
  }
  return sets;
}
