// Import scenarios from a file or a paste, as the manager imports rule sets: the file is read and checked first, a
// preview lists what would be added or replaced, and Import writes all of it in one call, or nothing. A file with
// problems, or with a built-in scenario's id, lists why and offers nothing to apply.
import { useRef, useState } from 'react';
import {
  applyScenarioImport,
  planScenarioImport,
  readScenarioFile,
  type Scenario,
  type ScenarioPlanItem,
} from '../../utils/scenario';

const ACTION_LABEL = { add: 'New', replace: 'Replaces yours', refused: 'Refused: a built-in scenario’s id' } as const;

export function ScenarioImport(props: {
  own: readonly Scenario[];
  builtinIds: ReadonlySet<string>;
  onImport(next: Scenario[], count: number): Promise<void>;
  onClose(): void;
}) {
  const [pasted, setPasted] = useState('');
  const [plan, setPlan] = useState<{ source: string; items: ScenarioPlanItem[] } | null>(null);
  const [problems, setProblems] = useState<{ title: string; list: string[] } | null>(null);
  const [done, setDone] = useState('');
  const file = useRef<HTMLInputElement>(null);

  const show = (source: string, text: string): void => {
    setDone('');
    const r = readScenarioFile(text);
    if (!r.ok) {
      setPlan(null);
      setProblems({ title: `${source} cannot be imported, so nothing was changed:`, list: r.problems });
      return;
    }
    setProblems(null);
    setPlan({ source, items: planScenarioImport(r.scenarios, props.own, props.builtinIds) });
  };
  const refused = plan?.items.some((i) => i.action === 'refused') ?? false;

  const confirm = async (): Promise<void> => {
    if (!plan || refused) return;
    try {
      await props.onImport(applyScenarioImport(props.own, plan.items), plan.items.length);
      setDone(`Imported ${plan.items.length} scenario${plan.items.length === 1 ? '' : 's'} from ${plan.source}.`);
      setPlan(null);
      setPasted('');
    } catch (e) {
      setProblems({ title: 'Nothing was imported:', list: [e instanceof Error ? e.message : String(e)] });
    }
  };

  return (
    <section className="import" data-tc="scenario-import" data-tone-coach="off" aria-labelledby="import-heading">
      <h2 id="import-heading">Import scenarios</h2>
      <p className="muted">
        A scenario file exported from a trainer (one scenario, a list, or {'{ "scenarios": [...] }'}). You see what
        changes before anything is written; then all of it is imported, or nothing.
      </p>
      <div className="field">
        <label htmlFor="import-file">From a file</label>
        <input
          id="import-file"
          ref={file}
          type="file"
          accept=".json,application/json"
          data-tc="import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void f.text().then((t) => show(`“${f.name}”`, t));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="import-text">Or paste it</label>
        <textarea
          id="import-text"
          rows={4}
          data-tc="import-text"
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="button" data-tc="import-paste" onClick={() => show('The pasted text', pasted)}>
          Preview
        </button>
      </div>
      {done && (
        <p className="status" role="status" data-tc="import-done">
          {done}
        </p>
      )}
      {problems && (
        <div role="alert" className="problems" data-tc="import-problems">
          <p>{problems.title}</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i} data-tc="error">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan && (
        <div className="preview" data-tc="import-preview">
          <p>{plan.source} holds:</p>
          <ul>
            {plan.items.map((i) => (
              <li key={i.scenario.id} data-tc="import-item" data-id={i.scenario.id} data-action={i.action}>
                <strong>{i.scenario.title}</strong> <code>{i.scenario.id}</code> · {ACTION_LABEL[i.action]}
              </li>
            ))}
          </ul>
          {refused && (
            <p className="error">
              Built-in scenarios cannot be replaced: give the refused one a new id in the file and import it again.
            </p>
          )}
          <div className="buttons">
            <button
              type="button"
              className="primary"
              data-tc="import-confirm"
              disabled={refused}
              onClick={() => void confirm()}
            >
              Import {plan.items.length} scenario{plan.items.length === 1 ? '' : 's'}
            </button>
            <button
              type="button"
              data-tc="import-cancel"
              onClick={() => {
                setPlan(null);
                if (file.current) file.current.value = '';
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <button type="button" className="link" onClick={props.onClose}>
        Back to the scenarios
      </button>
    </section>
  );
}
