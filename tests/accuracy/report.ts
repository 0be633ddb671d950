// The accuracy table of docs/accuracy.md, from the hand judgements in tests/accuracy/judgements/ and the TEST half of
// the shared replies: per rule, how many replies of the test half it flags, how many of its hits were judged, how many
// of those were right, and how many of its judged fixes read well; then the mood estimate against the hand labels.
//   node tests/accuracy/report.ts            prints the Markdown tables
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { estimateMood } from '../../rules/mood.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { loadReplies } from '../bench/data-audit.ts';
import { otherMessages, twcsMessages } from './other-source.ts';
import { testHalfHits } from './sample-hits.ts';

const DIR = resolve(import.meta.dirname, 'judgements');

export interface Judgement {
  id: string;
  rule: string;
  start: number;
  end: number;
  verdict: 'right' | 'wrong';
  fix: 'reads well' | 'broken' | 'none';
  why: string;
}

export interface MoodLabel {
  id: string;
  /** "other": a message from another source (other-source.ts), a design set like the tune half. */
  half: 'tune' | 'test' | 'other';
  mood: 'upset' | 'neutral' | 'happy';
  why: string;
  /** The sample the label came from ("test seed 5"); labels without one are the first 450 (seeds 1 to 3). */
  batch?: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Every rule's judgements, keyed "set/rule". */
export function judgements(): Map<string, Judgement[]> {
  const out = new Map<string, Judgement[]>();
  if (!existsSync(DIR)) return out;
  // A rule's file is named <set>.<rule>.jsonl; other files here (mood.jsonl, fixes.jsonl, ...) hold other judgements.
  for (const f of readdirSync(DIR).filter((f) => /^[\w-]+\.[\w-]+\.jsonl$/.test(f))) {
    for (const j of readJsonl<Judgement>(resolve(DIR, f))) out.set(j.rule, [...(out.get(j.rule) ?? []), j]);
  }
  return out;
}

export type FixRead = Pick<Judgement, 'id' | 'rule' | 'start' | 'end' | 'fix' | 'why'> & { sample: string };

/** Every fixed reply read by hand (sample-fixes.ts), each tagged with its sample ("2026-11-26 seed 21"). */
export function fixesRead(): FixRead[] {
  const file = resolve(DIR, 'fixes.jsonl');
  return existsSync(file) ? readJsonl(file) : [];
}

/** The fixes read by hand per sample of 100, in the order the samples were read (the last is the current figure). */
export function fixSamples(): Map<string, FixRead[]> {
  const out = new Map<string, FixRead[]>();
  for (const f of fixesRead()) out.set(f.sample, [...(out.get(f.sample) ?? []), f]);
  return out;
}

export function moodLabels(): MoodLabel[] {
  const file = resolve(DIR, 'mood.jsonl');
  return existsSync(file) ? readJsonl<MoodLabel>(file) : [];
}

/** Labels of messages from another source (other-source.ts): studied, like the tune half; never a reported figure. */
export function otherMoodLabels(): MoodLabel[] {
  const file = resolve(DIR, 'mood-other.jsonl');
  return existsSync(file) ? readJsonl<MoodLabel>(file) : [];
}

/** The estimate on the other source's labelled messages, when its file is here (it stays out of the repository). */
export function otherMoodTable(): string[] {
  const text = new Map([...otherMessages(), ...twcsMessages()].map((m) => [m.id, m.message]));
  const labels = otherMoodLabels().filter((l) => text.has(l.id));
  if (labels.length === 0) return [];
  const rows = [
    '| source | messages | estimate | called | right | share right | labelled so |',
    '|---|---:|---|---:|---:|---:|---:|',
  ];
  for (const called of ['upset', 'happy'] as const) {
    const calls = labels.filter((l) => {
      const m = estimateMood(text.get(l.id)!);
      return (m === 'angry' ? 'upset' : m) === called;
    });
    const right = calls.filter((l) => l.mood === called).length;
    const so = labels.filter((l) => l.mood === called).length;
    rows.push(
      `| other (design set) | ${labels.length} | ${called} | ${calls.length} | ${right} | ${pct(right, calls.length)} | ${so} |`,
    );
  }
  return rows;
}

const pct = (n: number, d: number): string => (d ? `${Math.round((100 * n) / d)}%` : '—');

export function ruleTable(): string[] {
  const hits = testHalfHits();
  const judged = judgements();
  const severity = new Map<string, string>(
    BUILTIN_PACKS.flatMap((s) => s.rules.map((r) => [`${s.id}/${r.id}`, r.severity] as const)),
  );
  const rows = [
    '| rule | severity | hits (test half) | judged | right | share right | fixes read well |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  let stale = 0;
  for (const rule of [...new Set([...hits.keys(), ...judged.keys()])].sort()) {
    // Only judgements of hits the rules still make count: a hit a later change removed is no longer a figure.
    const current = new Set((hits.get(rule) ?? []).map((h) => `${h.id}@${h.start}-${h.end}`));
    const all = judged.get(rule) ?? [];
    const js = all.filter((j) => current.has(`${j.id}@${j.start}-${j.end}`));
    stale += all.length - js.length;
    const right = js.filter((j) => j.verdict === 'right').length;
    const fixes = js.filter((j) => j.fix !== 'none');
    const good = fixes.filter((j) => j.fix === 'reads well').length;
    rows.push(
      `| \`${rule}\` | ${severity.get(rule) ?? '?'} | ${hits.get(rule)?.length ?? 0} | ${js.length} | ${right} | ${pct(right, js.length)} | ${fixes.length ? `${good}/${fixes.length}` : '—'} |`,
    );
  }
  if (stale)
    rows.push('', `${stale} judgement(s) are of hits the rules no longer make: re-sample and judge the new ones.`);
  return rows;
}

/** A second person's blind labels of test-half messages (mood-second.jsonl), to see how far two readers agree. */
export function secondMoodLabels(): MoodLabel[] {
  const file = resolve(DIR, 'mood-second.jsonl');
  return existsSync(file) ? readJsonl<MoodLabel>(file) : [];
}

/** How often the two readings agree, and the estimate's calls right by each reading and where both agree. */
export function secondReading(): string[] {
  const second = secondMoodLabels();
  if (second.length === 0) return [];
  const first = new Map(moodLabels().map((l) => [l.id, l.mood]));
  const messages = new Map(loadReplies().map((r) => [r.id, r.inbound_text ?? '']));
  const agree = second.filter((l) => first.get(l.id) === l.mood).length;
  const rows = [
    `Second reading of ${second.length} test-half messages: the two readers agree on ${agree} (${pct(agree, second.length)}).`,
  ];
  for (const called of ['upset', 'happy'] as const) {
    const calls = second.filter((l) => {
      const m = estimateMood(messages.get(l.id) ?? '');
      return (m === 'angry' ? 'upset' : m) === called;
    });
    const byFirst = calls.filter((l) => first.get(l.id) === called).length;
    const bySecond = calls.filter((l) => l.mood === called).length;
    const both = calls.filter((l) => first.get(l.id) === l.mood);
    const bothRight = both.filter((l) => l.mood === called).length;
    rows.push(
      `- called ${called}: ${calls.length}; right by the first reading ${byFirst} (${pct(byFirst, calls.length)}), by the second ${bySecond} (${pct(bySecond, calls.length)}), where both agree ${bothRight}/${both.length} (${pct(bothRight, both.length)})`,
    );
  }
  return rows;
}

export function moodTable(): string[] {
  const labels = moodLabels();
  const rows = [
    '| half | batch | messages | estimate | called | right | share right | labelled so |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const messages = new Map(loadReplies().map((r) => [r.id, r.inbound_text ?? '']));
  const estimate = new Map(
    labels.map((l) => {
      const m = estimateMood(messages.get(l.id) ?? '');
      return [l.id, m === 'angry' ? 'upset' : m] as const;
    }),
  );
  for (const half of ['tune', 'test'] as const) {
    const mine = labels.filter((l) => l.half === half);
    // Each batch apart (a fresh batch judged blind is the honest figure), then the half as a whole.
    const batches = [...new Set(mine.map((l) => l.batch ?? 'seeds 1-3'))];
    for (const batch of [...batches, ...(batches.length > 1 ? ['all'] : [])]) {
      const these = batch === 'all' ? mine : mine.filter((l) => (l.batch ?? 'seeds 1-3') === batch);
      for (const called of ['upset', 'happy'] as const) {
        const calls = these.filter((l) => estimate.get(l.id) === called);
        const right = calls.filter((l) => l.mood === called).length;
        const so = these.filter((l) => l.mood === called).length;
        rows.push(
          `| ${half} | ${batch} | ${these.length} | ${called} | ${calls.length} | ${right} | ${pct(right, calls.length)} | ${so} |`,
        );
      }
    }
  }
  return rows;
}

if (import.meta.main) {
  console.log(ruleTable().join('\n'));
  for (const [sample, read] of fixSamples()) {
    console.log();
    console.log(
      `Fixed replies read by hand (${sample}): ${read.filter((f) => f.fix === 'reads well').length} of ${read.length} read well.`,
    );
  }
  console.log();
  console.log(moodTable().join('\n'));
  console.log();
  console.log(secondReading().join('\n'));
  const other = otherMoodTable();
  if (other.length) console.log(['', ...other].join('\n'));
}
