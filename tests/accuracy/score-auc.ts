// Does the score judge the reply? Replies judged good or bad by hand (tests/accuracy/judgements/replies.jsonl, as
// { id, half, judgement: "good" | "bad", why }) are checked as an agent on X would check them (the social-care and
// plain-language sets, a public reply, the customer's message and the brand's recent replies in the context), and the
// script prints, per half, the AUC of the score: the chance that a reply judged good scores higher than one judged
// bad (a tie counts half; 0.5 is a coin toss, 1 is perfect). The design is studied on the tune half; the figure is
// the test half's. It also lists the replies in the top band (85 and over) that carry an error or a blame finding
// (there must be none) and, with --list, every judged reply with its score.
//   node tests/accuracy/score-auc.ts [--list]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../rules/engine.ts';
import { fingerprint } from '../../rules/fingerprint.ts';
import { builtinPack } from '../../rules/packs/index.ts';
import type { CheckResult } from '../../rules/schema.ts';
import { auditContext, loadReplies, type Reply } from '../bench/data-audit.ts';
import { repliesOf } from './split.ts';

export interface ReplyJudgement {
  id: string;
  half: 'tune' | 'test';
  judgement: 'good' | 'bad';
  why: string;
}

export const REPLIES_FILE = resolve(import.meta.dirname, 'judgements/replies.jsonl');

export function replyJudgements(): ReplyJudgement[] {
  return readFileSync(REPLIES_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReplyJudgement);
}

const SETS = ['social-care', 'plain-language'].map((id) => builtinPack(id)!);

/** Each reply of a half checked as the agent would have: with the brand's earlier replies' fingerprints. */
export function checkHalf(half: 'tune' | 'test', ids: ReadonlySet<string>, all?: Reply[]): Map<string, CheckResult> {
  const out = new Map<string, CheckResult>();
  const recent = new Map<string, string[]>();
  for (const r of repliesOf(half, all)) {
    const mine = recent.get(r.brand) ?? [];
    if (ids.has(r.id)) out.set(r.id, check(r.text, SETS, auditContext(SETS[0]!, r, mine)));
    recent.set(r.brand, [...mine, fingerprint(r.text)].slice(-20));
  }
  return out;
}

/** P(a good reply scores higher than a bad one), ties counted half. */
export function auc(good: readonly number[], bad: readonly number[]): number {
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return good.length && bad.length ? wins / (good.length * bad.length) : NaN;
}

if (import.meta.main) {
  const judged = replyJudgements();
  const all = loadReplies();
  const list = process.argv.includes('--list');
  for (const half of ['tune', 'test'] as const) {
    const mine = judged.filter((j) => j.half === half);
    if (mine.length === 0) continue;
    const results = checkHalf(half, new Set(mine.map((j) => j.id)), all);
    const scoreOf = (j: ReplyJudgement): number => results.get(j.id)!.score.total;
    const good = mine.filter((j) => j.judgement === 'good').map(scoreOf);
    const bad = mine.filter((j) => j.judgement === 'bad').map(scoreOf);
    const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
    console.log(
      `${half}: AUC ${auc(good, bad).toFixed(3)} (n = ${mine.length}: ${good.length} good, mean score ${mean(good)}; ${bad.length} bad, mean ${mean(bad)})`,
    );
    // The best any score computed from these findings could do: a reply with no finding can only score 100, so
    // put every bad reply with a finding lowest, then every good one with a finding, then those with none.
    const best = (j: ReplyJudgement): number =>
      results.get(j.id)!.findings.length === 0 ? 2 : j.judgement === 'good' ? 1 : 0;
    const silent = mine.filter((j) => j.judgement === 'bad' && best(j) === 2).length;
    console.log(
      `  ${silent} of ${bad.length} bad replies carry no finding; the best AUC any score of these findings could reach: ${auc(
        mine.filter((j) => j.judgement === 'good').map(best),
        mine.filter((j) => j.judgement === 'bad').map(best),
      ).toFixed(3)}`,
    );
    for (const j of mine) {
      const r = results.get(j.id)!;
      const severe = r.findings.filter((f) => f.severity === 'error' || f.category === 'blame');
      if (r.score.total >= 85 && severe.length) console.log(`  top band with ${severe[0]!.rule}: ${j.id}`);
      if (list)
        console.log(
          `  ${j.judgement.padEnd(4)} ${String(r.score.total).padStart(3)} ${j.id} ${r.findings.map((f) => `${f.rule}:${f.severity[0]}`).join(' ')}`,
        );
    }
  }
}
