// Customer messages (inbound_text) for a person to label by hand, blind to the estimate: seeded, from each half (or
// one), leaving out messages already labelled, so a new seed gives a fresh batch no one has judged. Written to
// tests/accuracy/.to-judge/mood.jsonl (git-ignored: the data's text stays out of the repository); labels go to
// tests/accuracy/judgements/mood.jsonl as { id, half, mood: "upset" | "neutral" | "happy", why, batch }.
//   node tests/accuracy/sample-moods.ts [--seed 1] [--count 100] [--half tune|test]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededSample } from '../bench/data-audit.ts';
import { moodLabels } from './report.ts';
import { repliesOf } from './split.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const seed = Number(arg('seed') || 1);
const count = Number(arg('count') || 100);
const halves = arg('half') ? [arg('half') as 'tune' | 'test'] : (['tune', 'test'] as const);
const judged = new Set(moodLabels().map((l) => l.id));
const out = resolve(import.meta.dirname, '.to-judge');
mkdirSync(out, { recursive: true });
const lines = halves.flatMap((half) =>
  seededSample(
    repliesOf(half).filter((r) => r.inbound_text?.trim() && !judged.has(r.id)),
    count,
    seed,
  ).map((r) => JSON.stringify({ id: r.id, half, message: r.inbound_text })),
);
writeFileSync(resolve(out, 'mood.jsonl'), lines.join('\n') + '\n');
console.log(`${lines.length} messages to label`);
