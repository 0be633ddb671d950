// The manager's dry run, its pure part (entrypoints/options/dry-run-core.ts) on a few records read with the CLI's own
// reader (rules/cli/records.ts, which the page uses too): per rule, the replies it flags (once each), the findings,
// at most three examples with the flagged words, and the context each record is checked in.
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../rules/cli/records.ts';
import {
  checkRecords,
  DEFAULT_FIELDS,
  dryRunContext,
  DryRunTally,
  examplePieces,
  mergeSummaries,
  recordToReply,
  type DryRecord,
} from '../../entrypoints/options/dry-run-core.ts';
import { rule, ruleSet } from './rule-helpers.ts';

const set = ruleSet(
  [
    rule('phrase', { id: 'call-us', phrases: ['call (us|our number)'], severity: 'error' }),
    rule('phrase', { id: 'kindly', phrases: ['kindly'] }),
    rule('phrase', { id: 'never', phrases: ['zebra crossing'] }),
    rule('phrase', { id: 'upset-only', phrases: ['no worries'], when: { mood: ['upset', 'angry'] } }),
  ],
  'voice',
);

/** Records of `text` read as the page reads a file, in chunks of 7 characters. */
async function records(text: string, name: string): Promise<DryRecord[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
  }
  const out: DryRecord[] = [];
  for await (const item of readRecords(chunks(), name)) {
    if (item.kind !== 'record') continue;
    const r = recordToReply(item.fields, DEFAULT_FIELDS, item.number);
    if ('problem' in r) throw new Error(r.problem);
    out.push(r);
  }
  return out;
}

const JSONL = [
  { id: 'a', text: 'Please call us. Kindly call our number.' },
  { id: 'b', text: 'Kindly wait.' },
  { id: 'c', text: 'All sorted, enjoy!' },
  { id: 'd', text: 'Call us, kindly.' },
  { id: 'e', text: 'Call us now.' },
  { id: 'f', text: 'Call us later.', inbound_text: 'This is a disgrace, I am furious!!' },
  { id: 'g', text: 'No worries, we will fix it.', inbound_text: 'This is a disgrace, I am furious!!' },
  { id: 'h', text: 'No worries at all.' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('dry run counting', () => {
  it('counts, per rule, the replies it flags (once each), its findings and up to 3 examples with their spans', async () => {
    const tally = new DryRunTally();
    checkRecords(await records(JSONL, 'replies.jsonl'), [set], dryRunContext('x'), tally);
    const s = tally.summary();
    expect(s.replies).toBe(8);
    expect(s.flagged).toBe(6); // c and h flag nothing
    expect(s.failures).toEqual([]);
    const byKey = Object.fromEntries(s.rules.map((r) => [r.key, r]));
    expect(Object.keys(byKey)).toEqual(['voice/call-us', 'voice/kindly', 'voice/upset-only']); // most replies first
    const callUs = byKey['voice/call-us']!;
    expect([callUs.replies, callUs.findings, callUs.severity]).toEqual([4, 5, 'error']);
    expect(callUs.examples.map((e) => e.id)).toEqual(['a', 'd', 'e']);
    const a = callUs.examples[0]!;
    expect(a.spans.map(([start, end]) => a.text.slice(start, end))).toEqual(['call us', 'call our number']);
    expect([byKey['voice/kindly']!.replies, byKey['voice/kindly']!.findings]).toEqual([3, 3]);
    // The customer's message sets the mood: "no worries" is flagged only when they were upset.
    expect(byKey['voice/upset-only']!.examples.map((e) => e.id)).toEqual(['g']);
  });

  it('the tallies of several workers, each given part of the file, merge into the tally of one', async () => {
    const all = await records(JSONL, 'replies.jsonl');
    const one = new DryRunTally();
    checkRecords(all, [set], dryRunContext('x'), one);
    // Batches of three handed out in turn to two workers, as the page does.
    const parts = [new DryRunTally(), new DryRunTally()];
    for (let i = 0; i * 3 < all.length; i++)
      checkRecords(all.slice(i * 3, i * 3 + 3), [set], dryRunContext('x'), parts[i % 2]!);
    expect(mergeSummaries(parts.map((p) => p.summary()))).toEqual(one.summary());
  });

  it('reads the same replies from CSV, with the record number as id when there is no id column', async () => {
    const csv = 'text,inbound_text\n"Please call us, today.",\nKindly wait.,\n';
    const recs = await records(csv, 'replies.csv');
    expect(recs).toEqual([
      { seq: 1, id: '1', text: 'Please call us, today.' },
      { seq: 2, id: '2', text: 'Kindly wait.' },
    ]);
    const tally = new DryRunTally();
    checkRecords(recs, [set], dryRunContext('email'), tally);
    expect(tally.summary().rules.map((r) => [r.key, r.replies])).toEqual([
      ['voice/call-us', 1],
      ['voice/kindly', 1],
    ]);
  });

  it('a record without text is named, not checked', () => {
    expect(recordToReply({ id: 7, body: 'x' }, DEFAULT_FIELDS, 3)).toEqual({
      problem: 'record 3 has no text in "text"',
    });
    expect(recordToReply({ text: null }, DEFAULT_FIELDS, 4)).toEqual({
      problem: 'record 4 has no text in "text" (found null)',
    });
    expect(recordToReply({ id: 7, text: 42 }, DEFAULT_FIELDS, 3)).toEqual({ seq: 3, id: '7', text: '42' });
  });

  it('an example shows the flagged words, insertion points, and only the part of a long reply around them', () => {
    const show = (text: string, spans: [number, number][], around?: number): string =>
      examplePieces(text, spans, around)
        .map((p) => (p.marked ? `[${p.text}]` : p.text))
        .join('');
    expect(show('Please call us now.', [[7, 14]])).toBe('Please [call us] now.');
    expect(show('Thanks.', [[0, 0]])).toBe('[]Thanks.');
    expect(
      show('Hi. Call us, kindly.', [
        [13, 19],
        [4, 11],
        [4, 8],
      ]),
    ).toBe('Hi. [Call us], [kindly].');
    const long = `${'a'.repeat(300)} flagged ${'b'.repeat(300)}`;
    expect(show(long, [[301, 308]], 5)).toBe('…aaaa [flagged] bbbb…');
  });

  it('private channels are checked as private replies, as the CLI does', () => {
    expect(dryRunContext('x')).toEqual({ channel: 'x', audience: 'public' });
    expect(dryRunContext('email')).toEqual({ channel: 'email', audience: 'private' });
  });
});
