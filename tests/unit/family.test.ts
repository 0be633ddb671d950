// Families of rules (issue 11): rules giving the same advice about the same words share a `family`; findings carry
// it, and turning the family off ("setId/family:name") silences every rule of it.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import { parseRuleSet, ruleSetOrThrow } from '../../rules/validate';

const set = {
  id: 'fam',
  name: 'Families',
  version: 1,
  rules: [
    {
      id: 'a',
      kind: 'phrase',
      family: 'phone',
      category: 'canned',
      severity: 'error',
      message: 'A',
      phrases: ['call us'],
    },
    {
      id: 'b',
      kind: 'phrase',
      family: 'phone',
      category: 'canned',
      severity: 'warning',
      message: 'B',
      phrases: ['call'],
    },
    { id: 'c', kind: 'phrase', category: 'tone', severity: 'warning', message: 'C', phrases: ['please'] },
  ],
};

describe('rule families', () => {
  const sets = [ruleSetOrThrow(set, 'test')];

  it('are accepted by the schema, and carried by findings', () => {
    const found = check('Please call us.', sets).findings;
    expect(found.filter((f) => f.family === 'phone').length).toBeGreaterThan(0);
    expect(found.find((f) => f.rule === 'c')?.family).toBeUndefined();
  });

  it('are turned off as a whole by "setId/family:name"', () => {
    const found = check('Please call us.', sets, { disabledRules: ['fam/family:phone'] }).findings;
    expect(found.map((f) => f.rule)).toEqual(['c']);
  });

  it('are refused when the name is not an id', () => {
    expect(parseRuleSet({ ...set, rules: [{ ...set.rules[0], family: 'Not An Id' }] }).ok).toBe(false);
  });

  it('group the built-in phone rules', () => {
    const phone = BUILTIN_PACKS.flatMap((p) => p.rules).filter((r) => r.family === 'phone');
    expect(phone.map((r) => r.id)).toContain('phone-number');
    expect(phone.map((r) => r.id)).toContain('phone-deflection');
  });
});
