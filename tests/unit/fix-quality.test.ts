// Every fix reads well: the first suggestion of every finding of the built-in sets, applied to each of the 4,500
// shared replies (in the context tests/bench/data-audit.ts audits them in), never brings in a repeated word or
// subject ("we we", "I'm we're sorry"), a sentence starting in small letters, an insertion before the greeting or the
// leading @handle, or the same rule firing again on the fixed words; and no message shows an empty quote. The test
// asserts properties of the engine's output on every reply; it tunes nothing. A failure shows the reply's text only
// when it is in the tune half (tests/accuracy/split.json), so the test half stays unread; otherwise its id.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import type { Finding } from '../../rules/schema.ts';
import { auditContext, DATA, loadReplies } from '../bench/data-audit.ts';
import { FAILURE_KINDS, fixFailuresOf, fixProblems, hasEmptyQuote, type FailureKind } from './fix-quality.ts';

const SPLIT = resolve(import.meta.dirname, '../accuracy/split.json');

describe('the fix-quality checks catch what they are for', () => {
  const finding = { rule: 'r' } as Finding;
  const problems = (text: string, start: number, end: number, replacement: string, again: Finding[] = []) =>
    fixProblems(text, finding, { start, end, replacement }, () => again);

  it('a repeated word or subject the fix brought in, not one the agent typed', () => {
    const text = "I'm sorry for any inconvenience.";
    expect(problems(text, 4, 31, "we're sorry this happened")).toEqual(['repeated subject']);
    expect(problems('We will will check.', 3, 7, 'will')).toEqual([]);
    expect(problems('We check it.', 3, 3, 'we ')).toEqual(['repeated word', 'repeated subject']);
  });

  it('a sentence now starting in small letters, but not a link, a brand such as iPhone, or an abbreviation', () => {
    expect(problems('Just restart it.', 0, 5, '')).toEqual(['lower-case sentence start']);
    expect(problems('Done. iPhone repairs take a day.', 0, 0, 'Hi! ')).toEqual([]);
    expect(problems('See https://x.co/a for it.', 0, 4, '')).toEqual([]);
    expect(problems('Call us.', 0, 8, 'Open 9 a.m. to noon.')).toEqual([]);
  });

  it('an insertion before a greeting or the leading @handle, or between a greeting and the name', () => {
    expect(problems('@ann Hi Sam, it is fixed.', 5, 5, 'Sorry. ')).toEqual(['insertion before a greeting or @handle']);
    expect(problems('@ann it is fixed.', 0, 0, 'Sorry. ')).toContain('insertion before a greeting or @handle');
    expect(problems('Hi Sam, it is fixed.', 3, 3, 'sorry, ')).toEqual(['insertion before a greeting or @handle']);
    expect(problems('Hi Sam, it is fixed.', 8, 9, 'sorry. I')).toEqual([]);
  });

  it('the same rule finding something in the words the fix brought in', () => {
    const again = { rule: 'r', start: 0, end: 6 } as Finding;
    expect(problems('Kindly advise.', 0, 6, 'Please', [again])).toEqual(['fires again on the fix']);
    expect(problems('Kindly advise.', 0, 6, 'Please', [{ ...again, start: 7, end: 13 }])).toEqual([]);
    expect(problems('Kindly advise.', 0, 6, 'Please', [{ ...again, rule: 'other' }])).toEqual([]);
  });

  it('an empty quote in a message', () => {
    expect(hasEmptyQuote('Say it plainly: "".')).toBe(true);
    expect(hasEmptyQuote('Say it plainly: “”.')).toBe(true);
    expect(hasEmptyQuote('Say it plainly: "use".')).toBe(false);
  });
});

// The shared replies are not part of the repository (their licence): they are read from ../shared/data/ beside it.
// Without them this suite is skipped; its name says what it needs.
describe.runIf(existsSync(DATA))('every fix on the 4,500 shared replies reads well (needs ../shared/data/)', () => {
  it('applies the first suggestion of every finding and finds nothing that reads badly', () => {
    const tune = existsSync(SPLIT)
      ? new Set((JSON.parse(readFileSync(SPLIT, 'utf8')) as { tune: string[] }).tune)
      : new Set<string>();
    const replies = loadReplies();
    let applied = 0;
    const counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
    const shown: string[] = [];
    for (const reply of replies) {
      const r = fixFailuresOf(reply.text, BUILTIN_PACKS, (set) => auditContext(set, reply));
      applied += r.applied;
      for (const f of r.failures) {
        counts[f.kind]++;
        shown.push(
          tune.has(reply.brand)
            ? `${f.kind}, ${f.rule}:\n  - ${f.before}\n  + ${f.after}`
            : `${f.kind}, ${f.rule}: reply ${reply.id} (test half: text not shown)`,
        );
      }
    }
    expect(replies).toHaveLength(4500);
    // Most fixes are insertions (a greeting, a sign-off, an acknowledgement); thousands are applied.
    expect(applied).toBeGreaterThan(3000);
    expect(shown.slice(0, 30)).toEqual([]);
    expect(counts).toEqual(Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])));
  }, 120_000);
});
