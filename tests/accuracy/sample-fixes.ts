// 100 random fixes on the TEST half, for a person to read: for each, the reply as it was (flagged words in [[ ]]) and
// the whole reply after Apply. Written to tests/accuracy/.to-judge/fixes.jsonl (git-ignored); verdicts go to
// tests/accuracy/judgements/fixes.jsonl as { id, rule, start, end, fix: "reads well" | "broken", why }.
//   node tests/accuracy/sample-fixes.ts [--seed 7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededSample } from '../bench/data-audit.ts';
import { testHalfHits } from './sample-hits.ts';

const seed = Number(process.argv[process.argv.indexOf('--seed') + 1] || 7);
const withFix = [...testHalfHits().values()].flat().filter((h) => h.fixed !== undefined);
const sample = seededSample(withFix, 100, seed);
const out = resolve(import.meta.dirname, '.to-judge');
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'fixes.jsonl'), sample.map((h) => JSON.stringify(h)).join('\n') + '\n');
console.log(`${withFix.length} fixes on the test half; ${sample.length} to read`);
