// substitution: words and phrases the brand replaces ("utilise" -> "use", "customer" -> "member"), keeping the
// case of what the agent typed (Utilise -> Use, at a sentence start too). `except` phrases keep a word where the
// words around it show another sense, in which the swap would change the meaning ("that's concerning" is not
// "that's about"; "revert to the old version" is not "reply"); `trailing` phrases right after a match are swapped
// with it ("we apologise for any inconvenience" + "this may have caused"), so no clause is left dangling. With
// `clause`, a preferred text that is a whole clause ("we're sorry this happened") is offered only where the match ends
// a clause (punctuation, "and"/"but", a name, a sign-off): "sorry for any frustration they're extra" would read
// "we're sorry this happened they're extra", so there the finding comes without a fix; so too before the agent's
// name closing the reply ("TY Jill").
import * as z from 'zod';
import { ruleBase } from '../base.ts';
import { defineKind, type Problem } from '../kind.ts';
import type { AnalysedText } from '../text.ts';
import type { Span, Suggestion } from '../types.ts';
import { compileExcept, compilePhrases, compileTrailing, findAll, phraseSource } from '../phrases.ts';
import { endsClause, replaceClause, templateSuggestions } from '../suggest.ts';
import { phraseListProblems } from './phrase.ts';

// The agent's name closing the reply right after the match ("... details. TY Jill"), or before the thread's count,
// which only a signature precedes ("... address, Ty, Andy 2/2"): spelled out, "Thank you Jill" would thank Jill, so
// the finding comes without a fix there. After a comma with nothing after it, a name is the customer's ("Sorry, Sam.").
const SIGNATURE_AFTER = /^(?:[ \t]+\p{Lu}\p{Ll}{1,20}|,?[ \t]+\p{Lu}\p{Ll}{1,20}[ \t]+\(?\d{1,2}\/\d{1,2}\)?)[\s.]*$/u;

// A second "that" clause later in the same sentence ("Please be advised that X, and that Y"): removing the first
// "... that" would leave "X, and that Y" dangling, so there the finding comes without a fix.
const PARALLEL_THAT = /^[^.!?\n]*?\s(?:and|or|but)\s+that\b/i;

/** A preferred text that ends in a word waiting for its object ("we're sorry about") continues into the reply. */
const OPEN_END = /\b(?:about|by|to|for|of|with|on|in|at|that)$/i;

