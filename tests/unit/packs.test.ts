// The built-in rule sets (rules/packs/*.json) and their examples, which are their tests (issue 2, section 5): every
// rule has at least two bad and two good examples; each bad example gives exactly one finding of its rule at the
// marked span, and applying its first suggestion gives the stated fix with no new finding of the rule; each good
// example gives none. And the canned deflection to a phone line on a public channel is an error.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import { runExamples } from '../../rules/examples.ts';
import { BUILTIN_PACKS, builtinPack } from '../../rules/packs/index.ts';
import { parseRuleSet } from '../../rules/validate.ts';

const PACKS_DIR = resolve(import.meta.dirname, '../../rules/packs');
const files = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));

describe('built-in rule sets', () => {
  it('are all loaded, once each, under the ids of their files', () => {
    expect(files.sort()).toEqual(['email-helpdesk.json', 'plain-language.json', 'social-care.json']);
    expect(BUILTIN_PACKS.map((p) => `${p.id}.json`).sort()).toEqual(files);
    for (const p of BUILTIN_PACKS) expect(builtinPack(p.id)).toBe(p);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(resolve(PACKS_DIR, file), 'utf8');
      const parsed = parseRuleSet(text);

      it('passes the full validation a brand manager’s file gets (regex safety, phrase syntax, dependencies)', () => {
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      });

      it('has rules, each with at least two bad and two good examples', () => {
        if (!parsed.ok) return expect.fail('invalid pack');
        expect(parsed.ruleSet.rules.length).toBeGreaterThan(0);
        const thin = parsed.ruleSet.rules
          .filter((r) => (r.examples?.bad.length ?? 0) < 2 || (r.examples?.good.length ?? 0) < 2)
          .map((r) => `${r.id}: ${r.examples?.bad.length ?? 0} bad, ${r.examples?.good.length ?? 0} good`);
        expect(thin).toEqual([]);
      });

      it('agrees with every one of its examples', () => {
        if (!parsed.ok) return expect.fail('invalid pack');
        const { failures, examples } = runExamples(parsed.ruleSet);
        expect(failures.map((f) => `${f.rule}: ${f.example}\n    ${f.problem}`)).toEqual([]);
        const stated = parsed.ruleSet.rules.reduce(
          (n, r) => n + (r.examples?.bad.length ?? 0) + (r.examples?.good.length ?? 0),
          0,
        );
        expect(examples).toBe(stated);
        expect(examples).toBeGreaterThanOrEqual(4 * parsed.ruleSet.rules.length);
      });
    });
  }
});

describe('social care on a public channel', () => {
  const canned = (text: string, channel: 'x' | 'facebook' | 'instagram' = 'x') =>
    check(text, BUILTIN_PACKS, { channel, audience: 'public' }).findings.filter((f) => f.category === 'canned');

  it('"Please call our 800 number" is a canned error with the default context (a public reply on X)', () => {
    const found = check('Please call our 800 number', BUILTIN_PACKS).findings.filter((f) => f.category === 'canned');
    expect(found.map((f) => [f.severity, f.text])).toEqual([['error', 'call our 800 number']]);
  });

  const deflections = [
    'Sorry to hear that. Please call our 800 number.',
    'Please call 1-800-555-0199 and we will help.',
    'We are sorry! Give us a call and we will sort it out.',
    'Please contact our phone support team for help.',
    'You can reach us by phone or chat 24/7.',
    'You can find our phone numbers here: https://t.co/abc123',
    'Please reach our Financial Services group at 888-780-3962.',
  ];
  for (const text of deflections) {
    it(`sends no customer to a phone line unflagged: "${text}" is a canned error on X, Facebook and Instagram`, () => {
      for (const channel of ['x', 'facebook', 'instagram'] as const) {
        expect(
          canned(text, channel).map((f) => f.severity),
          channel,
        ).toContain('error');
      }
    });
  }

  const nearMisses = [
    'They call us Southbest for a reason.',
    'They call us the best airline for a reason!',
    'Try restarting your phone, that usually clears it.',
    'Answering the call!',
    '@Call_Me_Jacob Thanks for the update, we have fixed the charge.',
  ];
  for (const text of nearMisses) {
    it(`gives no canned finding for the near miss "${text}"`, () => {
      expect(canned(text).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    });
  }
});
