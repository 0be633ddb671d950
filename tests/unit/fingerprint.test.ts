// Fingerprints of recent replies: what the repetition rule keeps instead of the text. Two copies of one canned reply
// get the same fingerprint whatever changes between pastes (handle, numbers, links, sign-off, case, punctuation);
// different replies get distant ones; and nothing of the text can be read back from a fingerprint.
import { describe, expect, it } from 'vitest';
import { distance, fingerprint } from '../../rules/fingerprint.ts';

const canned =
  'Please send us a private message so that we can further assist you. Just click Message at the top of your profile.';

describe('fingerprint', () => {
  it('is 16 hex digits, the same every time, and empty for a text with no words', () => {
    expect(fingerprint(canned)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(canned)).toBe(fingerprint(canned));
    for (const t of ['', '   ', '🙂🙂', '@alice @bob', 'https://t.co/abc']) expect(fingerprint(t), t).toBe('');
  });

  it('is the same for copies that differ only in handle, numbers, links, sign-off, case, punctuation or apostrophes', () => {
    const a = 'Your order 12345 ships Monday; we’ll send the tracking link https://t.co/Ab12 soon. ^JS';
    const b = "@maria YOUR ORDER 98765 SHIPS MONDAY!! We'll send the tracking link https://t.co/Zz99 soon -KM";
    expect(fingerprint(b)).toBe(fingerprint(a));
  });

  it('keeps near copies close and different replies far apart', () => {
    const near = canned.replace('further assist', 'assist');
    const other = 'We have refunded the charge and it will show on your statement within three working days.';
    expect(distance(fingerprint(canned), fingerprint(near))).toBeLessThan(
      distance(fingerprint(canned), fingerprint(other)),
    );
    expect(distance(fingerprint(canned), fingerprint(other))).toBeGreaterThan(6); // the repetition rule's default
  });

  it('holds none of the words of the text', () => {
    const f = fingerprint(canned);
    for (const word of canned.toLowerCase().match(/[a-z]{3,}/g) ?? []) expect(f.includes(word), word).toBe(false);
    // Short texts are hashed too, not kept.
    expect(fingerprint('ok thanks')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('distance', () => {
  it('counts differing bits: 0 for the same, symmetric, at most 64', () => {
    expect(distance('0000000000000000', '0000000000000000')).toBe(0);
    expect(distance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(distance('0000000000000001', '0000000000000003')).toBe(1);
    expect(distance('00000000000000f0', '000000000000000f')).toBe(8);
    const [a, b] = [fingerprint(canned), fingerprint('Something else entirely, with other words in it.')];
    expect(distance(a, b)).toBe(distance(b, a));
  });

  it('treats a malformed fingerprint as nothing alike (64)', () => {
    for (const bad of ['', 'zzzzzzzzzzzzzzzz', '0123', '0123456789ABCDEF', '0123456789abcdef0']) {
      expect(distance(bad, '0123456789abcdef'), bad).toBe(64);
    }
  });
});
