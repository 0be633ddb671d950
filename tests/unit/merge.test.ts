// Issue 8 §5: several findings of one rule on one reply are one finding with a count, and advice about what the reply
// lacks is about the whole reply (scope 'reply', placed where the insertion would go), never the words it sits on.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import { applySuggestion } from '../../rules/examples';
import { mergeByRule } from '../../rules/merge';
import { BUILTIN_PACKS } from '../../rules/packs';
import { score } from '../../rules/engine';
import { at, rule, ruleSet } from './rule-helpers';

const social = BUILTIN_PACKS.filter((p) => p.id === 'social-care');

describe('one finding per rule, with a count', () => {
  it('merges five exclamation runs into one finding whose fix calms them all in one edit', () => {
    const text = 'Thanks!! Great news!! It is fixed!! Enjoy!! See you!!';
    const all = check(text, social).findings.filter((f) => f.rule === 'exclamations');
    expect(all).toHaveLength(5);
    const merged = mergeByRule(text, all);
    expect(merged).toHaveLength(1);
    const f = merged[0]!;
    expect(f.count).toBe(5);
    expect(f.spans).toEqual(all.map(({ start, end }) => ({ start, end })));
    expect([f.start, f.end]).toEqual(at(text, '!!'));
    expect(f.message).toMatch(/^10 exclamation marks/);
    expect(applySuggestion(text, f.suggestions[0]!)).toBe('Thanks! Great news. It is fixed. Enjoy. See you.');
  });

  it('keeps single findings as they are, and the order of the others', () => {
    const text = 'We apologize for any inconvenience!!! Please call our 800 number!!!';
    const { findings } = check(text, social);
    const merged = mergeByRule(text, findings);
    const rules = (fs: typeof findings) => [...new Set(fs.map((f) => f.rule))];
    expect(rules(merged)).toEqual(rules(findings));
    for (const f of merged.filter((x) => !x.count)) expect(findings).toContainEqual(f);
    expect(merged.find((f) => f.rule === 'exclamations')?.count).toBe(2);
  });

  it('scores the merged findings as check() scored every occurrence', () => {
    const text = 'Thanks!! Great news!! It is fixed!! Enjoy!!';
    const result = check(text, social);
    expect(score(mergeByRule(text, result.findings))).toEqual(result.score);
  });

  it("keeps the first occurrence's fixes when the occurrences span paragraphs (one edit could lose formatting)", () => {
    const set = ruleSet([rule('substitution', { swap: { utilise: 'use' } })]);
    const text = 'We utilise it.\nYou utilise it.';
    const merged = mergeByRule(text, check(text, [set]).findings);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.count).toBe(2);
    expect(applySuggestion(text, merged[0]!.suggestions[0]!)).toBe('We use it.\nYou utilise it.');
    const oneLine = 'We utilise it and you utilise it.';
    const fix = mergeByRule(oneLine, check(oneLine, [set]).findings)[0]!.suggestions[0]!;
    expect(applySuggestion(oneLine, fix)).toBe('We use it and you use it.');
  });
});

describe('advice about the whole reply', () => {
  it('is a finding of scope reply, placed after the greeting where the acknowledgement would go', () => {
    const text = 'Hi there, we have checked your order. It ships today.';
    const { findings } = check(text, social, { mood: 'upset' });
    const ack = findings.find((f) => f.rule === 'acknowledge')!;
    expect(ack.scope).toBe('reply');
    expect(ack.at).toBe(text.indexOf('we have'));
    expect(ack.at).toBe(ack.suggestions[0]!.start);
    // Word findings stay word findings.
    const words = check('We apologize for any inconvenience.', social).findings;
    expect(words.length).toBeGreaterThan(0);
    for (const f of words) expect(f.scope).toBeUndefined();
  });

  it('without an insertion, sits at the end of the reply when the rule looks at its end', () => {
    const set = ruleSet([rule('require', { phrases: ['thanks'], where: 'end' })]);
    const text = 'We have refunded the order.';
    const [f] = check(text, [set]).findings;
    expect(f?.scope).toBe('reply');
    expect(f?.at).toBe(text.length);
  });
});
