// The trainer's practice attempts in storage: each keeps whether the reply was read as English, and a damaged entry
// is skipped on reading without touching what else is stored.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attemptsItem, loadAttempts, MAX_ATTEMPTS, recordAttempt } from '../../utils/scenario-store';

const attempt = (score: number, extra: object = {}) => ({
  at: 1_700_000_000_000 + score,
  score,
  findings: 1,
  text: `reply ${score}`,
  ...extra,
});

describe('practice attempts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each attempt, with the note that a reply was not in English', async () => {
    await recordAttempt('s1', attempt(55));
    const list = await recordAttempt('s1', attempt(90, { notEnglish: true }));
    expect(list.map((a) => [a.score, a.notEnglish ?? false])).toEqual([
      [55, false],
      [90, true],
    ]);
    expect((await loadAttempts('s1')).map((a) => a.notEnglish ?? false)).toEqual([false, true]);
    expect(await loadAttempts('s2')).toEqual([]);
  });

  it('keeps the last attempts only', async () => {
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) await recordAttempt('s1', attempt(i));
    const list = await loadAttempts('s1');
    expect(list).toHaveLength(MAX_ATTEMPTS);
    expect(list[0]!.score).toBe(3);
  });

  it('skips a damaged entry when reading and leaves it, and the other scenarios, in storage', async () => {
    await attemptsItem.setValue({ s1: [attempt(40), { score: 'high' }, null], s2: [attempt(70)] });
    expect((await loadAttempts('s1')).map((a) => a.score)).toEqual([40]);
    const list = await recordAttempt('s1', attempt(80));
    expect(list.map((a) => a.score)).toEqual([40, 80]);
    const stored = await attemptsItem.getValue();
    expect(stored.s1).toHaveLength(4);
    expect(stored.s2).toEqual([attempt(70)]);
  });

  it('does not write over storage that is not a map of attempts, and still shows the new attempt', async () => {
    await fakeBrowser.storage.local.set({ trainerAttempts: 'garbage' });
    expect(await loadAttempts('s1')).toEqual([]);
    expect((await recordAttempt('s1', attempt(60))).map((a) => a.score)).toEqual([60]);
    expect((await fakeBrowser.storage.local.get('trainerAttempts')).trainerAttempts).toBe('garbage');
  });
});
