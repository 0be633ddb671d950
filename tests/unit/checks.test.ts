// When a box is checked (entrypoints/content/session/checks.ts): the key of a check is its text AND its context, so
// the same draft switched from a reply to an internal note is checked again, and switching back uses the cache.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import type { CheckResult } from '../../rules/schema';
import type { SiteReading } from '../../utils/protocol';
import { Checks, SLOW_MS } from '../../entrypoints/content/session/checks';

function harness(text: string, reading: SiteReading) {
  const state = { text, reading, alive: true, slow: 0, settled: 0, worker: null as Promise<void> | null };
  const asked: Array<{ text: string; channel?: string }> = [];
  const accepted: Array<{ text: string; result: CheckResult; fresh: boolean; channel?: string }> = [];
  const checks = new Checks({
    currentText: () => state.text,
    readSite: () => state.reading,
    check: async (t, r) => {
      asked.push({ text: t, channel: r.context.channel });
      await state.worker; // a test holds the worker's answer here
      return check(t, BUILTIN_PACKS, r.context);
    },
    accept: (t, result, r, fresh) => accepted.push({ text: t, result, fresh, channel: r?.context.channel }),
    failed: (e) => {
      throw e;
    },
    slow: () => state.slow++,
    settled: () => state.settled++,
    alive: () => state.alive,
    delayMs: 200,
  });
  return { state, asked, accepted, checks };
}

const REPLY: SiteReading = { context: { channel: 'email', audience: 'private', customerName: 'Jane Doe' }, debug: {} };
const NOTE: SiteReading = { context: { channel: 'ticket', audience: 'private', customerName: 'Jane Doe' }, debug: {} };
const DRAFT = 'Refund approved by finance, the money is on its way.';
const rules = (r: CheckResult): string[] => r.findings.map((f) => `${f.ruleSet}/${f.rule}`);

describe('checks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is busy from a keystroke until the answer for that text comes back, and says when it settles', async () => {
    const h = harness(DRAFT, REPLY);
    expect(h.checks.busy).toBe(false);
    h.checks.soon(); // the agent typed: a check is due
    expect(h.checks.busy).toBe(true);
    let answer!: () => void;
    h.state.worker = new Promise((done) => (answer = done));
    await vi.advanceTimersByTimeAsync(200); // the pause: the check is asked, not answered
    expect(h.asked).toHaveLength(1);
    expect(h.checks.busy).toBe(true);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.accepted).toHaveLength(1);
    expect(h.checks.busy).toBe(false);
    // The same text again (the keystroke changed nothing): not asked, and settled without an answer.
    const settled = h.state.settled;
    h.checks.soon();
    expect(h.checks.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(h.asked).toHaveLength(1);
    expect(h.checks.busy).toBe(false);
    expect(h.state.settled).toBeGreaterThan(settled);
  });

  it("the same text in another context is checked again, and its findings are that context's", async () => {
    const h = harness(DRAFT, REPLY);
    await h.checks.now();
    expect(rules(h.accepted.at(-1)!.result)).toContain('email-helpdesk/greeting');
    h.state.reading = NOTE; // the agent switched to an internal note: not one keystroke
    await h.checks.now();
    expect(h.asked.map((a) => a.channel)).toEqual(['email', 'ticket']);
    expect(rules(h.accepted.at(-1)!.result)).not.toContain('email-helpdesk/greeting');
    expect(h.accepted.at(-1)!.channel).toBe('ticket');
  });

  it('a check the worker has not answered after SLOW_MS says so once, and its answer is still used when it comes', async () => {
    const h = harness(DRAFT, REPLY);
    let answer!: () => void;
    h.state.worker = new Promise((done) => (answer = done));
    const checked = h.checks.now();
    await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
    expect(h.state.slow).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.state.slow).toBe(1);
    expect(h.accepted).toEqual([]);
    answer();
    await checked;
    expect(h.accepted.map((a) => [a.text, a.fresh])).toEqual([[DRAFT, true]]);
    await vi.advanceTimersByTimeAsync(SLOW_MS);
    expect(h.state.slow).toBe(1);
  });

  it('an unchanged text and context is not checked twice; switching back comes from the cache', async () => {
    const h = harness(DRAFT, REPLY);
    await h.checks.now();
    await h.checks.now();
    expect(h.asked).toHaveLength(1);
    h.state.reading = NOTE;
    await h.checks.now();
    h.state.reading = REPLY;
    await h.checks.now();
    expect(h.asked).toHaveLength(2);
    expect(h.accepted.map((a) => [a.channel, a.fresh])).toEqual([
      ['email', true],
      ['ticket', true],
      ['email', false],
    ]);
    expect(rules(h.accepted.at(-1)!.result)).toContain('email-helpdesk/greeting');
  });

  it('typing waits for the pause; settings changes check again even when nothing else changed', async () => {
    const h = harness(DRAFT, REPLY);
    h.checks.soon();
    await vi.advanceTimersByTimeAsync(150);
    expect(h.asked).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(h.asked).toHaveLength(1);
    h.checks.invalidate();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.asked).toHaveLength(2);
  });

  it("only the newest check's answer is used, and none after the box is gone", async () => {
    const h = harness(DRAFT, REPLY);
    const first = h.checks.now();
    h.state.text = `${DRAFT} Thanks!`;
    const second = h.checks.now();
    await Promise.all([first, second]);
    expect(h.accepted.map((a) => a.text)).toEqual([`${DRAFT} Thanks!`]);
    h.state.text = 'Another draft entirely, checked after the box went away.';
    const late = h.checks.now();
    h.checks.stop();
    await late;
    expect(h.accepted).toHaveLength(1);
  });

  it('a look at the page re-checks only when the context changed, and never a draft still being typed', async () => {
    const h = harness(DRAFT, REPLY);
    await h.checks.now();
    h.checks.contextMaybeChanged(); // a click elsewhere that changed nothing
    await vi.advanceTimersByTimeAsync(0);
    expect(h.asked).toHaveLength(1);
    h.state.reading = NOTE;
    h.checks.contextMaybeChanged(); // the reply/note switch
    await vi.advanceTimersByTimeAsync(0);
    expect(h.asked.map((a) => a.channel)).toEqual(['email', 'ticket']);
    h.state.text = `${DRAFT} And`; // typing: the check waits for the pause, a look does not jump ahead of it
    h.checks.soon();
    h.state.reading = REPLY;
    h.checks.contextMaybeChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(h.asked.at(-1)).toEqual({ text: `${DRAFT} And`, channel: 'email' });
  });

  it('an empty box is clean at once, without asking the worker', async () => {
    const h = harness('   ', REPLY);
    await h.checks.now();
    expect(h.asked).toHaveLength(0);
    expect(h.accepted[0]!.result.score.total).toBe(100);
  });
});
