// The trainer page (issue 10): scenarios as lessons, the bad and the good reply side by side through the shared
// components, practice in a live-coached reply box, presentation mode for a room, and the numbers (stats).
// Address: trainer.html; #stats opens the numbers, #<scenario id> a scenario.
import { CHANNEL_LABEL } from '../../components/labels';
import { useEffect, useMemo, useState } from 'react';
import type { RuleSet } from '../../rules/schema';
import { saveText } from '../../utils/download';
import { loadLibrary, watchLibrary } from '../../utils/library';
import { activeEntries, type LibraryEntry } from '../../utils/rule-library';
import { exportScenario, exportScenarios, type Scenario } from '../../utils/scenario';
import { loadOwnScenarios, ownScenariosItem, saveOwnScenarios } from '../../utils/scenario-store';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS } from '../../utils/scenarios';
import { lesson } from './lesson';
import { Practice } from './Practice';
import { Presentation } from './Presentation';
import { RuleSetPicker } from './RuleSetPicker';
import { blankScenario, ScenarioEditor } from './ScenarioEditor';
import { ScenarioImport } from './ScenarioImport';
import { SideBySide } from './SideBySide';
import { Stats } from './Stats';

type View = 'scenarios' | 'stats';
type Mode = 'compare' | 'practice' | 'edit' | 'new' | 'import';

function fromHash(): { view: View; id: string | null } {
  const h = decodeURIComponent(location.hash.slice(1));
  if (h === 'stats') return { view: 'stats', id: null };
  return { view: 'scenarios', id: h || null };
}

