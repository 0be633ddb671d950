// A scenario as a lesson: both replies checked with the chosen rule sets in the scenario's context, each finding as
// the shared components show it (its "Why" example the scenario's own where a talking point gives one), and the
// findings that explain the difference in score. Pure: no DOM, no storage.
import { findingView, pointsOf, type FindingView } from '../../components/finding-view';
import { check } from '../../rules/engine';
import { mergeByRule } from '../../rules/merge';
import { fingerprint } from '../../rules/fingerprint';
import type { CheckResult, RuleSet } from '../../rules/schema';
import { scenarioContext, type Scenario, type TalkingPoint } from '../../utils/scenario';

export interface CheckedReply {
  text: string;
  result: CheckResult;
  views: FindingView[];
}

export interface Lesson {
  bad: CheckedReply;
  good: CheckedReply;
  /** good − bad. */
  difference: number;
  /** Findings of the bad reply whose rule the good reply does not break, with the points each costs: the gap. */
  explains: FindingView[];
}

/** The talking point about a rule ("setId/ruleId"), if any. */
export function pointFor(s: Scenario, ruleId: string): TalkingPoint | undefined {
  return s.talkingPoints.find((t) => t.rules.includes(ruleId));
}

/** Checks any reply to the scenario (the bad, the good, an agent's attempt). */
export function checkReply(s: Scenario, text: string, sets: readonly RuleSet[]): CheckedReply {
  const checked = check(text, sets, {
    ...scenarioContext(s),
    ...(s.sentBefore?.length ? { recentFingerprints: s.sentBefore.map(fingerprint) } : {}),
  });
  const result = { ...checked, findings: mergeByRule(text, checked.findings) }; // as the agent sees them
  const points = pointsOf(result.findings);
  const views = result.findings.map((f, i) => {
    const v = findingView(f, text, points[i]);
    const example = pointFor(s, v.ruleId)?.example;
    return example ? { ...v, goodExample: example } : v;
  });
  return { text, result, views };
}

export function lesson(s: Scenario, sets: readonly RuleSet[]): Lesson {
  const bad = checkReply(s, s.badReply, sets);
  const good = checkReply(s, s.goodReply, sets);
  const goodRules = new Set(good.views.map((v) => v.ruleId));
  return {
    bad,
    good,
    difference: good.result.score.total - bad.result.score.total,
    explains: bad.views.filter((v) => !goodRules.has(v.ruleId)),
  };
}
