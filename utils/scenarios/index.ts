// The built-in trainer scenarios: data (builtin.json, validated against utils/scenario.ts), written for this project.
// tests/unit/scenarios.test.ts checks each bad reply has the findings its talking points name and scores lower.
import { Scenario } from '../scenario.ts';
import builtin from './builtin.json' with { type: 'json' };

export const BUILTIN_SCENARIOS: readonly Scenario[] = builtin.scenarios.map((s) => Scenario.parse(s));

export const BUILTIN_SCENARIO_IDS: ReadonlySet<string> = new Set(BUILTIN_SCENARIOS.map((s) => s.id));
