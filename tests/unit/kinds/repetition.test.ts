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

describe('repetition within the reply: a run of words pasted twice', () => {
  const twice = rule('repetition', { in: 'reply', run: 5 });

  it('flags the second copy of a run of five words or more, however long the run', () => {
    const text =
      "As you've been delayed by over an hour you can claim compensation here: If delayed by an hour you can claim compensation here: https://example.com/c";
    expect(spans(findingsOf(text, twice))).toEqual([[text.lastIndexOf('an hour you'), text.lastIndexOf(' here') + 5]]);
  });

  it('leaves short repeats, numbers, overlapping repeats and parallel sentences alone', () => {
    for (const text of [
      'We deliver until 7:00 p.m. During the holidays our drivers deliver until 8:00 p.m. or later.',
      'The ticket is a First Class Anytime single; the other is a First Class Off Peak return.',
      'Ha ha ha ha ha ha ha ha, love it!',
      'Sorry for the wait. We are sorry the parcel is late.',
      'Your order 123 4567 890 ships; order 123 4567 890 arrives Monday.',
    ])
      expect(findingsOf(text, twice), text).toEqual([]);
  });

  it('is not judged against recent replies, and refuses a run under 3 words', () => {
    const text = 'Please send us your order number. Please send us your order number now.';
    expect(findingsOf(text, twice, recent('something else entirely, nothing alike at all here'))).toHaveLength(1);
    expect(findingsOf(text, repeated)).toEqual([]);
    expect(problemsOf(rule('repetition', { in: 'reply', run: 2 }))[0]).toMatch(/^rules\[0\]\.run: /);
  });

  it('reads a 5,000-character reply quickly', () => {
    const long = longReply(5000);
    const t = performance.now();
    findingsOf(long, twice);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
