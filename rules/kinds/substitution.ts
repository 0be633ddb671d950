// substitution: words and phrases the brand replaces ("utilise" -> "use", "customer" -> "member"), keeping the
// case of what the agent typed (Utilise -> Use, at a sentence start too).
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compilePhrases, findAll, phraseSource } from '../phrases.ts';
import { replaceSpan, templateSuggestions } from '../suggest.ts';

export const substitutionKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('substitution'),
      swap: z
        .record(z.string().min(1), z.string(), { error: 'expected an object of "avoid": "prefer" pairs' })
        .refine((s) => Object.keys(s).length > 0, { error: 'expected at least one "avoid": "prefer" pair' }),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const out: Problem[] = [];
    for (const avoid of Object.keys(rule.swap)) {
      const src = phraseSource(avoid);
      if (typeof src !== 'string') out.push({ path: `swap.${avoid}`, message: src.problem });
    }
    return out;
  },
  compile(rule) {
    const pairs = Object.entries(rule.swap);
    const { regex, triggers } = compilePhrases(pairs.map(([avoid]) => avoid));
    // To learn which pair a match belongs to: each avoid phrase anchored (sticky) at the match, longest first.
    const anchored = pairs
      .map(([avoid, prefer]) => ({
        re: new RegExp(phraseSource(avoid) as string, 'iuy'),
        prefer,
        length: avoid.length,
      }))
      .sort((a, b) => b.length - a.length);
    return {
      triggers,
      check(doc, ctx) {
        return findAll(regex, doc.masked).map((span) => {
          const pair = anchored.find((p) => {
            p.re.lastIndex = span.start;
            const m = p.re.exec(doc.masked);
            return m !== null && m[0].length === span.end - span.start;
          });
          const prefer = pair?.prefer ?? '';
          return {
            ...span,
            vars: { prefer },
            suggestions: [
              replaceSpan(doc.text, span, prefer),
              ...templateSuggestions(doc.text, span, rule.suggestions, ctx),
            ],
          };
        });
      },
    };
  },
});
