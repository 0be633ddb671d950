// The rule sets the engine checks against. Today: the built-in packs; the rule-set manager (subscriptions,
// managed policy, the user's own sets) extends this one function.
import type { RuleSet } from '../../rules/schema';
import { BUILTIN_PACKS } from '../../rules/packs';

export async function enabledRuleSets(): Promise<readonly RuleSet[]> {
  return BUILTIN_PACKS;
}