export function App() {
  const start = fromHash();
  const [view, setView] = useState<View>(start.view);
  const [own, setOwn] = useState<Scenario[]>([]);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(start.id);
  const [mode, setMode] = useState<Mode>('compare');
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = (): void => void loadLibrary().then((lib) => setEntries(lib.entries));
    load();
    const unwatchLib = watchLibrary(load);
    const loadOwn = (): void => void loadOwnScenarios().then(setOwn);
    loadOwn();
    const unwatchOwn = ownScenariosItem.watch(loadOwn);
    return () => {
      unwatchLib();
      unwatchOwn();
    };
  }, []);
  // A link or the address bar changing the #: follow it (the page's own navigation replaces it silently).
  useEffect(() => {
    const follow = (): void => {
      const h = fromHash();
      setView(h.view);
      if (h.id) setSelectedId(h.id);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const all = useMemo(() => [...BUILTIN_SCENARIOS, ...own], [own]);
  const scenario = all.find((s) => s.id === selectedId) ?? all[0]!;
  const isOwn = own.some((s) => s.id === scenario.id);

  // The rule sets: those the trainer ticked, else those on for this scenario's channel (as at work).
  const readable = (entries ?? []).filter((e) => e.ruleSet);
  const defaultKeys = new Set(activeEntries(readable, { channel: scenario.channel }).map((e) => e.key));
  const keys = chosen ?? defaultKeys;
  const sets: RuleSet[] = readable.filter((e) => keys.has(e.key)).map((e) => e.ruleSet!);
  const setsKey = sets.map((s) => s.id).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => (entries ? lesson(scenario, sets) : null), [scenario, setsKey, entries]);

  const open = (id: string): void => {
    setSelectedId(id);
    setView('scenarios');
    setMode((m) => (m === 'practice' ? 'practice' : 'compare'));
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  };
  const go = (v: View): void => {
    setView(v);
    history.replaceState(null, '', v === 'stats' ? '#stats' : `#${encodeURIComponent(scenario.id)}`);
  };
  const takenIds = (except?: string): Set<string> => new Set(all.map((s) => s.id).filter((id) => id !== except));

  const saveScenario = async (s: Scenario, replacing?: string): Promise<void> => {
    const next = replacing ? own.map((o) => (o.id === replacing ? s : o)) : [...own, s];
    await saveOwnScenarios(next);
    setOwn(next);
    setMode('compare');
    open(s.id);
    setStatus(`Saved “${s.title}”.`);
  };
  const remove = async (): Promise<void> => {
    const next = own.filter((o) => o.id !== scenario.id);
    await saveOwnScenarios(next);
    setOwn(next);
    setSelectedId(null);
    setStatus(`Deleted “${scenario.title}”.`);
  };

  return (
    <main className="trainer" data-tc="trainer">
      <header className="top">
        <h1>Tone Coach trainer</h1>
        <nav aria-label="Trainer">
          <button
            type="button"
            data-tc="nav-scenarios"
            aria-current={view === 'scenarios' ? 'page' : undefined}
            onClick={() => go('scenarios')}
          >
            Scenarios
          </button>
          <button
            type="button"
            data-tc="nav-stats"
            aria-current={view === 'stats' ? 'page' : undefined}
            onClick={() => go('stats')}
          >
            Numbers
          </button>
        </nav>
      </header>
      {status && (
        <p role="status" className="status" data-tc="status">
          {status}
        </p>
      )}
      {view === 'stats' ? (
        <Stats />
      ) : (
        <div className="layout">
          <aside aria-labelledby="list-heading">
            <h2 id="list-heading">Scenarios</h2>
            <ul className="scenario-list">
              {all.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    data-tc="scenario"
                    data-id={s.id}
                    data-origin={BUILTIN_SCENARIO_IDS.has(s.id) ? 'builtin' : 'own'}
                    aria-current={s.id === scenario.id ? 'true' : undefined}
                    onClick={() => open(s.id)}
                  >
                    <span className="t">{s.title}</span>
                    <span className="meta">
                      {CHANNEL_LABEL[s.channel]} · {s.audience}
                      {BUILTIN_SCENARIO_IDS.has(s.id) ? '' : ' · yours'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <div className="list-actions">
              <button type="button" data-tc="scenario-new" onClick={() => setMode('new')}>
                New scenario
              </button>
              <button type="button" data-tc="scenario-import-open" onClick={() => setMode('import')}>
                Import
              </button>
              <button
                type="button"
                data-tc="export-own"
                disabled={own.length === 0}
                onClick={() => saveText('tone-coach-scenarios.json', exportScenarios(own))}
              >
                Export yours
              </button>
            </div>
          </aside>
          <div className="content">
            {mode === 'import' ? (
              <ScenarioImport
                own={own}
                builtinIds={BUILTIN_SCENARIO_IDS}
                onImport={async (next) => {
                  await saveOwnScenarios(next);
                  setOwn(next);
                }}
                onClose={() => setMode('compare')}
              />
            ) : mode === 'new' || mode === 'edit' ? (
              <ScenarioEditor
                key={mode === 'new' ? 'new' : scenario.id}
                initial={
                  mode === 'new'
                    ? blankScenario()
                    : isOwn
                      ? scenario
                      : { ...scenario, id: `${scenario.id}-copy`, title: `${scenario.title} (copy)` }
                }
                takenIds={takenIds(mode === 'edit' && isOwn ? scenario.id : undefined)}
                onSave={(s) => saveScenario(s, mode === 'edit' && isOwn ? scenario.id : undefined)}
                onCancel={() => setMode('compare')}
              />
            ) : (
              <article className="scenario" data-tc="scenario-view" data-id={scenario.id}>
                <header>
                  <h2>{scenario.title}</h2>
                  <p className="meta">
                    <span className="chip">{CHANNEL_LABEL[scenario.channel]}</span>{' '}
                    <span className="chip">{scenario.audience === 'public' ? 'Public: others see it' : 'Private'}</span>{' '}
                    <span className="chip">Customer is {scenario.customer.mood}</span>
                  </p>
                  {scenario.situation && <p className="situation">{scenario.situation}</p>}
                  <figure className="customer">
                    <figcaption>
                      <strong>{scenario.customer.name}</strong> {scenario.customer.handle ?? ''} wrote:
                    </figcaption>
                    <p>{scenario.customer.message}</p>
                  </figure>
                </header>
                <div className="toolbar" data-tone-coach="off">
                  <button
                    type="button"
                    className="primary"
                    data-tc="present"
                    disabled={!current}
                    onClick={() => setPresenting(true)}
                  >
                    Present
                  </button>
                  <button
                    type="button"
                    data-tc="scenario-export"
                    onClick={() => saveText(`${scenario.id}.scenario.json`, exportScenario(scenario))}
                  >
                    Export
                  </button>
                  <button type="button" data-tc="scenario-edit" onClick={() => setMode('edit')}>
                    {isOwn ? 'Edit' : 'Duplicate to edit'}
                  </button>
                  {isOwn && (
                    <button type="button" data-tc="scenario-delete" onClick={() => void remove()}>
                      Delete
                    </button>
                  )}
                  {entries && <RuleSetPicker entries={entries} chosen={keys} onChange={(k) => setChosen(k)} />}
                </div>
                <div role="tablist" aria-label="Lesson" className="tabs">
                  <button
                    type="button"
                    role="tab"
                    data-tc="tab-compare"
                    aria-selected={mode === 'compare'}
                    onClick={() => setMode('compare')}
                  >
                    Side by side
                  </button>
                  <button
                    type="button"
                    role="tab"
                    data-tc="tab-practice"
                    aria-selected={mode === 'practice'}
                    onClick={() => setMode('practice')}
                  >
                    Practice
                  </button>
                </div>
                {!current ? (
                  <p className="muted">Loading the rule sets…</p>
                ) : mode === 'practice' ? (
                  <Practice scenario={scenario} sets={sets} />
                ) : (
                  <SideBySide scenario={scenario} lesson={current} />
                )}
              </article>
            )}
          </div>
        </div>
      )}
      {presenting && current && (
        <Presentation scenario={scenario} lesson={current} onClose={() => setPresenting(false)} />
      )}
    </main>
  );
}
