// A check must not depend on what the engine did before it: the same reply gives the same findings whether it is the
// first text checked or the thousandth, and whatever rule sets were compiled in between.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import type { RuleSet } from '../../rules/schema.ts';

const phoneSet = (id: string): RuleSet =>
  ({
    id,
    name: id,
    version: 1,
    rules: [
      {
        id: 'phone',
        kind: 'phrase',
        category: 'canned',
        severity: 'error',
        message: 'm',
        phrases: ['call our (800|toll-free) number'],
      },
    ],
  }) as RuleSet;

describe('engine state between checks', () => {
  it('finds a phrase at the very start of a reply after other sets were compiled', () => {
    // Compiling a set derives trigger words with a shared global regex; its lastIndex must not leak into the next
    // text's word list (that hid the first word of every later reply from the pre-filter).
    check('Thanks for waiting.', [phoneSet('first')]);
    const again = phoneSet('second');
    expect(check('Call our 800 number', [again]).findings.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['phone', 0, 19],
    ]);
    expect(check('Call our 800 number', [again]).findings).toHaveLength(1);
    expect(check('So call our 800 number', [again]).findings).toHaveLength(1);
  });
});
