// Customer messages from another source, to study the mood estimate on: the test half of the shared data has no
// unlabelled call left, and the tune half no longer shows what separates the halves. The source is the public
// "Twitter US Airline Sentiment" set (CrowdFlower, February 2015: tweets to six US airlines). Its text stays out of
// the repository, as the shared data's does: put its Tweets.csv (columns tweet_id, airline, text) at
// tests/accuracy/.other/airline-tweets.csv (git-ignored) or name it in TC_AIRLINE_CSV.
// Only tweets to airlines that are not test-half brands of the shared data are used: United and US Airways (in
// neither half) and Southwest (a tune-half brand, two years earlier); and no tweet that names a test-half brand's
// account (@AmericanAir, @VirginAmerica, @JetBlue ...), as it would carry the test half's wording into the study. The
// set's "Delta" rows are tweets to @JetBlue, a test-half brand: left out. Batch "other seed 1" was drawn from United
// and US Airways; "other seed 2" from Southwest and the "Delta" rows, whose JetBlue labels were then dropped unread.
// The set's own sentiment column is not used: its "negative" counts a flat fault report, which our criteria call
// neutral. Labels are ours, by hand and blind: tests/accuracy/judgements/mood-other.jsonl (id = tweet_id).
// A second source, closer to the test half's kind: the public "Customer Support on Twitter" set (TWCS, 2017), whose
// replies the shared data was drawn from. Its first 5,000 rows (tests/accuracy/.other/twcs-head.csv, git-ignored, or
// TC_TWCS_CSV) hold customer tweets the shared data does not: only those to tune-half brands are used, none naming a
// test-half brand, none that is a shared reply's message (by text, or by the reply it got). Ids are "twcs-<tweet_id>",
// as TWCS tweet ids are the shared data's own kind of id. Batch "twcs seed 1".
//   node tests/accuracy/other-source.ts --seed 3 --called upset=200,happy=100 --count 0 [--brands "Southwest"]
//   node tests/accuracy/other-source.ts --seed 1 --count 400 --brands twcs
// writes tests/accuracy/.to-judge/mood-other.jsonl: the estimate's calls and random messages, shuffled, without the
// estimate, leaving out tweets already labelled.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { estimateMood } from '../../rules/mood.ts';
import { loadReplies, seededSample } from '../bench/data-audit.ts';
import { loadSplit } from './split.ts';

export const OTHER_BRANDS = ['United', 'US Airways', 'Southwest'];
const TEST_HANDLES = new Set(loadSplit().test.map((b) => `@${b.toLowerCase()}`));

export interface OtherMessage {
  id: string;
  brand: string;
  message: string;
}

export function otherCsvPath(): string {
  return process.env.TC_AIRLINE_CSV ?? resolve(import.meta.dirname, '.other', 'airline-tweets.csv');
}

/** The other source's messages to brands in neither half, one per tweet id; [] when the file is not here. */
export function otherMessages(brands: readonly string[] = OTHER_BRANDS): OtherMessage[] {
  const file = otherCsvPath();
  if (!existsSync(file)) return [];
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const seen = new Set<string>();
  const out: OtherMessage[] = [];
  for (const r of rows.data) {
    const id = r.tweet_id?.trim();
    if (!id || seen.has(id) || !brands.includes(r.airline ?? '') || !r.text?.trim()) continue;
    if ((r.text.toLowerCase().match(/@\w+/g) ?? []).some((h) => TEST_HANDLES.has(h))) continue;
    seen.add(id);
    out.push({ id, brand: r.airline!, message: r.text });
  }
  return out;
}

export function twcsCsvPath(): string {
  return process.env.TC_TWCS_CSV ?? resolve(import.meta.dirname, '.other', 'twcs-head.csv');
}

/** TWCS customer tweets to tune-half brands that the shared data does not hold; [] when the file is not here. */
export function twcsMessages(): OtherMessage[] {
  const file = twcsCsvPath();
  if (!existsSync(file)) return [];
  const tune = new Map(loadSplit().tune.map((b) => [`@${b.toLowerCase()}`, b]));
  const replies = loadReplies();
  const sharedText = new Set(replies.map((r) => (r.inbound_text ?? '').trim()));
  const sharedIds = new Set(replies.map((r) => r.id));
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const out: OtherMessage[] = [];
  for (const r of rows.data) {
    const text = r.text?.trim();
    if (r.inbound !== 'True' || !text || sharedText.has(text)) continue;
    if ((r.response_tweet_id ?? '').split(',').some((id) => sharedIds.has(id.trim()))) continue;
    const handles = text.toLowerCase().match(/@\w+/g) ?? [];
    const brand = handles.map((h) => tune.get(h)).find(Boolean);
    if (!brand || handles.some((h) => TEST_HANDLES.has(h))) continue;
    out.push({ id: `twcs-${r.tweet_id}`, brand, message: text });
  }
  return out;
}

const calledAs = (text: string): string => {
  const m = estimateMood(text);
  return m === 'angry' ? 'upset' : m;
};

if (import.meta.main) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const seed = Number(arg('seed') || 1);
  const count = Number(arg('count') || 100);
  const labelled = resolve(import.meta.dirname, 'judgements', 'mood-other.jsonl');
  const judged = new Set(
    existsSync(labelled)
      ? readFileSync(labelled, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { id: string }).id)
      : [],
  );
  const brands = arg('brands')?.split(',') ?? OTHER_BRANDS;
  const all = brands.includes('twcs') ? twcsMessages() : otherMessages(brands);
  if (all.length === 0) throw new Error(`No messages: put the airline CSV at ${otherCsvPath()} (see this file's top).`);
  const unjudged = all.filter((m) => !judged.has(m.id));
  const picked = seededSample(unjudged, count, seed);
  for (const [mood, n] of (arg('called') ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('='))) {
    const taken = new Set(picked.map((m) => m.id));
    const calls = unjudged.filter((m) => !taken.has(m.id) && calledAs(m.message) === mood);
    picked.push(...seededSample(calls, Number(n), seed));
  }
  const out = resolve(import.meta.dirname, '.to-judge');
  mkdirSync(out, { recursive: true });
  const lines = seededSample(picked, picked.length, seed).map((m) =>
    JSON.stringify({ id: m.id, half: 'other', message: m.message }),
  );
  writeFileSync(resolve(out, 'mood-other.jsonl'), lines.join('\n') + '\n');
  console.log(`${lines.length} messages to label (of ${all.length} from ${brands.join(', ')})`);
}
