// The rule-set format: zod schemas (a discriminated union of the kinds in rules/kinds/), and the JSON Schema made
// from them that ships for editors ("$schema"): it must accept the built-in packs as they are on disk and refuse
// the shapes zod refuses, validated here by a real JSON Schema validator as an editor would.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import { KIND_IDS } from '../../rules/kinds/index.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import {
  CATEGORIES,
  Context,
  Finding,
  Rule,
  RULE_SET_VERSION,
  RuleSet,
  ruleSetJsonSchema,
  SEVERITIES,
  Suggestion,
} from '../../rules/schema.ts';
import { rule } from './rule-helpers.ts';

const PACKS_DIR = resolve(import.meta.dirname, '../../rules/packs');
const packFiles = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));
const readPack = (file: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(PACKS_DIR, file), 'utf8'));

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(ruleSetJsonSchema());
};

describe('the JSON Schema of a rule-set file', () => {
  it('is a draft 2020-12 schema with an id and a title', () => {
    const schema = ruleSetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\.json$/);
    expect(schema.title).toBe('Tone Coach rule set');
  });

  it('accepts every built-in pack file as it is on disk', () => {
    expect(packFiles.length).toBeGreaterThanOrEqual(3);
    const validate = validator();
    for (const file of packFiles) {
      const ok = validate(readPack(file));
      expect(ok ? [] : validate.errors, file).toEqual([]);
    }
  });

  it('describes every rule kind', () => {
    const text = JSON.stringify(ruleSetJsonSchema());
    for (const kind of KIND_IDS) expect(text, kind).toContain(`"const":"${kind}"`);
  });

  it('refuses the wrong shapes an editor should underline', () => {
    const validate = validator();
    const base = readPack(packFiles[0]!);
    const first = (base.rules as Record<string, unknown>[])[0]!;
    const variants: [string, unknown][] = [
      ['no id', { ...base, id: undefined }],
      ['a newer format version', { ...base, version: 2 }],
      ['an unknown top-level field', { ...base, author: 'me' }],
      ['an unknown kind', { ...base, rules: [{ ...first, kind: 'tone' }] }],
      ['an unknown category', { ...base, rules: [{ ...first, category: 'rudeness' }] }],
      ['an unknown rule field', { ...base, rules: [{ ...first, phrse: ['x'] }] }],
      ['a swap that is a list', { ...base, rules: [rule('substitution', { swap: ['utilise', 'use'] })] }],
      ['a rule id with spaces', { ...base, rules: [{ ...first, id: 'Call Our Number' }] }],
    ];
    for (const [what, data] of variants) expect(validate(JSON.parse(JSON.stringify(data))), what).toBe(false);
  });
});

describe('zod schemas', () => {
  it('has the fixed categories and severities of the design', () => {
    expect(CATEGORIES).toEqual(['canned', 'empathy', 'blame', 'tone', 'brand', 'clarity', 'privacy', 'channel']);
    expect(SEVERITIES).toEqual(['error', 'warning', 'suggestion']);
    expect(RULE_SET_VERSION).toBe(1);
  });

  it('reads a rule by its kind and says which kinds exist when the kind is wrong or missing', () => {
    expect(Rule.safeParse(rule('phrase', { phrases: ['x'] })).success).toBe(true);
    const unknown = Rule.safeParse(rule('tone'));
    expect(unknown.error?.issues[0]?.message).toBe(`unknown kind "tone"; expected one of ${KIND_IDS.join(', ')}`);
    const missing = Rule.safeParse({ id: 'x' });
    expect(missing.error?.issues[0]?.message).toBe(
      `expected a rule object with a "kind" (one of ${KIND_IDS.join(', ')})`,
    );
  });

  it('parses the built-in packs, filling defaults', () => {
    for (const pack of BUILTIN_PACKS) expect(RuleSet.safeParse(pack).success, pack.id).toBe(true);
    const parsed = RuleSet.parse({
      id: 's',
      name: 'S',
      version: 1,
      rules: [rule('require', { phrases: ['sorry'] }), rule('repetition')],
    });
    expect(parsed.rules[0]).toMatchObject({ need: 'phrase', where: 'anywhere' });
    expect(parsed.rules[1]).toMatchObject({ maxDistance: 12, minWords: 8 });
  });

  it('refuses a context field it does not know (a typo would silently do nothing)', () => {
    expect(Context.safeParse({ chanel: 'x' }).success).toBe(false);
    expect(Context.safeParse({ channel: 'x', audience: 'public', customerName: 'Ann', mood: 'upset' }).success).toBe(
      true,
    );
    expect(Context.safeParse({ channel: 'tiktok' }).success).toBe(false);
  });

  it('describes the findings check() returns', () => {
    const { findings } = check('Please call our 800 number 🙂🙂🙂!!!', BUILTIN_PACKS, {
      customerName: 'Ann',
      signOff: '^JS',
    });
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) {
      expect(Finding.safeParse(f).success, f.rule).toBe(true);
      for (const s of f.suggestions) expect(Suggestion.safeParse(s).success, f.rule).toBe(true);
    }
  });
});
