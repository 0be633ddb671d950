// 100 random fixes on the TEST half, for a person to read: for each, the reply as it was (flagged words in [[ ]]) and
// the whole reply after Apply. Written to tests/accuracy/.to-judge/fixes.jsonl (git-ignored); verdicts go to
// tests/accuracy/judgements/fixes.jsonl, appended, as { id, rule, start, end, fix: "reads well" | "broken", why,
// sample: "<date> seed <n>" }. Each sample needs a seed no earlier sample used (seeds 7, 11 and 12 were read before
// the file kept every sample), so that every reading is of fixes no one has looked at.
//   node tests/accuracy/sample-fixes.ts --seed 21
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededSample } from '../bench/data-audit.ts';
import { fixSamples } from './report.ts';
import { testHalfHits } from './sample-hits.ts';

const seed = Number(process.argv[process.argv.indexOf('--seed') + 1]);
const used = [7, 11, 12, ...[...fixSamples().keys()].map((s) => Number(s.split(' seed ')[1]))];
if (!Number.isInteger(seed) || used.includes(seed)) {
  console.error(`Give a fresh --seed (used: ${used.join(', ')})`);
  process.exit(1);
}
const withFix = [...testHalfHits().values()].flat().filter((h) => h.fixed !== undefined);
const sample = seededSample(withFix, 100, seed);
const out = resolve(import.meta.dirname, '.to-judge');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'fixes.jsonl'), sample.map((h) => JSON.stringify(h)).join('\n') + '\n');
console.log(`${withFix.length} fixes on the test half; ${sample.length} to read`);
