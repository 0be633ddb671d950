// repetition: the reply is near-identical to one the agent sent recently (the same canned text pasted again). The
// caller passes fingerprints of recent replies in the context (rules/fingerprint.ts); no text is kept anywhere.
// With `in: "reply"`, the reply repeats itself: a run of `run` words or more comes twice in it (a sentence pasted twice,
// "you can claim here: If delayed you can claim here:"), which a care lead reads as a garbled reply.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind } from '../kind.ts';
import { distance, fingerprint } from '../fingerprint.ts';
import { bodySpan, wordsIn, type Span } from '../text.ts';

export const repetitionKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('repetition'),
      /** Bits of 64 in which two fingerprints may differ and still count as the same reply. */
      maxDistance: z.number().int().min(0).max(24).default(12),
      /** Shorter replies ("Thanks!") are allowed to repeat. */
      minWords: z.number().int().positive().default(8),
      /** `recent`: the agent's recent replies (default); `reply`: a run of the reply's own words, twice. */
      in: z.enum(['recent', 'reply']).default('recent'),
      /** With `in: "reply"`: how many words in a row make a repeat (numbers are not words here: "8:00 p.m." twice is fine). */
      run: z.number().int().min(3).max(20).default(5),
    })
    .strict(),
  exclusive: false,
  compile(rule) {
    return {
      triggers: null,
      check(doc, ctx) {
        if (rule.in === 'reply') {
          const again = repeatedRun(doc.masked, rule.run);
          return again ? [again] : [];
        }
        if (ctx.recentFingerprints.length === 0) return [];
        const body = bodySpan(doc);
        if (wordsIn(doc.masked, body).length < rule.minWords) return [];
        const mine = fingerprint(doc.text);
        const times = ctx.recentFingerprints.filter((f) => distance(mine, f) <= rule.maxDistance).length;
        return times > 0 ? [{ ...body, vars: { count: times } }] : [];
      },
    };
  },
});

/** A run this long is a pasted sentence wherever it comes again. */
const LONG_RUN = 8;
/** A shorter run in another sentence counts as a repeat only this many words or fewer after the first one ends. */
const NEAR_WORDS = 3;

/** Words looked at for a repeat: a reply is far shorter; a pasted document is not re-read in full on each keystroke. */
const MAX_WORDS = 3000;

/** The second occurrence of the first run of `run` words (or more) that the text already holds, or null. */
export function repeatedRun(masked: string, run: number): Span | null {
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of masked.matchAll(/[\p{L}\p{N}]+(?:['’‘ʼ]\p{L}+)*/gu)) {
    if (words.length >= MAX_WORDS) break;
    // A number breaks a run: times and prices repeat in good replies ("7:00 p.m. ... 8:00 p.m.").
    words.push({
      w: /\p{N}/u.test(m[0]) ? `#${m.index}` : m[0].toLowerCase().replace(/['’‘ʼ]/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const first = new Map<string, number>();
  for (let i = 0; i + run <= words.length; i++) {
    const key = words
      .slice(i, i + run)
      .map((x) => x.w)
      .join(' ');
    const j = first.get(key);
    if (j === undefined) {
      first.set(key, i);
      continue;
    }
    if (i < j + run) continue; // overlapping ("ha ha ha ha ha ha")
    let n = run;
    while (i + n < words.length && j + n < i && words[i + n]!.w === words[j + n]!.w) n++;
    // A short phrase said again in another sentence is said on purpose ("a reset link to the email on the account.
    // ... Does the email on the account still work?"); a paste or a half-edit repeats in the same sentence or right
    // after the first, or repeats a whole sentence.
    const between = masked.slice(words[j + n - 1]!.end, words[i]!.start);
    if (n < LONG_RUN && i - (j + n) > NEAR_WORDS && /[.!?](?:\s|$)|\n/.test(between)) continue;
    return { start: words[i]!.start, end: words[i + n - 1]!.end };
  }
  return null;
}
