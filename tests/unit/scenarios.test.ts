// The trainer's built-in scenarios: each is valid, its bad reply shows every finding its talking points name (with
// the built-in rule sets, in the scenario's context), and its good reply scores higher and has none of them. Also
// the scenario file format: import all or nothing, export and read back, and the JSON Schema file up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import { fingerprint } from '../../rules/fingerprint.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import {
  applyScenarioImport,
  exportScenario,
  exportScenarios,
  planScenarioImport,
  readScenarioFile,
  Scenario,
  scenarioContext,
  scenarioSchemaText,
  talkingPointRules,
} from '../../utils/scenario.ts';
import builtinFile from '../../utils/scenarios/builtin.json' with { type: 'json' };
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS } from '../../utils/scenarios/index.ts';

const run = (s: Scenario, text: string) =>
  check(text, BUILTIN_PACKS, { ...scenarioContext(s), recentFingerprints: (s.sentBefore ?? []).map(fingerprint) });
const ids = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.ruleSet}/${f.rule}`);

describe('built-in scenarios', () => {
  it('are at least 12, each valid with its own id, on every channel', () => {
    expect(BUILTIN_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    for (const raw of builtinFile.scenarios) expect(Scenario.safeParse(raw).error?.issues ?? [], raw.id).toEqual([]);
    expect(BUILTIN_SCENARIO_IDS.size).toBe(BUILTIN_SCENARIOS.length);
    expect(new Set(BUILTIN_SCENARIOS.map((s) => s.channel))).toEqual(
      new Set(['x', 'facebook', 'messenger', 'instagram', 'email', 'chat']),
    );
    expect(new Set(BUILTIN_SCENARIOS.map((s) => s.audience))).toEqual(new Set(['public', 'private']));
  });

  it('name only rules the built-in sets have', () => {
    const known = new Set(BUILTIN_PACKS.flatMap((p) => p.rules.map((r) => `${p.id}/${r.id}`)));
    for (const s of BUILTIN_SCENARIOS)
      expect(
        talkingPointRules(s).filter((r) => !known.has(r)),
        s.id,
      ).toEqual([]);
  });

  for (const s of BUILTIN_SCENARIOS) {
    it(`${s.id}: the bad reply has the findings its talking points name; the good one none, and a higher score`, () => {
      const bad = run(s, s.badReply);
      const good = run(s, s.goodReply);
      const named = talkingPointRules(s);
      expect(
        named.filter((r) => !ids(bad).includes(r)),
        `bad reply: ${ids(bad).join(', ')}`,
      ).toEqual([]);
      expect(
        named.filter((r) => ids(good).includes(r)),
        `good reply: ${ids(good).join(', ')}`,
      ).toEqual([]);
      expect(good.score.total).toBeGreaterThan(bad.score.total);
    });
  }
});

describe('scenario files', () => {
  const mine: Scenario = { ...BUILTIN_SCENARIOS[0]!, id: 'my-own', title: 'Mine' };

  it('export and read back the same scenarios, one or several', () => {
    const one = readScenarioFile(exportScenario(mine));
    expect(one.ok && one.scenarios[0]).toEqual({ ...mine, $schema: 'https://tone-coach.dev/schema/scenario-v1.json' });
    const several = readScenarioFile(exportScenarios([mine, { ...mine, id: 'other' }]));
    expect(several.ok && several.scenarios.map((s) => s.id)).toEqual(['my-own', 'other']);
  });

  it('a file with one bad scenario is refused whole, each problem named', () => {
    const r = readScenarioFile(JSON.stringify([mine, { ...mine, id: 'Bad Id', channel: 'fax' }]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('\n')).toMatch(/scenario 2: id: .*\nscenario 2: channel: expected one of x,/);
    expect(readScenarioFile('{').ok).toBe(false);
    expect(readScenarioFile(JSON.stringify([mine, mine])).ok).toBe(false);
  });

  it('plans an import: new, replaced, and built-in ids refused', () => {
    const plan = planScenarioImport(
      [mine, { ...mine, id: 'new-one' }, BUILTIN_SCENARIOS[1]!],
      [{ ...mine, title: 'Old' }],
      BUILTIN_SCENARIO_IDS,
    );
    expect(plan.map((p) => p.action)).toEqual(['replace', 'add', 'refused']);
    expect(() => applyScenarioImport([], plan)).toThrow();
    const ok = plan.slice(0, 2);
    expect(applyScenarioImport([{ ...mine, title: 'Old' }], ok).map((s) => `${s.id}:${s.title}`)).toEqual([
      'my-own:Mine',
      'new-one:Mine',
    ]);
  });

  it('public/scenario.schema.json is up to date (npm run schema:scenario)', () => {
    expect(readFileSync(new URL('../../public/scenario.schema.json', import.meta.url), 'utf8')).toBe(
      scenarioSchemaText(),
    );
  });
});