export const substitutionKind = defineKind({
  schema: z
    .object({
      ...ruleBase,
      kind: z.literal('substitution'),
      swap: z
        .record(z.string().min(1), z.string(), { error: 'expected an object of "avoid": "prefer" pairs' })
        .refine((s) => Object.keys(s).length > 0, { error: 'expected at least one "avoid": "prefer" pair' }),
      /** Phrases around a swapped word that show another sense: a match one of them overlaps is not flagged. */
      except: z.array(z.string().min(1)).optional(),
      /** Phrases that may follow a match and belong with it: the swap replaces them too. */
      trailing: z.array(z.string().min(1)).optional(),
      /** Each preferred text is a whole clause: offer it only where the match ends a clause. */
      clause: z.boolean().optional(),
    })
    .strict(),
  exclusive: true,
  problems(rule) {
    const out: Problem[] = [];
    for (const avoid of Object.keys(rule.swap)) {
      const src = phraseSource(avoid);
      if (typeof src !== 'string') out.push({ path: `swap.${avoid}`, message: src.problem });
    }
    return [...out, ...phraseListProblems('except', rule.except), ...phraseListProblems('trailing', rule.trailing)];
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
    const spared = compileExcept(rule.except);
    const extend = compileTrailing(rule.trailing);
    return {
      triggers,
      check(doc, ctx) {
        let sentencesBefore = 0;
        return spared(doc.masked, findAll(regex, doc.masked)).map((found) => {
          const pair = anchored.find((p) => {
            p.re.lastIndex = found.start;
            const m = p.re.exec(doc.masked);
            return m !== null && m[0].length === found.end - found.start;
          });
          const span = extend(doc.masked, found);
          const prefer = pair?.prefer ?? '';
          const fits =
            (!rule.clause || OPEN_END.test(prefer) || endsClause(doc.masked, span.end)) &&
            !SIGNATURE_AFTER.test(doc.text.slice(span.end)) &&
            !(
              prefer === '' &&
              /\bthat$/i.test(doc.masked.slice(span.start, span.end)) &&
              PARALLEL_THAT.test(doc.masked.slice(span.end))
            );
          // The same stock sentence a second time ("We apologise for any inconvenience. We are sorry for the
          // inconvenience."): rewording it would still say it twice, so its first fix removes it.
          // So too a stock apology after the reply has already said sorry ("We're sorry to hear you're having
          // difficulties. We apologise for any inconvenience ..."): a second "We're sorry" would repeat it, so the
          // fix drops it: the sentence, or the apology before "and" ("... caused and appreciate your patience" ->
          // "We appreciate your patience").
          const saidSorry = APOLOGY_FIX.test(prefer) && SAID_SORRY.test(doc.masked.slice(0, span.start));
          const repeat =
            sentencesBefore > 0 || saidSorry
              ? (removeSentence(doc, span) ?? (saidSorry ? dropBeforeAnd(doc, span) : null))
              : null;
          if (wholeSentence(doc, span)) sentencesBefore++;
          return {
            ...span,
            vars: { prefer },
            suggestions: [
              ...(repeat ? [repeat] : []),
              ...(fits ? [replaceClause(doc.text, span, prefer)] : []),
              ...templateSuggestions(doc.text, span, rule.suggestions, ctx),
            ],
          };
        });
      },
    };
  },
});

const APOLOGY_FIX = /^we(?:'re| are) sorry\b/i;
const SAID_SORRY = /\b(?:sorry|apologi[sz]e|apologies)\b/i;

/** Dropping an apology that opens its sentence and goes on "and <verb>", keeping its subject, or null. */
function dropBeforeAnd(doc: AnalysedText, span: Span): Suggestion | null {
  if (!doc.sentences.some((sentence) => sentence.start === span.start)) return null;
  const and = /^[ \t]+and[ \t]+(?=\p{Ll})/u.exec(doc.text.slice(span.end));
  const subject = /^(?:we|i)\b/i.exec(doc.text.slice(span.start, span.end))?.[0];
  if (!and || !subject) return null;
  const replacement = `${subject === 'i' ? 'I' : subject[0]!.toUpperCase() + subject.slice(1).toLowerCase()} `;
  return { start: span.start, end: span.end + and[0].length, replacement, label: 'Remove the repeat' };
}

/** The span is a whole sentence: it starts one and only its stop follows. */
function wholeSentence(doc: AnalysedText, span: Span): boolean {
  return (
    doc.sentences.some((sentence) => sentence.start === span.start) &&
    /^[.!?…]+(?:\s|$)/u.test(doc.text.slice(span.end, span.end + 4))
  );
}

/** Removing the sentence `span` is, with its stop and the space after it (or before it, at the end), or null. */
function removeSentence(doc: AnalysedText, span: Span): Suggestion | null {
  if (!wholeSentence(doc, span)) return null;
  const stop = /^[.!?…]+/u.exec(doc.text.slice(span.end))![0].length;
  const after = /^[ \t]*/.exec(doc.text.slice(span.end + stop))![0].length;
  const rest = doc.text.slice(span.end + stop + after);
  if (rest && !rest.startsWith('\n'))
    return { start: span.start, end: span.end + stop + after, replacement: '', label: 'Remove the repeat' };
  // At the end of its line: the space before it goes instead.
  const before = /[ \t]*$/.exec(doc.text.slice(0, span.start))![0].length;
  return { start: span.start - before, end: span.end + stop + after, replacement: '', label: 'Remove the repeat' };
}
