// Customer messages (inbound_text) for a person to label by hand, blind to the estimate: seeded, from each half (or
// one), leaving out messages already labelled, so a new seed gives a fresh batch no one has judged. Written to
// tests/accuracy/.to-judge/mood.jsonl (git-ignored: the data's text stays out of the repository); labels go to
// tests/accuracy/judgements/mood.jsonl as { id, half, mood: "upset" | "neutral" | "happy", why, batch }.
//   node tests/accuracy/sample-moods.ts [--seed 1] [--count 100] [--half tune|test] [--called upset=100,happy=100]
// --called adds, to the --count random messages, that many of the messages the estimate calls upset (angry counts as
// upset) or happy, shuffled in with the others and written without the estimate: the share right among the estimate's
// calls, which the bar is about, is then measured on enough calls (happy is about 3% of messages), and the
// person labelling cannot tell a sampled call from a random message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededSample } from '../bench/data-audit.ts';
import { estimateMood } from '../../rules/mood.ts';
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
const called = Object.fromEntries(
  (arg('called') ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
const lines = halves.flatMap((half) => {
  const unjudged = repliesOf(half).filter((r) => r.inbound_text?.trim() && !judged.has(r.id));
  const picked = seededSample(unjudged, count, seed);
  for (const [mood, n] of Object.entries(called)) {
    const taken = new Set(picked.map((r) => r.id));
    const calls = unjudged.filter((r) => {
      const m = estimateMood(r.inbound_text!);
      return !taken.has(r.id) && (m === 'angry' ? 'upset' : m) === mood;
    });
    picked.push(...seededSample(calls, Number(n), seed));
  }
  return seededSample(picked, picked.length, seed).map((r) =>
    JSON.stringify({ id: r.id, half, message: r.inbound_text }),
  );
});
writeFileSync(resolve(out, 'mood.jsonl'), lines.join('\n') + '\n');
console.log(`${lines.length} messages to label`);
