// Try rule sets on past replies before rolling them out: load a CSV or JSONL file of replies (the CLI's audit formats),
// choose the sets, and see per rule how many replies it would flag, with a few examples showing the flagged words.
// The engine runs in a Web Worker, so the page stays responsive; Cancel stops it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { CHANNELS, type Channel } from '../../rules/base';
import { activeEntries, ORIGIN_LABEL, ORIGINS, type LibraryEntry } from '../../utils/rule-library';
import { DEFAULT_FIELDS, dryRunContext, examplePieces, type DryRunExample, type RuleTally } from './dry-run-core';
import { DryRunError, startDryRun, type DryRunOutcome, type RunningDryRun } from './dry-run-runner';

const CHANNEL_LABEL: Record<Channel, string> = {
  x: 'X (Twitter), public',
  facebook: 'Facebook, public',
  instagram: 'Instagram, public',
  messenger: 'Messenger, private',
  email: 'E-mail, private',
  chat: 'Chat, private',
  ticket: 'Internal note',
  other: 'Other, public',
};

type State =
  | { kind: 'idle' }
  | { kind: 'running'; file: string; checked: number; fraction: number }
  | { kind: 'cancelled'; file: string; checked: number }
  | { kind: 'failed'; file: string; message: string }
  | { kind: 'done'; file: string; outcome: DryRunOutcome; rules: Row[] };

interface Row extends Pick<RuleTally, 'key' | 'ruleSet' | 'rule' | 'severity' | 'replies' | 'examples'> {
  setName: string;
}

const count = (n: number): string => n.toLocaleString('en');
/** The share as a percentage with one decimal; a rule that flags a few replies of many is not shown as 0.0%. */
const share = (n: number, of: number): string =>
  !of || !n ? '0%' : (100 * n) / of < 0.1 ? '<0.1%' : `${((100 * n) / of).toFixed(1)}%`;

/** The reply with the flagged words marked. */
function Example(props: { example: DryRunExample }) {
  const { text, spans, id } = props.example;
  const parts = examplePieces(text, spans);
  return (
    <li className="dry-run-example" data-tc="dry-run-example">
      <span className="dry-run-id">#{id}</span>{' '}
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className={p.text ? undefined : 'dry-run-gap'} title={p.text ? undefined : 'here'}>
            {p.text || '\u2038'}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </li>
  );
}

