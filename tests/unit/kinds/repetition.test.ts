// repetition: the same canned reply pasted under complaint after complaint. The engine gets fingerprints of the
// agent's recent replies (never their text) and flags a reply that matches one, whatever changed between copies
// that a reader would not count as a change: the handle, the order number, the sign-off, capitals, punctuation.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/fingerprint.ts';
import { findingsOf, longReply, problemsOf, rule, spans } from '../rule-helpers.ts';

const canned =
  'Please send us a private message so that we can further assist you. Just click Message at the top of your profile.';
const repeated = rule('repetition', { message: 'Sent {count} time(s) recently.' });
const recent = (...texts: string[]) => ({ recentFingerprints: texts.map(fingerprint) });

describe('repetition: what it flags', () => {
  it('flags a reply the agent sent recently, over the whole reply, with how often in the message', () => {
    const found = findingsOf(canned, repeated, recent(canned));
    expect(spans(found)).toEqual([[0, canned.length]]);
    expect(found[0]!.message).toBe('Sent 1 time(s) recently.');
    expect(found[0]!.suggestions).toEqual([]);
  });

  it('counts each recent reply it matches', () => {
    expect(
      findingsOf(
        canned,
        repeated,
        recent(canned, 'Thanks, we will look into it and get back to you today with an update.', canned),
      )[0]!.message,
    ).toBe('Sent 2 time(s) recently.');
  });

  it('sees through a new handle, order number, sign-off, capitals, punctuation and apostrophes', () => {
    const sent = 'Your order 12345 ships on Monday and we’ll send the tracking link as soon as it leaves. ^JS';
    const now = "@maria_k YOUR ORDER 67890 SHIPS ON MONDAY, AND WE'LL SEND THE TRACKING LINK AS SOON AS IT LEAVES! ^KM";
    const found = findingsOf(now, repeated, recent(sent));
    expect(spans(found)).toEqual([[9, now.length]]); // the reply's own words, after the handle
  });

  it('leaves a different reply, short replies and replies with no history alone', () => {
    expect(
      findingsOf(
        'We have refunded the charge; it will show on your statement within three working days.',
        repeated,
        recent(canned),
      ),
    ).toEqual([]);
    expect(findingsOf('Thanks so much!', repeated, recent('Thanks so much!'))).toEqual([]); // under 8 words
    expect(findingsOf('Thanks so much!', { ...repeated, minWords: 2 }, recent('Thanks so much!'))).toHaveLength(1);
    expect(findingsOf(canned, repeated)).toEqual([]);
    expect(findingsOf(canned, repeated, { recentFingerprints: [] })).toEqual([]);
  });

  it('ignores malformed fingerprints instead of failing', () => {
    expect(
      findingsOf(canned, repeated, {
        recentFingerprints: ['', 'zzz', 'not a fingerprint at all', '0123456789abcdefg'],
      }),
    ).toEqual([]);
  });

  it('finds nothing in an empty text or only emoji, and recognises a 5,000-character reply', () => {
    expect(findingsOf('', repeated, recent(''))).toEqual([]);
    expect(findingsOf('🙏🙏🙏', repeated, recent('🙏🙏🙏'))).toEqual([]);
    const long = longReply(5000);
    expect(findingsOf(long, repeated, recent(long))).toHaveLength(1);
  });
});

describe('repetition: problems, in plain words', () => {
  it('refuses distances outside 0-16 and a zero word minimum, by path', () => {
    expect(problemsOf(rule('repetition', { maxDistance: 25 }))[0]).toMatch(/^rules\[0\]\.maxDistance: /);
    expect(problemsOf(rule('repetition', { maxDistance: 1.5 }))[0]).toMatch(/^rules\[0\]\.maxDistance: /);
    expect(problemsOf(rule('repetition', { minWords: 0 }))[0]).toMatch(/^rules\[0\]\.minWords: /);
    expect(problemsOf(rule('repetition', { maxDistance: 0, minWords: 3 }))).toEqual([]);
  });
});
