// Fingerprints of replies for the repetition rule: a 64-bit SimHash of the reply's word triples, after dropping what
// changes between copies of one canned reply (handles, links, numbers, sign-offs). Near-identical replies have
// fingerprints a few bits apart; the text cannot be recovered from one, so storing recent ones keeps no draft.
import { maskText } from './text.ts';

function normalise(text: string): string[] {
  return (
    maskText(text)
      .replace(/_+/g, ' ')
      .replace(/\s[\^*~\-–—]\s?[A-Z]{1,3}\s*$/u, ' ') // sign-off initials: ^JS, -KC
      .toLowerCase()
      .replace(/['’‘ʼ]/g, '')
      .match(/[\p{L}\p{N}]+/gu)
      ?.map((w) => (/\d/.test(w) ? '#' : w)) ?? []
  );
}

/** FNV-1a, 32-bit, with a seed so two calls give two independent halves of a 64-bit hash. */
function fnv(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 16 hex digits; '' for a text with no words. */
export function fingerprint(text: string): string {
  const words = normalise(text);
  if (words.length === 0) return '';
  const shingles =
    words.length < 3 ? [words.join(' ')] : words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
  const weights = new Array<number>(64).fill(0);
  for (const s of shingles) {
    const halves = [fnv(s, 0), fnv(s, 0x9e3779b9)];
    for (let bit = 0; bit < 64; bit++) weights[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let v = 0;
    for (let b = 3; b >= 0; b--) v = (v << 1) | (weights[nibble * 4 + b]! > 0 ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}

/** Number of differing bits between two fingerprints (64 when either is malformed). */
export function distance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64;
  let d = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}
