// Every hit of every built-in rule on the TEST half of the shared replies, and a seeded sample of up to N per rule
// for a person to judge (docs/accuracy.md says how). Each sampled hit is written, with the reply marked and the
// first suggestion applied, to tests/accuracy/.to-judge/<set>.<rule>.jsonl (git-ignored: it holds the shared data's
// text, which stays out of the repository). Judgements go to tests/accuracy/judgements/<set>.<rule>.jsonl as
// { id, rule, start, end, verdict: "right" | "wrong", fix: "reads well" | "broken" | "none", why }.
// With --half tune, the same for the TUNE half, into tests/accuracy/.to-study/ (for studying a rule, never judged).
//   node tests/accuracy/sample-hits.ts [--per-rule 30] [--seed 1] [--half tune]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../rules/engine.ts';
import { fingerprint } from '../../rules/fingerprint.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { auditContext, seededSample } from '../bench/data-audit.ts';
import { repliesOf } from './split.ts';

const OUT = { test: resolve(import.meta.dirname, '.to-judge'), tune: resolve(import.meta.dirname, '.to-study') };

export interface Hit {
  id: string;
  brand: string;
  rule: string;
  severity: string;
  start: number;
  end: number;
  message: string;
  /** The reply with the flagged words in [[ ]] (an insertion point is [[]]). */
  marked: string;
  /** The whole reply after the first suggestion, when there is one. */
  fixed?: string;
  customerMessage?: string;
  context: string;
}

/** Every hit on the test half, per rule ("set/rule"), in file order. */
export function testHalfHits(): Map<string, Hit[]> {
  return halfHits('test');
}

/** Every hit on one half, per rule ("set/rule"), in file order. */
export function halfHits(half: 'tune' | 'test'): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  const recent = new Map<string, string[]>();
  for (const r of repliesOf(half)) {
    const mine = recent.get(r.brand) ?? [];
    for (const set of BUILTIN_PACKS) {
      const context = auditContext(set, r, mine);
      for (const f of check(r.text, [set], context).findings) {
        const key = `${f.ruleSet}/${f.rule}`;
        const s = f.suggestions[0];
        const list = hits.get(key) ?? [];
        list.push({
          id: r.id,
          brand: r.brand,
          rule: key,
          severity: f.severity,
          start: f.start,
          end: f.end,
          message: f.message,
          marked: `${r.text.slice(0, f.start)}[[${f.text}]]${r.text.slice(f.end)}`,
          ...(s ? { fixed: r.text.slice(0, s.start) + s.replacement + r.text.slice(s.end) } : {}),
          ...(r.inbound_text ? { customerMessage: r.inbound_text } : {}),
          context: `${context.channel} ${context.audience}`,
        });
        hits.set(key, list);
      }
    }
    recent.set(r.brand, [...mine, fingerprint(r.text)].slice(-20));
  }
  return hits;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const perRule = opt('--per-rule', 30);
  const seed = opt('--seed', 1);
  const half = args.includes('--half') && args[args.indexOf('--half') + 1] === 'tune' ? 'tune' : 'test';
  const out = OUT[half];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const hits = halfHits(half);
  for (const [rule, list] of [...hits].sort()) {
    const sample = seededSample(list, perRule, seed);
    writeFileSync(
      resolve(out, `${rule.replace('/', '.')}.jsonl`),
      sample.map((h) => JSON.stringify(h)).join('\n') + '\n',
    );
    console.log(`${rule}\t${list.length} hits\t${sample.length} to judge`);
  }
}
