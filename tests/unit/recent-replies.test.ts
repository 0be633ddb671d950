// The agent's recent replies are kept as fingerprints only, for a week, at most 50: what the repetition rule sees.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  RECENT_LIMIT,
  recentFingerprints,
  recentRepliesItem,
  rememberSent,
} from '../../entrypoints/background/recent-replies';
import { check } from '../../rules/engine';
import { fingerprint } from '../../rules/fingerprint';
import { BUILTIN_PACKS } from '../../rules/packs';

const REPLY =
  'Please send us a Private Message so that we can further assist you. Just click Message at the top of your profile.';

describe('recent replies', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the fingerprint of a sent reply and never its text', async () => {
    await rememberSent(REPLY);
    expect(await recentFingerprints()).toEqual([fingerprint(REPLY)]);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('Private Message');
    expect(stored).not.toContain('profile');
  });

  it('forgets replies older than a week and keeps the latest 50', async () => {
    const day = 86_400_000;
    await rememberSent('An old reply about a parcel that went missing last month in Leeds.', 0);
    expect(await recentFingerprints(8 * day)).toEqual([]);
    for (let i = 0; i < RECENT_LIMIT + 5; i++)
      await rememberSent(`Reply number ${'x'.repeat(i + 1)} about your order, sorry for the wait.`, 10 * day);
    expect((await recentRepliesItem.getValue()).length).toBe(RECENT_LIMIT);
  });

  it('feeds the repetition rule: the same canned reply again, to an upset customer, is flagged; a personal one is not', async () => {
    await rememberSent(`@115712 ${REPLY} ^KC`);
    const recent = await recentFingerprints();
    const upset = 'Still no signal at home after three days. This is ridiculous.';
    const rulesOf = (text: string, customerMessage: string): string[] =>
      check(text, BUILTIN_PACKS, { recentFingerprints: recent, customerMessage }).findings.map((f) => f.rule);
    expect(rulesOf(`@99 ${REPLY}`, upset)).toContain('repeated-reply');
    expect(
      rulesOf('Sorry about the outage in Leeds, Sam: engineers expect it back by 6pm today.', upset),
    ).not.toContain('repeated-reply');
    // The same handoff to a calm question is a routine step, not a paste under a complaint.
    expect(rulesOf(`@99 ${REPLY}`, 'Hi, can you help me change the address on my account?')).not.toContain(
      'repeated-reply',
    );
  });

  it('ignores a text with no words', async () => {
    await rememberSent('🙂🙂 !!');
    expect(await recentFingerprints()).toEqual([]);
  });
});
