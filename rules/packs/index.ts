// The built-in rule sets. They are data (JSON files beside this one, validated against schema.ts); their examples
// are tests (tests/unit/packs.test.ts) and the trainer's demonstrations.
import { RuleSet } from '../schema.ts';
import emailHelpdesk from './email-helpdesk.json' with { type: 'json' };
import plainLanguage from './plain-language.json' with { type: 'json' };
import socialCare from './social-care.json' with { type: 'json' };

/** Parsed with zod (defaults filled in); the full validation (regex safety, examples) runs in the tests. */
export const BUILTIN_PACKS: readonly RuleSet[] = [socialCare, emailHelpdesk, plainLanguage].map((json) =>
  RuleSet.parse(json),
);

export function builtinPack(id: string): RuleSet | undefined {
  return BUILTIN_PACKS.find((p) => p.id === id);
}
