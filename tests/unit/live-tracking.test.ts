// Findings follow the agent's edits between two checks (entrypoints/content/session/tracking.ts, live-findings.ts).
import { describe, expect, it } from 'vitest';
import { editBetween, mapSpan } from '../../entrypoints/content/session/tracking';
import { isIgnored, moveFinding, occurrenceKey } from '../../entrypoints/content/session/live-findings';
import type { Finding } from '../../rules/schema';

const finding = (text: string, start: number, word: string, replacement = 'send us a DM'): Finding => ({
  rule: 'call-800',
  ruleSet: 'social-care',
  category: 'canned',
  severity: 'error',
  start,
  end: start + word.length,
  text: word,
  message: 'm',
  suggestions: [{ replacement, start, end: start + word.length }],
});

describe('editBetween', () => {
  it('finds the one changed span', () => {
    expect(editBetween('Please call us.', 'Please do call us.')).toEqual({ start: 7, oldEnd: 7, newEnd: 10 });
    expect(editBetween('abc', 'abc')).toBeNull();
    expect(editBetween('abcdef', 'abXef')).toEqual({ start: 2, oldEnd: 4, newEnd: 3 });
    expect(editBetween('', 'hello')).toEqual({ start: 0, oldEnd: 0, newEnd: 5 });
    expect(editBetween('aaaa', 'aaa')).toEqual({ start: 3, oldEnd: 4, newEnd: 3 });
  });
});

describe('mapSpan', () => {
  const edit = editBetween('Hi. Please call our 800 number.', 'Hi Sam. Please call our 800 number.')!;
  it('shifts spans after the edit', () => {
    expect(mapSpan({ start: 11, end: 30 }, edit)).toEqual({ start: 15, end: 34 });
  });
  it('keeps spans before the edit and spans the edit only touches at their end', () => {
    expect(mapSpan({ start: 0, end: 2 }, edit)).toEqual({ start: 0, end: 2 });
  });
  it('drops spans the edit changed', () => {
    const inside = editBetween('call our 800 number', 'call our 900 number')!;
    expect(mapSpan({ start: 0, end: 19 }, inside)).toBeNull();
  });
});

describe('moveFinding', () => {
  it('moves the finding and its suggestion together', () => {
    const before = 'Please call our 800 number.';
    const f = finding(before, 7, 'call our 800 number');
    const edit = editBetween(before, `Hi! ${before}`)!;
    const moved = moveFinding(f, edit)!;
    expect(moved.start).toBe(11);
    expect(moved.suggestions[0]).toMatchObject({ start: 11, end: 30 });
    expect(`Hi! ${before}`.slice(moved.start, moved.end)).toBe('call our 800 number');
  });
  it('drops a finding whose words were edited', () => {
    const before = 'Please call our 800 number.';
    const f = finding(before, 7, 'call our 800 number');
    expect(moveFinding(f, editBetween(before, 'Please call our 8000 number.')!)).toBeNull();
  });
});

describe('ignored occurrences', () => {
  it('match the same rule on the same words at the same place only', () => {
    const f = finding('', 7, 'call our 800 number');
    const ignored = [{ rule: 'social-care/call-800', text: 'call our 800 number', start: 7, end: 26 }];
    expect(isIgnored(f, ignored)).toBe(true);
    expect(isIgnored({ ...f, start: 30, end: 49 }, ignored)).toBe(false);
    expect(isIgnored({ ...f, rule: 'other' }, ignored)).toBe(false);
    expect(occurrenceKey(f)).toBe('social-care/call-800@7-26');
  });
});
