// The numbers marketing and service share: what the coach counted in this browser (utils/stats.ts), by rule and
// category, over time, per site and channel, and the scores of replies sent in public; CSV export and a clear with
// confirmation. Counting is switched in the manager's settings, or by the organisation's policy.
import { useEffect, useMemo, useState } from 'react';
import { CATEGORY_LABEL } from '../../components/labels';
import type { Category } from '../../rules/types';
import { saveText } from '../../utils/download';
import { loadPolicy } from '../../utils/policy';
import {
  countStatsItem,
  dayOf,
  filterRows,
  perDay,
  SCORE_BUCKETS,
  statRows,
  statsCsv,
  statsItem,
  totalsBy,
  type Counters,
  type StatFilter,
} from '../../utils/stats';
import { BarChart } from './charts';

const PERIODS = [
  { value: 'all', label: 'All time' },
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
];

export function Stats() {
  const [counters, setCounters] = useState<Counters | null>(null);
  const [on, setOn] = useState<{ mine: boolean; policy: boolean }>({ mine: true, policy: true });
  const [period, setPeriod] = useState('all');
  const [site, setSite] = useState('');
  const [channel, setChannel] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    void statsItem.getValue().then(setCounters);
    void Promise.all([countStatsItem.getValue(), loadPolicy()]).then(([mine, p]) =>
      setOn({ mine: mine !== false, policy: p.countStats }),
    );
    const unwatch = statsItem.watch((v) => setCounters(v ?? {}));
    return unwatch;
  }, []);

  const all = useMemo(() => statRows(counters ?? {}), [counters]);
  const filter: StatFilter = {
    ...(period !== 'all' ? { from: dayOf(Date.now() - (Number(period) - 1) * 86_400_000) } : {}),
    ...(site ? { site } : {}),
    ...(channel ? { channel } : {}),
  };
  const rows = filterRows(all, filter);
  const sites = [...new Set(all.map((r) => r.site))].sort();
  const channels = [...new Set(all.map((r) => r.channel))].sort();
  const sum = (metric: Parameters<typeof totalsBy>[1]): number =>
    totalsBy(rows, metric).reduce((n, t) => n + t.count, 0);
  const rules = totalsBy(rows, 'finding');
  const fixes = new Map(totalsBy(rows, 'fix').map((t) => [t.subject, t.count]));
  const scores = new Map(totalsBy(rows, 'public-score').map((t) => [t.subject, t.count]));
  const bySite = (metric: 'finding' | 'checks', key: 'site' | 'channel') => {
    const m = new Map<string, number>();
    for (const r of rows) if (r.metric === metric) m.set(r[key], (m.get(r[key]) ?? 0) + r.count);
    return m;
  };

  const clear = async (): Promise<void> => {
    await statsItem.setValue({});
    setConfirming(false);
    setNote('Every count was cleared.');
  };

  return (
    <section className="stats" data-tc="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">Numbers</h2>
      <p className="muted">
        Counted in this browser only, never with the text of a reply: drafts checked, findings per rule, fixes applied,
        replies sent, and the scores of replies sent in public.
      </p>
      {(!on.mine || !on.policy) && (
        <p className="notice" data-tc="stats-off">
          Counting is off{!on.policy ? ' by your organisation’s policy' : ' (the manager’s settings)'}: nothing new is
          counted.
        </p>
      )}
      <div className="filters" data-tone-coach="off">
        <label>
          Period{' '}
          <select data-tc="stats-period" value={period} onChange={(e) => setPeriod(e.currentTarget.value)}>
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site{' '}
          <select data-tc="stats-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">Every site</option>
            {sites.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Channel{' '}
          <select data-tc="stats-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
            <option value="">Every channel</option>
            {channels.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-tc="stats-csv"
          disabled={rows.length === 0}
          onClick={() => saveText(`tone-coach-counts-${dayOf(Date.now())}.csv`, statsCsv(rows))}
        >
          Export CSV
        </button>
        <button type="button" data-tc="stats-clear" disabled={all.length === 0} onClick={() => setConfirming(true)}>
          Clear all counts
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="clear-q" className="confirm" data-tc="stats-confirm">
          <p id="clear-q">Clear every count in this browser? This cannot be undone; export a CSV first to keep them.</p>
          <button type="button" className="danger" data-tc="stats-clear-confirm" onClick={() => void clear()}>
            Clear all counts
          </button>
          <button type="button" data-tc="stats-clear-cancel" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {note && (
        <p role="status" className="status">
          {note}
        </p>
      )}
      <dl className="totals">
        {(
          [
            ['checks', 'Drafts checked'],
            ['finding', 'Findings'],
            ['fix', 'Fixes applied'],
            ['sent', 'Replies sent'],
          ] as const
        ).map(([m, label]) => (
          <div key={m} data-tc="stat-total" data-metric={m} data-count={sum(m)}>
            <dt>{label}</dt>
            <dd>{sum(m)}</dd>
          </div>
        ))}
      </dl>
      <div className="charts">
        <BarChart
          id="per-day"
          title="Findings per day"
          unit="findings"
          bars={perDay(rows, 'finding').map((d) => ({ label: d.day, value: d.count, tick: d.day.slice(5) }))}
        />
        <BarChart
          id="scores"
          title="Scores of replies sent in public"
          unit="replies"
          bars={
            scores.size
              ? SCORE_BUCKETS.map((b) => ({ label: b, value: scores.get(b) ?? 0, tick: b.split('-')[0] }))
              : []
          }
        />
      </div>
      <h3>Findings by rule</h3>
      {rules.length === 0 ? (
        <p className="muted" data-tc="stats-empty">
          Nothing counted yet{all.length ? ' in this selection' : ''}.
        </p>
      ) : (
        <table className="rules">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Findings</th>
              <th scope="col">Fixes applied</th>
              <th scope="col">
                <span className="sr-only">Share</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.subject} data-tc="stat" data-rule={r.subject} data-count={r.count}>
                <th scope="row">
                  <code>{r.subject}</code>
                </th>
                <td>{r.count}</td>
                <td data-tc="stat-fixes">{fixes.get(r.subject) ?? 0}</td>
                <td className="barcell" aria-hidden="true">
                  <span style={{ width: `${(r.count / rules[0]!.count) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="grid3">
        <Breakdown
          title="By category"
          entries={totalsBy(rows, 'category').map((t) => [CATEGORY_LABEL[t.subject as Category] ?? t.subject, t.count])}
        />
        <Breakdown title="Findings by site" entries={[...bySite('finding', 'site')]} />
        <Breakdown title="Findings by channel" entries={[...bySite('finding', 'channel')]} />
      </div>
    </section>
  );
}

function Breakdown(props: { title: string; entries: Array<[string, number]> }) {
  if (props.entries.length === 0) return null;
  return (
    <section>
      <h3>{props.title}</h3>
      <table>
        <tbody>
          {props.entries.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
