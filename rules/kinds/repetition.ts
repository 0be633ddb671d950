// repetition: the reply is near-identical to one the agent sent recently (the same canned text pasted again). The
// caller passes fingerprints of recent replies in the context (rules/fingerprint.ts); no text is kept anywhere.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind } from '../kind.ts';
import { distance, fingerprint } from '../fingerprint.ts';
import { bodySpan, wordsIn } from '../text.ts';

export const repetitionKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('repetition'),
      /** Bits of 64 in which two fingerprints may differ and still count as the same reply. */
      maxDistance: z.number().int().min(0).max(24).default(12),
      /** Shorter replies ("Thanks!") are allowed to repeat. */
      minWords: z.number().int().positive().default(8),
    })
    .strict(),
  exclusive: false,
  compile(rule) {
    return {
      triggers: null,
      check(doc, ctx) {
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
