// The hand judgements behind docs/accuracy.md stay usable: every line names a reply of the TEST half and a hit of a
// rule that exists, with a valid verdict and a reason, so the next person can re-judge it; the mood labels cover
// both halves. (A rule change can make a judged hit disappear: report.ts counts such judgements apart, and a
// figure is only ever computed from hits the rules still make.) The split partitions the shared data's brands.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, loadReplies } from '../bench/data-audit.ts';
import { fixSamples, judgements, moodLabels, otherMoodLabels } from '../accuracy/report.ts';
import { replyJudgements } from '../accuracy/score-auc.ts';
import { loadSplit, repliesOf } from '../accuracy/split.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';

const haveData = existsSync(DATA);

describe.runIf(haveData)('accuracy files (needs ../shared/data/)', () => {
  it('the split partitions the brands of the shared replies into two halves of similar size', () => {
    const split = loadSplit();
    const brands = new Set(loadReplies().map((r) => r.brand));
    expect(new Set([...split.tune, ...split.test])).toEqual(brands);
    expect(split.tune.filter((b) => split.test.includes(b))).toEqual([]);
    const size = (half: string[]): number => loadReplies().filter((r) => half.includes(r.brand)).length;
    expect(Math.abs(size(split.tune) - size(split.test))).toBeLessThan(300);
  });

  it('every judgement is of a test-half reply and a rule that exists, with a verdict, a fix verdict and a reason', () => {
    const testIds = new Set(repliesOf('test').map((r) => r.id));
    const rules = new Set(BUILTIN_PACKS.flatMap((set) => set.rules.map((r) => `${set.id}/${r.id}`)));
    const judged = judgements();
    expect(judged.size).toBeGreaterThan(10);
    for (const [rule, list] of judged) {
      expect(rules.has(rule), rule).toBe(true);
      for (const j of list) {
        expect(testIds.has(j.id), `${rule} ${j.id} is not a test-half reply`).toBe(true);
        expect(['right', 'wrong']).toContain(j.verdict);
        expect(['reads well', 'broken', 'none']).toContain(j.fix);
        expect(j.why.length, `${rule} ${j.id}: why`).toBeGreaterThan(5);
      }
      expect(new Set(list.map((j) => `${j.id}@${j.start}`)).size, `${rule}: a hit judged twice`).toBe(list.length);
    }
  });

  it('the fixed replies read by hand come in samples of 100 test-half fixes, each with a verdict and a reason', () => {
    const testIds = new Set(repliesOf('test').map((r) => r.id));
    const samples = fixSamples();
    expect(samples.size).toBeGreaterThan(0);
    for (const [sample, read] of samples) {
      expect(sample, 'a sample names its date and seed').toMatch(/^\d{4}-\d{2}-\d{2} seed \d+$/);
      expect(read, sample).toHaveLength(100);
      expect(new Set(read.map((f) => `${f.rule}|${f.id}@${f.start}`)).size, `${sample}: a fix read twice`).toBe(100);
      for (const f of read) {
        expect(testIds.has(f.id), f.id).toBe(true);
        expect(['reads well', 'broken']).toContain(f.fix);
        expect(f.why.length).toBeGreaterThan(5);
      }
    }
    // A seed is drawn once: a sample read again after a change would not be fresh.
    const seeds = [...samples.keys()].map((s) => s.split(' seed ')[1]);
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it('the replies judged good or bad for the score are shared replies of the half they name, once each', () => {
    const half = new Map([
      ...repliesOf('tune').map((r) => [r.id, 'tune'] as const),
      ...repliesOf('test').map((r) => [r.id, 'test'] as const),
    ]);
    const judged = replyJudgements();
    for (const j of judged) {
      expect(half.get(j.id), j.id).toBe(j.half);
      expect(['good', 'bad']).toContain(j.judgement);
      expect(j.why.length, j.id).toBeGreaterThan(5);
    }
    expect(new Set(judged.map((j) => j.id)).size).toBe(judged.length);
    expect(judged.filter((j) => j.half === 'test').length).toBeGreaterThanOrEqual(100);
  });

  it('the mood labels are of customer messages in the data, once each, at least 100 per half', () => {
    const ids = new Map(
      loadReplies()
        .filter((r) => r.inbound_text)
        .map((r) => [r.id, r.brand]),
    );
    const split = loadSplit();
    const labels = moodLabels();
    for (const l of labels) {
      expect(ids.has(l.id), l.id).toBe(true);
      expect(['tune', 'test']).toContain(l.half);
      expect(split[l.half as 'tune' | 'test']).toContain(ids.get(l.id));
      expect(['upset', 'neutral', 'happy']).toContain(l.mood);
    }
    expect(labels.filter((l) => l.half === 'test').length).toBeGreaterThanOrEqual(100);
    expect(labels.filter((l) => l.half === 'tune').length).toBeGreaterThanOrEqual(100);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });

  // The other source's text is not in the repository; its labels are checked for form, and against the split: an id
  // that is a shared reply's would mean a label was filed in the wrong file.
  it('the other source mood labels are well-formed, once each, and none is a shared-data message', () => {
    const labels = otherMoodLabels();
    const shared = new Set(loadReplies().map((r) => r.id));
    for (const l of labels) {
      expect(l.half).toBe('other');
      // Airline tweet ids (18 digits), or TWCS ids marked as such (a TWCS id alone could be a shared reply's).
      expect(l.id, l.id).toMatch(/^(?:\d{15,20}|twcs-\d+)$/);
      expect(shared.has(l.id)).toBe(false);
      expect(['upset', 'neutral', 'happy']).toContain(l.mood);
      expect(l.why.length, l.id).toBeGreaterThan(5);
    }
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });
});

// The trials (docs/accuracy.md, 2026-11-27 evening) need no shared data: every judged line is a finding of the file
// it was judged on, with a verdict, a fix verdict that matches whether there was a fix, and a reason; every pair has
// the writer's verdict.
describe('trials written blind (tests/accuracy/trials/)', () => {
  const root = join(import.meta.dirname, '../accuracy/trials');
  const read = (file: string): Record<string, unknown>[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const trials = readdirSync(root);

  it('each trial has its pairs, its findings and one judgement per finding', () => {
    expect(trials.length).toBeGreaterThanOrEqual(3);
    for (const trial of trials) {
      const pairs = read(join(root, trial, 'pairs.jsonl'));
      expect(pairs.length, trial).toBeGreaterThanOrEqual(150);
      for (const p of pairs) expect(['good', 'bad'], `${trial} ${String(p.id)}`).toContain(p.mine);
      const findings = read(join(root, trial, 'findings.jsonl'));
      const judged = read(join(root, trial, 'judged.jsonl'));
      expect(judged.length, trial).toBe(findings.length);
      judged.forEach((j, i) => {
        const f = findings[i]!;
        expect([j.id, j.n, j.rule], `${trial} line ${i + 1}`).toEqual([f.id, f.n, f.rule]);
        expect(['right', 'wrong']).toContain(j.verdict);
        expect(j.fix, `${trial} line ${i + 1}: a fix verdict only where there was a fix`).toBe(
          f.fixed === null ? null : j.fix === 'broken' ? 'broken' : 'reads well',
        );
        expect(String(j.why).length).toBeGreaterThan(5);
      });
    }
  });
});
