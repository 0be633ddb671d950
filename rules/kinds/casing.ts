// casing: brand and product names written the brand's way (iPhone, PlayStation, WhatsApp, Wi-Fi).
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compilePhrases, findAll, phraseSource } from '../phrases.ts';

const sameApostrophes = (s: string): string => s.replace(/['’‘ʼ]/g, "'");
const squash = (s: string): string => sameApostrophes(s.toLowerCase().replace(/\s+/g, ' '));

export const casingKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('casing'),
      terms: z
        .array(z.string().min(1))
        .min(1, { error: 'list at least one term, written the way the brand writes it' }),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const out: Problem[] = [];
    rule.terms.forEach((t, i) => {
      if (/[()|*]/.test(t))
        out.push({ path: `terms[${i}]`, message: `a term is written exactly, without "(", "|" or "*": "${t}"` });
      else if (typeof phraseSource(t) !== 'string')
        out.push({ path: `terms[${i}]`, message: `cannot read the term "${t}"` });
    });
    return out;
  },
  compile(rule) {
    const { regex, triggers } = compilePhrases(rule.terms);
    const byLower = new Map(rule.terms.map((t) => [squash(t), t]));
    return {
      triggers,
      check(doc) {
        return findAll(regex, doc.masked).flatMap((span) => {
          const typed = doc.text.slice(span.start, span.end);
          const term = byLower.get(squash(typed));
          // Written the brand's way already, whichever apostrophe the keyboard typed (McDonald’s).
          if (term === undefined || sameApostrophes(typed) === sameApostrophes(term)) return [];
          // The term exactly as the brand writes it: no case matching here (iPhone stays iPhone at a sentence start).
          return [
            {
              ...span,
              vars: { term },
              suggestions: [{ start: span.start, end: span.end, replacement: term, label: `Write "${term}"` }],
            },
          ];
        });
      },
    };
  },
});
