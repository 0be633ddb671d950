// phrase: plain phrases a brand wants to avoid ("we apologise for any inconvenience", "(give us|gimme) a call").
// Syntax in phrases.ts. `unless` phrases anywhere in the reply silence the rule (a "DM us" that comes with an apology
// and a reason is not a bare "DM us"); `except` phrases spare only the matches they overlap ("sorry for the trouble
// with your e-mail" names the problem, "sorry for the trouble" does not), unless the match holds the whole except
// phrase and goes on past it ("as stated in our terms" is flagged though "as stated in our" is excepted); `trailing` phrases right after a match
// belong with it ("sorry for the trouble" + "you're having"), so its fix leaves no dangling clause. With
// `unlessCustomerUsed`, a match the customer's message uses too is theirs ("our SLA" in reply to "your SLA says 4 hours").
// With `unlessQuoted`, a match inside double quotation marks is someone's words quoted, not the agent's.
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import { compileExcept, compilePhrases, compileTrailing, compileUnless, findAll, phraseSource } from '../phrases.ts';
import { templateSuggestions } from '../suggest.ts';
import { QUOTED } from '../text.ts';

export const phraseKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('phrase'),
      phrases: z.array(z.string().min(1)).min(1, { error: 'list at least one phrase' }),
      unless: z.array(z.string().min(1)).optional(),
      /** Phrases around a match that show it is meant otherwise: a match one of them overlaps is not flagged. */
      except: z.array(z.string().min(1)).optional(),
      /** Phrases that may follow a match and belong with it: the match (and its fix) takes them in. */
      trailing: z.array(z.string().min(1)).optional(),
      /** A match the customer's own message uses too ("our SLA says 4 hours") is their word, not ours: not flagged. */
      unlessCustomerUsed: z.boolean().optional(),
      /** A match inside double quotation marks is someone's words quoted ("the agent told you “there's nothing we can
       * do”, and that was wrong"), not the agent's own: not flagged. */
      unlessQuoted: z.boolean().optional(),
    })
    .strict(),
  exclusive: true,
  problems: (rule) => [
    ...phraseListProblems('phrases', rule.phrases),
    ...phraseListProblems('unless', rule.unless),
    ...phraseListProblems('except', rule.except),
    ...phraseListProblems('trailing', rule.trailing),
  ],
  compile(rule) {
    const { regex, triggers } = compilePhrases(rule.phrases);
    const silenced = compileUnless(rule.unless);
    const spared = compileExcept(rule.except);
    const extend = compileTrailing(rule.trailing);
    return {
      triggers,
      check(doc, ctx) {
        if (silenced(doc.masked)) return [];
        const theirs = rule.unlessCustomerUsed ? customerWords(ctx.customerMessage) : null;
        const quotes = rule.unlessQuoted ? quotedSpans(doc.masked) : [];
        return spared(doc.masked, findAll(regex, doc.masked))
          .filter((found) => !theirs?.(doc.masked.slice(found.start, found.end)))
          .filter((found) => !quotes.some((q) => q.start <= found.start && found.end <= q.end))
          .map((found) => extend(doc.masked, found))
          .map((span) => ({
            ...span,
            suggestions: templateSuggestions(doc.text, span, rule.suggestions, ctx),
          }));
      },
    };
  },
});

function quotedSpans(text: string): { start: number; end: number }[] {
  if (!text.includes('"') && !text.includes('“')) return [];
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether the customer's message holds the words, as whole words, in any case. */
function customerWords(message: string | undefined): ((words: string) => boolean) | null {
  if (!message) return null;
  const said = ` ${message.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // Each distinct match is looked up once: a long reply repeats the same few terms. A plural is the same word ("SLAs").
  const known = new Map<string, boolean>();
  return (words) => {
    const key = words
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    let found = known.get(key);
    if (found === undefined) {
      const one = key.replace(/s$/, '');
      found = said.includes(` ${key} `) || said.includes(` ${one} `) || said.includes(` ${one}s `);
      known.set(key, found);
    }
    return found;
  };
}

/** Syntax problems of a phrase list, each at its path (shared by the kinds that take phrases). */
export function phraseListProblems(field: string, phrases: readonly string[] | undefined): Problem[] {
  const out: Problem[] = [];
  (phrases ?? []).forEach((p, i) => {
    const src = phraseSource(p);
    if (typeof src !== 'string') out.push({ path: `${field}[${i}]`, message: src.problem });
  });
  return out;
}
