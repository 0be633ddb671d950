// What makes an applied fix read badly, as checks a test can run over many replies (tests/unit/fix-quality.test.ts):
// each compares the reply before and after the first suggestion of a finding is applied, so only what the fix
// brought in counts (a typo the agent made is not the fix's fault).
import type { ContextInput } from '../../rules/base.ts';
import { check } from '../../rules/engine.ts';
import { applySuggestion } from '../../rules/examples.ts';
import type { Finding, RuleSet, Suggestion } from '../../rules/schema.ts';
import { maskText } from '../../rules/text.ts';

export const FAILURE_KINDS = [
  'repeated word',
  'repeated subject',
  'lower-case sentence start',
  'insertion before a greeting or @handle',
  'empty quote in the message',
  'fires again on the fix',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

interface FixFailure {
  kind: FailureKind;
  rule: string;
  before: string;
  after: string;
}

const norm = (s: string): string => s.replace(/[’‘ʼ]/g, "'").toLowerCase();
const count = (re: RegExp, s: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of s.matchAll(re)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
};
/** Something `after` has more of than `before` (by the matched text): what the fix brought in. */
function added(re: RegExp, before: string, after: string): string | null {
  const was = count(re, before);
  for (const [k, n] of count(re, after)) if (n > (was.get(k) ?? 0)) return k;
  return null;
}

// "the the", "we we": a word, whitespace, the same word.
const REPEATED_WORD = /(?<![\p{L}\p{N}'])(\p{L}[\p{L}']*)\s+\1(?![\p{L}\p{N}'])/gu;
// "I'm we're sorry", "we're so we're": a subject, perhaps adverbs, another subject.
const SUBJECT = "(?:i|we|i'm|i am|we're|we are|i've|we've|i'll|we'll|i'd|we'd)";
const REPEATED_SUBJECT = new RegExp(
  `(?<![\\p{L}'])${SUBJECT}\\s+(?:(?:so|very|really|truly|sincerely|deeply|terribly|extremely|also|just)\\s+)*${SUBJECT}(?![\\p{L}'])`,
  'gu',
);
// The first word of each sentence when it is in small letters (in the masked text, where links and handles are "_";
// a brand such as "iPhone" or "eBay" keeps its small first letter).
const LOWER_START = /(?:^|[.!?…]+["'”’)\]]*\s+|\n\s*)["'“‘(]*(\p{Ll}+(?:'\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
// X's leading @handles, as rules/text.ts reads them.
const LEAD = /^(?:\s*\.?@[\p{L}\p{N}_]+[:,]?)*\s*/u;
const GREETING =
  /^(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day))(?![\p{L}\p{N}])/iu;
const GREETING_BEFORE =
  /(?<![\p{L}\p{N}])(?:hi|hello|hey|hiya|howdy|dear|good\s+(?:morning|afternoon|evening|day))\s*$/iu;

function lowerStarts(text: string): Map<string, number> {
  const masked = maskText(text);
  const body = masked.slice(LEAD.exec(masked)![0].length);
  const out = new Map<string, number>();
  for (const m of body.matchAll(LOWER_START)) {
    // "e.g. this", "a.m. tomorrow", "3 p.m. today": an abbreviation's full stop ends no sentence.
    const before = body.slice(0, m.index + m[0].length - m[1]!.length);
    if (/(?:\b\p{L}\.){2,}\s*$|\b(?:etc|approx|incl|vs|no|st|mr|mrs|ms|dr)\.\s*$/iu.test(before)) continue;
    out.set(m[1]!, (out.get(m[1]!) ?? 0) + 1);
  }
  return out;
}

/** Where a suggestion inserts text, or null when it replaces words ("Hi, y" for "Y" is an insertion before "Y"). */
function insertionPoint(text: string, s: Suggestion): number | null {
  const replaced = text.slice(s.start, s.end);
  if (s.replacement.length <= replaced.length) return null;
  return s.replacement.toLowerCase().endsWith(replaced.toLowerCase()) ? s.start : null;
}

/** The ways applying `s` (the first suggestion of `f`) to `text` reads badly; `recheck` runs the rule's set again. */
export function fixProblems(
  text: string,
  f: Finding,
  s: Suggestion,
  recheck: (fixed: string) => Finding[],
): FailureKind[] {
  const out: FailureKind[] = [];
  const after = applySuggestion(text, s);
  if (added(REPEATED_WORD, norm(text), norm(after))) out.push('repeated word');
  if (added(REPEATED_SUBJECT, norm(text), norm(after))) out.push('repeated subject');
  const was = lowerStarts(text);
  for (const [w, n] of lowerStarts(after))
    if (n > (was.get(w) ?? 0)) {
      out.push('lower-case sentence start');
      break;
    }
  const at = insertionPoint(text, s);
  if (at !== null) {
    const rest = text.slice(at);
    const lead = LEAD.exec(text)![0].length;
    if (
      (at < lead && /^\s*\.?@/.test(rest)) ||
      GREETING.test(rest.trimStart()) ||
      (GREETING_BEFORE.test(text.slice(0, at)) && /^\s*\p{Lu}/u.test(rest))
    )
      out.push('insertion before a greeting or @handle');
  }
  const end = s.start + s.replacement.length;
  const again = recheck(after).filter(
    (g) =>
      g.rule === f.rule &&
      (g.start < end && g.end > s.start ? true : g.start <= s.start && g.end >= end && g.end > g.start),
  );
  if (again.length > 0) out.push('fires again on the fix');
  return out;
}

/** An empty quotation in a message: `Say it plainly: "".` */
export const hasEmptyQuote = (message: string): boolean => /""|“”|‘’|" "|“ ”/.test(message);

/**
 * Applies the first suggestion of every finding of every set to `text` (each on its own), checking each result.
 * `contextOf` gives the context a set is checked in; sets with the same context are checked together.
 */
export function fixFailuresOf(
  text: string,
  sets: readonly RuleSet[],
  contextOf: (set: RuleSet) => ContextInput,
): { applied: number; failures: FixFailure[] } {
  const failures: FixFailure[] = [];
  let applied = 0;
  const groups = new Map<string, { ctx: ContextInput; sets: RuleSet[] }>();
  for (const set of sets) {
    const ctx = contextOf(set);
    const key = JSON.stringify(ctx);
    const group = groups.get(key) ?? { ctx, sets: [] };
    group.sets.push(set);
    groups.set(key, group);
  }
  for (const { ctx, sets: together } of groups.values()) {
    for (const f of check(text, together, ctx).findings) {
      const rule = `${f.ruleSet}/${f.rule}`;
      if (hasEmptyQuote(f.message))
        failures.push({ kind: 'empty quote in the message', rule, before: text, after: '' });
      const s = f.suggestions[0];
      if (!s) continue;
      applied++;
      const own = together.filter((set) => set.id === f.ruleSet);
      const after = applySuggestion(text, s);
      for (const kind of fixProblems(text, f, s, (fixed) => check(fixed, own, ctx).findings))
        failures.push({ kind, rule, before: text, after });
    }
  }
  return { applied, failures };
}
