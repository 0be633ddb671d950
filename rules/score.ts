// The reply's score: a judgement of the reply, not a count of matched phrases (docs/scoring.md). A leaf like
// types.ts: the page's overlay imports it to say what fixing a finding adds, without the engine.
//   - Each finding costs its severity's points: an error 45 (one alone leaves 55, "Needs work"), a warning 12, a
//     suggestion 4.
//   - Blame and dismissal are never "Good": a finding in the blame category costs at least 16 (one alone leaves 84,
//     below the top band of 85).
//   - One rule is one problem, however often it fires: its second and later occurrences cost half of its first, and
//     the rule at most twice its first (five exclamation marks are not five problems).
//   - Suggestions are polish: together they cost at most 12, so a reply with nothing but suggestions stays "Good".
// The points of the findings add up to what the reply lost: 100 - total (before rounding), in total and per category.
import { CATEGORIES, PENALTY, type Category, type Severity } from './types.ts';

export { PENALTY };
/** The least a blame finding costs: one alone keeps the reply out of the top band. */
export const BLAME_POINTS = 16;
/** The most all suggestions together cost. */
export const SUGGESTIONS_MAX = 12;
/** The lowest score of the top band ("Good"); the UI's bands are in components/ScoreBreakdown.tsx. */
export const TOP_BAND = 85;

/** What scoring needs of a finding (a merged finding stands for `count` occurrences of its rule). */
export interface Scored {
  ruleSet: string;
  rule: string;
  severity: Severity;
  category: Category;
  count?: number;
}

/** What a rule's first n occurrences cost together. */
function ruleCost(first: number, n: number): number {
  return n === 0 ? 0 : Math.min(2 * first, first + ((n - 1) * first) / 2);
}

/** Points each finding costs, in order: what fixing it (all its occurrences) would add back, given the others. */
export function findingPoints(findings: readonly Scored[]): number[] {
  const seen = new Map<string, number>();
  let polish = 0;
  return findings.map((f) => {
    const blame = f.category === 'blame';
    const first = blame ? Math.max(BLAME_POINTS, PENALTY[f.severity]) : PENALTY[f.severity];
    const key = `${f.ruleSet}/${f.rule}`;
    const before = seen.get(key) ?? 0;
    const after = before + Math.max(1, f.count ?? 1);
    seen.set(key, after);
    let p = ruleCost(first, after) - ruleCost(first, before);
    if (f.severity === 'suggestion' && !blame) {
      p = Math.min(p, SUGGESTIONS_MAX - polish);
      polish += p;
    }
    return p;
  });
}

export interface ScoreShape {
  /** 0-100, 100 = nothing to improve. */
  total: number;
  /** For each category, 100 less what its findings cost (0-100). */
  byCategory: Record<Category, number>;
}

export function score(findings: readonly Scored[]): ScoreShape {
  const lost = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const points = findingPoints(findings);
  let total = 0;
  findings.forEach((f, i) => {
    lost[f.category] += points[i]!;
    total += points[i]!;
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, Math.max(0, Math.round(100 - lost[c]))])) as Record<
    Category,
    number
  >;
  return { total: Math.max(0, Math.round(100 - total)), byCategory };
}
