// 200 customer messages (inbound_text) for a person to label by hand, blind to the estimate: 100 from each half,
// seeded. Written to tests/accuracy/.to-judge/mood.jsonl (git-ignored); labels go to
// tests/accuracy/judgements/mood.jsonl as { id, half, mood: "upset" | "neutral" | "happy", why }.
//   node tests/accuracy/sample-moods.ts [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededSample } from '../bench/data-audit.ts';
import { repliesOf } from './split.ts';

const seed = Number(process.argv[process.argv.indexOf('--seed') + 1] || 1);
const out = resolve(import.meta.dirname, '.to-judge');
mkdirSync(out, { recursive: true });
const lines = (['tune', 'test'] as const).flatMap((half) =>
  seededSample(
    repliesOf(half).filter((r) => r.inbound_text?.trim()),
    100,
    seed,
  ).map((r) => JSON.stringify({ id: r.id, half, message: r.inbound_text })),
);
writeFileSync(resolve(out, 'mood.jsonl'), lines.join('\n') + '\n');
console.log(`${lines.length} messages to label`);
