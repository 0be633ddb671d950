// The trainer's counts: what one check, one fix and one sent reply add (entrypoints/background/stats.ts), and the
// counters as rows, totals, days and CSV (utils/stats.ts). Never the text of a reply.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { checkDeltas, isPractice, sentDeltas } from '../../entrypoints/background/stats.ts';
import { readPolicy } from '../../utils/policy.ts';
import {
  addCounts,
  dayOf,
  perDay,
  scoreBucket,
  statRows,
  statsCsv,
  totalsBy,
  type Counters,
} from '../../utils/stats.ts';

const at = new Date('2026-11-26T10:00:00').getTime();
const context = { channel: 'x', audience: 'public' } as const;
const checked = (text: string) => ({
  text,
  site: 'x.com',
  channel: 'x',
  audience: 'public',
  result: check(text, BUILTIN_PACKS, context),
});

describe('counting', () => {
  it('counts a finding when it appears in a draft, not again while it stays', () => {
    const a = checked('We apologize for any inconvenience.');
    const first = checkDeltas(undefined, a, at);
    const rows = statRows(first);
    expect(rows.find((r) => r.metric === 'checks')?.count).toBe(1);
    expect(totalsBy(rows, 'finding')).toContainEqual({ subject: 'social-care/any-inconvenience', count: 1 });
    const b = checked('We apologize for any inconvenience. We will look at it');
    const again = statRows(checkDeltas(a, b, at));
    expect(totalsBy(again, 'finding').find((t) => t.subject === 'social-care/any-inconvenience')).toBeUndefined();
    expect(totalsBy(again, 'checks')).toEqual([{ subject: '', count: 1 }]);
  });

  it('counts a fix when the next check is the text with a suggestion applied', () => {
    const a = checked('We apologize for any inconvenience.');
    const f = a.result.findings.find((x) => x.rule === 'any-inconvenience')!;
    const s = f.suggestions[0]!;
    const fixed = checked(a.text.slice(0, s.start) + s.replacement + a.text.slice(s.end));
    expect(totalsBy(statRows(checkDeltas(a, fixed, at)), 'fix')).toEqual([
      { subject: 'social-care/any-inconvenience', count: 1 },
    ]);
  });

  it('counts a reply sent in public with its score band; a private one without', () => {
    const a = checked('Please call our 800 number.');
    const rows = statRows(sentDeltas(a, at));
    expect(totalsBy(rows, 'sent')).toEqual([{ subject: '', count: 1 }]);
    expect(totalsBy(rows, 'public-score')).toEqual([{ subject: scoreBucket(a.result.score.total), count: 1 }]);
    expect(totalsBy(statRows(sentDeltas({ ...a, audience: 'private' }, at)), 'public-score')).toEqual([]);
    // A reply not in English is counted as sent, with no band: its tone was not read.
    const german = checked(
      'Hallo! Das sollte nicht passieren. Schreib uns bitte eine Nachricht mit deiner Bestellnummer.',
    );
    expect(german.result.score.notEnglish).toBe(true);
    expect(totalsBy(statRows(sentDeltas(german, at)), 'sent')).toEqual([{ subject: '', count: 1 }]);
    expect(totalsBy(statRows(sentDeltas(german, at)), 'public-score')).toEqual([]);
  });

  it('keeps no text: every key is day, site, channel, metric and a rule, category or band', () => {
    const a = checked('We apologize for any inconvenience, Jane Doe.');
    const keys = Object.keys(checkDeltas(undefined, a, at)).join('\n');
    expect(keys).not.toMatch(/inconvenience,|Jane/);
  });

  it('practice on the trainer page is not counted', () => {
    expect(isPractice('chrome-extension://abcdefghijklmnopabcdefghijklmnop/trainer.html#x-phone-only')).toBe(true);
    expect(isPractice('moz-extension://0b6e1c1e-1111-4c4c-9f9f-000000000000/trainer.html')).toBe(true);
    expect(isPractice('https://x.com/trainer.html')).toBe(false);
    expect(isPractice(undefined)).toBe(false);
  });

  it('the policy can switch counting off (countStats: false); on by default', () => {
    expect(readPolicy({}).countStats).toBe(true);
    expect(readPolicy({ countStats: false }).countStats).toBe(false);
  });
});

describe('counters', () => {
  it('add up, drop days older than the ones kept, and read back as rows, days and CSV', () => {
    const old = dayOf(at - 500 * 86_400_000);
    let c: Counters = { [`${old}\tx.com\tx\tchecks\t`]: 3 };
    c = addCounts(c, checkDeltas(undefined, checked('Thx, DM us.'), at), at);
    c = addCounts(c, checkDeltas(undefined, checked('Thx, DM us.'), at + 86_400_000 * 2), at);
    const rows = statRows(c);
    expect(rows.some((r) => r.day === old)).toBe(false);
    expect(perDay(rows, 'checks').map((d) => d.count)).toEqual([1, 0, 1]);
    const csv = statsCsv(rows).trim().split('\n');
    expect(csv[0]).toBe('day,site,channel,metric,subject,count');
    expect(csv).toContain(`${dayOf(at)},x.com,x,finding,plain-language/text-speak,1`);
    expect(csv.length).toBe(rows.length + 1);
  });

  it('bands scores by ten, 100 on its own', () => {
    expect([0, 9, 10, 54, 99, 100].map(scoreBucket)).toEqual(['0-9', '0-9', '10-19', '50-59', '90-99', '100']);
  });
});