export function DryRun(props: { entries: LibraryEntry[] }) {
  const usable = props.entries.filter((e) => e.ruleSet);
  const active = useMemo(() => new Set(activeEntries(props.entries).map((e) => e.key)), [props.entries]);
  /** The user's choice of sets; until they change it, the active ones. */
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const chosen = picked ?? active;
  const [channel, setChannel] = useState<Channel>('x');
  const [textField, setTextField] = useState(DEFAULT_FIELDS.text);
  const [messageField, setMessageField] = useState(DEFAULT_FIELDS.message);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef<RunningDryRun | null>(null);
  useEffect(() => () => running.current?.cancel(), []); // leaving the page stops the worker

  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
  };

  const start = (f: File): void => {
    running.current?.cancel();
    // One set per id: of two chosen sets with one id, the one a reply box would use (policy, subscription, user, built in).
    const seen = new Set<string>();
    const byOrigin = [...usable].sort((a, b) => ORIGINS.indexOf(a.origin) - ORIGINS.indexOf(b.origin));
    const entries = byOrigin.filter((e) => {
      if (!chosen.has(e.key) || seen.has(e.ruleSet!.id)) return false;
      seen.add(e.ruleSet!.id);
      return true;
    });
    if (!entries.length) {
      setState({ kind: 'failed', file: f.name, message: 'Choose at least one rule set to run.' });
      return;
    }
    const sets = entries.map((e) => e.ruleSet!);
    const names = new Map(sets.map((s) => [s.id, s.name]));
    setState({ kind: 'running', file: f.name, checked: 0, fraction: 0 });
    const run = startDryRun(
      f,
      sets,
      dryRunContext(channel),
      { text: textField.trim() || DEFAULT_FIELDS.text, message: messageField.trim() },
      (p) => {
        if (running.current === run) setState({ kind: 'running', file: f.name, ...p });
      },
    );
    running.current = run;
    run.done.then(
      (outcome) => {
        if (running.current !== run) return;
        running.current = null;
        if (outcome === 'cancelled') return;
        // Every rule of the chosen sets gets a row; rules that flag nothing come last, with 0.
        const tallies = new Map(outcome.summary.rules.map((r) => [r.key, r]));
        const rows: Row[] = sets.flatMap((s) =>
          s.rules.map((r) => {
            const key = `${s.id}/${r.id}`;
            const t = tallies.get(key);
            return {
              key,
              ruleSet: s.id,
              rule: r.id,
              severity: r.severity,
              replies: t?.replies ?? 0,
              examples: t?.examples ?? [],
              setName: names.get(s.id) ?? s.id,
            };
          }),
        );
        rows.sort((a, b) => b.replies - a.replies);
        setState({ kind: 'done', file: f.name, outcome, rules: rows });
      },
      (e: unknown) => {
        if (running.current !== run) return;
        running.current = null;
        setState({
          kind: 'failed',
          file: f.name,
          message:
            e instanceof DryRunError ? e.message : `The dry run stopped: ${e instanceof Error ? e.message : String(e)}`,
        });
      },
    );
  };

  const cancel = (): void => {
    const run = running.current;
    if (!run) return;
    running.current = null;
    run.cancel();
    setState((s) => ({
      kind: 'cancelled',
      file: s.kind === 'running' ? s.file : '',
      checked: s.kind === 'running' ? s.checked : 0,
    }));
  };

  const isRunning = state.kind === 'running';
  return (
    <div className="dry-run" data-tc="dry-run">
      <p className="lead">
        Load a CSV (with a header row) or JSONL file of past replies, the same files <code>tone-coach audit</code>{' '}
        reads, to see what the rules would say about them. The file is read on this computer only.
      </p>
      <fieldset className="dry-run-sets" disabled={isRunning}>
        <legend>Rule sets to run</legend>
        {usable.map((e) => (
          <label key={e.key} className="check dry-run-set">
            <input
              type="checkbox"
              data-tc="dry-run-set"
              data-key={e.key}
              checked={chosen.has(e.key)}
              onChange={(ev) => toggle(e.key, ev.currentTarget.checked)}
            />{' '}
            {e.ruleSet!.name}{' '}
            <span className="dry-run-origin">
              ({ORIGIN_LABEL[e.origin]}
              {active.has(e.key) ? '' : ', off'})
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="dry-run-options" disabled={isRunning}>
        <legend>How to read the replies</legend>
        <label>
          Channel
          <select
            value={channel}
            data-tc="dry-run-channel"
            onChange={(e) => setChannel(e.currentTarget.value as Channel)}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Column or field with the reply
          <input value={textField} data-tc="dry-run-field" onInput={(e) => setTextField(e.currentTarget.value)} />
        </label>
        <label>
          Column or field with the customer's message (optional; it sets their mood)
          <input value={messageField} onInput={(e) => setMessageField(e.currentTarget.value)} />
        </label>
        <label>
          File of past replies
          <input
            type="file"
            accept=".csv,.tsv,.jsonl,.ndjson,.json,.txt,text/csv"
            data-tc="dry-run-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0] ?? null;
              setFile(f);
              if (f) start(f);
            }}
          />
        </label>
        {file && !isRunning && (
          <div className="row">
            <button type="button" data-tc="dry-run-start" onClick={() => start(file)}>
              Run again on "{file.name}"
            </button>
          </div>
        )}
      </fieldset>
      <div aria-live="polite" className="dry-run-state">
        {state.kind === 'running' && (
          <div className="row dry-run-running">
            <progress data-tc="dry-run-progress" max={1} value={state.fraction} aria-label="Progress of the dry run" />
            <span data-tc="dry-run-status">
              Checking "{state.file}": {count(state.checked)} replies so far…
            </span>
            <button type="button" data-tc="dry-run-cancel" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        {state.kind === 'cancelled' && (
          <p className="status" data-tc="dry-run-status" data-state="cancelled">
            Cancelled after {count(state.checked)} replies; nothing was kept.
          </p>
        )}
        {state.kind === 'failed' && (
          <p className="error" role="alert" data-tc="error">
            {state.message}
          </p>
        )}
      </div>
      {state.kind === 'done' && <Results file={state.file} outcome={state.outcome} rows={state.rules} />}
    </div>
  );
}

function Results(props: { file: string; outcome: DryRunOutcome; rows: Row[] }) {
  const { summary, skipped, ms } = props.outcome;
  return (
    <div className="dry-run-results">
      <p
        className="status"
        data-tc="dry-run-status"
        data-state="done"
        data-replies={summary.replies}
        data-ms={Math.round(ms)}
        data-workers={props.outcome.workers}
      >
        {count(summary.replies)} replies from "{props.file}" checked in {(ms / 1000).toFixed(1)} s:{' '}
        {count(summary.flagged)} flagged ({share(summary.flagged, summary.replies)}).
      </p>
      {skipped.count > 0 && (
        <div className="note" data-tc="dry-run-skipped">
          {count(skipped.count)} record{skipped.count === 1 ? '' : 's'} could not be read and{' '}
          {skipped.count === 1 ? 'was' : 'were'} skipped:
          <ul>
            {skipped.listed.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
            {skipped.count > skipped.listed.length && <li>and {count(skipped.count - skipped.listed.length)} more</li>}
          </ul>
        </div>
      )}
      {summary.failures.length > 0 && (
        <div className="error" role="alert">
          Some rules could not run:
          <ul>
            {summary.failures.map((f, i) => (
              <li key={i} data-tc="error">
                {f}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table data-tc="dry-run-results">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Replies flagged</th>
            <th scope="col">Share</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key} data-tc="dry-run-rule" data-rule={r.key} data-count={r.replies}>
              <th scope="row">
                <span className={`dry-run-severity ${r.severity}`}>{r.severity}</span> {r.rule}
                <span className="dry-run-set-name">{r.setName}</span>
              </th>
              <td className="num">{count(r.replies)}</td>
              <td className="num">{share(r.replies, summary.replies)}</td>
              <td>
                {r.examples.length > 0 ? (
                  <details>
                    <summary>
                      {r.examples.length} example{r.examples.length === 1 ? '' : 's'}
                    </summary>
                    <ul className="dry-run-examples">
                      {r.examples.map((ex, i) => (
                        <Example key={i} example={ex} />
                      ))}
                    </ul>
                  </details>
                ) : (
                  <span className="dry-run-none">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
