// The one split of the shared replies, by brand: rules are tuned on the `tune` half only, and every accuracy figure
// is measured on the `test` half (docs/accuracy.md). Brands are dealt largest first, alternately, so both halves
// hold about the same number of replies and a few large brands cannot all land on one side. The split is written to
// tests/accuracy/split.json and committed: it is made once, and a later run only checks it still matches the data.
//   node tests/accuracy/split.ts            prints the halves' sizes (and writes split.json if it is missing)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReplies, type Reply } from '../bench/data-audit.ts';

export const SPLIT_FILE = resolve(import.meta.dirname, 'split.json');

export interface Split {
  made: string;
  how: string;
  tune: string[];
  test: string[];
}

export function makeSplit(replies: readonly Reply[]): Split {
  const counts = new Map<string, number>();
  for (const r of replies) counts.set(r.brand, (counts.get(r.brand) ?? 0) + 1);
  const brands = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([b]) => b);
  // Snake order (tune, test, test, tune, ...) keeps the halves' sizes close.
  const half = (i: number): 'tune' | 'test' => (i % 4 === 0 || i % 4 === 3 ? 'tune' : 'test');
  return {
    made: '2026-11-26',
    how: 'brands by number of replies, largest first, dealt in snake order (tune, test, test, tune, ...)',
    tune: brands.filter((_, i) => half(i) === 'tune').sort(),
    test: brands.filter((_, i) => half(i) === 'test').sort(),
  };
}

export function loadSplit(): Split {
  return JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as Split;
}

/** The replies of one half. */
export function repliesOf(half: 'tune' | 'test', replies: readonly Reply[] = loadReplies()): Reply[] {
  const brands = new Set(loadSplit()[half]);
  return replies.filter((r) => brands.has(r.brand));
}

if (import.meta.main) {
  const replies = loadReplies();
  if (!existsSync(SPLIT_FILE)) writeFileSync(SPLIT_FILE, `${JSON.stringify(makeSplit(replies), null, 2)}\n`);
  const split = loadSplit();
  for (const half of ['tune', 'test'] as const) {
    const rs = repliesOf(half, replies);
    console.log(
      `${half}: ${split[half].length} brands, ${rs.length} replies, ${rs.filter((r) => r.inbound_text).length} with the customer's message`,
    );
  }
}
