// Numbers marketing and service share (pure part, no storage: Node runs it for the tests and the screenshots): local counts of what the coach saw, never the text of a reply. The worker
// records them (entrypoints/background/stats.ts); the trainer's stats view reads, charts, exports and clears them.
// Counters are one flat map "day \t site \t channel \t metric \t subject" -> count, so every figure can be cut by
// day, site and channel, and the CSV export is that map, one row per key.

/**
 * checks: drafts checked; finding: a rule's finding appearing in a draft (subject: "setId/ruleId"); category: the
 * same by category (subject: the category); fix: a suggestion applied (subject: the rule); sent: replies sent;
 * public-score: the score of a reply sent in public (subject: its band of ten, "90-99", "100").
 */
export const STAT_METRICS = ['checks', 'finding', 'category', 'fix', 'sent', 'public-score'] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

export type Counters = Record<string, number>;

export interface StatRow {
  day: string;
  site: string;
  channel: string;
  metric: StatMetric;
  subject: string;
  count: number;
}

/** Days of counts kept: older days are dropped when new counts are written. */
export const KEEP_DAYS = 400;

/** The local calendar day of a time, "2026-11-26". */
export function dayOf(at: number): string {
  const d = new Date(at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const clean = (s: string): string => s.replace(/[\t\n\r]/g, ' ');

export function statKey(row: Omit<StatRow, 'count'>): string {
  return [row.day, clean(row.site), clean(row.channel), row.metric, clean(row.subject)].join('\t');
}

export function parseStatKey(key: string, count: number): StatRow | null {
  const [day, site, channel, metric, subject] = key.split('\t');
  if (day === undefined || site === undefined || channel === undefined || subject === undefined) return null;
  if (!(STAT_METRICS as readonly string[]).includes(metric ?? '')) return null;
  return { day, site, channel, metric: metric as StatMetric, subject, count };
}

/** The band a score is counted in: "0-9" … "90-99", and "100". */
export function scoreBucket(score: number): string {
  const s = Math.max(0, Math.min(100, Math.round(score)));
  if (s === 100) return '100';
  const low = Math.floor(s / 10) * 10;
  return `${low}-${low + 9}`;
}

export const SCORE_BUCKETS = [...Array.from({ length: 10 }, (_, i) => `${i * 10}-${i * 10 + 9}`), '100'];

/** `counters` plus `deltas`, dropping days older than KEEP_DAYS before `now` (pure). */
export function addCounts(counters: Counters, deltas: Counters, now = Date.now()): Counters {
  const oldest = dayOf(now - KEEP_DAYS * 86_400_000);
  const out: Counters = {};
  for (const [k, v] of Object.entries(counters)) if (k.slice(0, 10) >= oldest) out[k] = v;
  for (const [k, v] of Object.entries(deltas)) if (v) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Every counter as a row, by day, then site, channel, metric and subject. */
export function statRows(counters: Counters): StatRow[] {
  return Object.entries(counters)
    .flatMap(([k, v]) => {
      const row = parseStatKey(k, v);
      return row && typeof v === 'number' && v > 0 ? [row] : [];
    })
    .sort((a, b) => statKey(a).localeCompare(statKey(b)));
}

export interface StatFilter {
  /** Days from (inclusive) and to (inclusive), "YYYY-MM-DD". */
  from?: string;
  to?: string;
  site?: string;
  channel?: string;
}

export function filterRows(rows: readonly StatRow[], f: StatFilter): StatRow[] {
  return rows.filter(
    (r) =>
      (!f.from || r.day >= f.from) &&
      (!f.to || r.day <= f.to) &&
      (!f.site || r.site === f.site) &&
      (!f.channel || r.channel === f.channel),
  );
}

/** Sum of `metric` by subject (e.g. findings per rule), largest first. */
export function totalsBy(rows: readonly StatRow[], metric: StatMetric): Array<{ subject: string; count: number }> {
  const m = new Map<string, number>();
  for (const r of rows) if (r.metric === metric) m.set(r.subject, (m.get(r.subject) ?? 0) + r.count);
  return [...m].map(([subject, count]) => ({ subject, count })).sort((a, b) => b.count - a.count);
}

/** Sum of `metric` per day, every day from the first to the last with counts (days without counts are 0). */
export function perDay(rows: readonly StatRow[], metric: StatMetric): Array<{ day: string; count: number }> {
  const m = new Map<string, number>();
  for (const r of rows) if (r.metric === metric) m.set(r.day, (m.get(r.day) ?? 0) + r.count);
  const days = [...new Set(rows.map((r) => r.day))].sort();
  if (days.length === 0) return [];
  const out: Array<{ day: string; count: number }> = [];
  const end = new Date(`${days[days.length - 1]}T12:00:00`);
  for (let d = new Date(`${days[0]}T12:00:00`); d <= end && out.length < 400; d.setDate(d.getDate() + 1)) {
    const day = dayOf(d.getTime());
    out.push({ day, count: m.get(day) ?? 0 });
  }
  return out;
}

export const CSV_HEADER = 'day,site,channel,metric,subject,count';

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (RFC 4180, a header line, CRLF-free "\n" line ends). */
export function statsCsv(rows: readonly StatRow[]): string {
  return `${[CSV_HEADER, ...rows.map((r) => [r.day, r.site, r.channel, r.metric, r.subject, String(r.count)].map(csvCell).join(','))].join('\n')}\n`;
}
