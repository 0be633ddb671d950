// A fresh seeded draw of shared replies not yet judged good or bad (tests/accuracy/judgements/replies.jsonl), written
// for readers as {id, brand, customer, reply}; the brief they follow is trial-briefs/reply-judge.md. A seed is used
// once: a draw made again after the judgements are added would hold other replies.
//   node tests/accuracy/draw-replies.ts --half test --n 200 --seed 20261128 --out /work/briefs/test200.jsonl
import { writeFileSync } from 'node:fs';
import { loadReplies, seededSample } from '../bench/data-audit.ts';
import { replyJudgements } from './score-auc.ts';
import { repliesOf } from './split.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const half = opt('--half', 'test') === 'tune' ? 'tune' : 'test';
const judged = new Set(replyJudgements().map((j) => j.id));
const pool = repliesOf(half, loadReplies()).filter((r) => !judged.has(r.id));
const draw = seededSample(pool, Number(opt('--n', '200')), Number(opt('--seed', '1')));
const lines = draw.map((r) =>
  JSON.stringify({ id: r.id, brand: r.brand, customer: r.inbound_text ?? null, reply: r.text }),
);
writeFileSync(opt('--out', `${half}-draw.jsonl`), `${lines.join('\n')}\n`);
console.log(`${draw.length} of ${pool.length} ${half}-half replies not judged before`);
