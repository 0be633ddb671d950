// One finding per rule and reply: three emoji or five "!!" runs are one piece of advice, said once with a count.
// check() reports every occurrence (rule tests, examples and audits count them); what an agent reads merges them:
// the extension's worker, `tone-coach check` and the trainer call mergeByRule on check()'s findings. The score is
// the same either way (score.ts weighs a merged finding by its count).
import type { Finding, Suggestion } from './schema.ts';

/**
 * Merges the findings of one rule into its first (findings are sorted by start): `count` says how many, `spans`
 * where each is. When every occurrence has a fix and they lie on one line without overlapping, the merged finding's
 * fix is one replacement doing them all (one Apply, one undo step); otherwise it keeps the first occurrence's fixes.
 */
export function mergeByRule(text: string, findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleSet}/${f.rule}`;
    const list = byRule.get(key);
    if (list) list.push(f);
    else byRule.set(key, [f]);
  }
  if (byRule.size === findings.length) return [...findings]; // the common case: nothing to merge
  const out: Finding[] = [];
  for (const f of findings) {
    const all = byRule.get(`${f.ruleSet}/${f.rule}`)!;
    if (all.length === 1) out.push(f);
    else if (all[0] === f) {
      const combined = combine(text, all);
      out.push({
        ...f,
        count: all.length,
        spans: all.map(({ start, end }) => ({ start, end })),
        suggestions: combined ? [combined] : f.suggestions,
      });
    }
  }
  return out;
}

/** The first fix of every occurrence as one replacement of the text from the first to the last, or null. */
function combine(text: string, all: readonly Finding[]): Suggestion | null {
  const fixes = all.map((f) => f.suggestions[0]);
  if (fixes.some((s) => !s)) return null;
  const sorted = (fixes as Suggestion[]).slice().sort((a, b) => a.start - b.start);
  const start = sorted[0]!.start;
  const end = sorted[sorted.length - 1]!.end;
  // Across paragraphs, one replacement could lose a rich editor's formatting: the fixes go one at a time then.
  if (text.slice(start, end).includes('\n')) return null;
  let replacement = '';
  let at = start;
  for (const s of sorted) {
    if (s.start < at) return null; // two fixes overlap
    replacement += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return { replacement, start, end };
}
