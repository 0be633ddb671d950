// The manager (the extension's options page, opened in a tab): where a brand manager owns the voice. Rule sets by
// origin (policy, subscribed, the user's own, built in); create, duplicate, rename, delete with undo, switch on or
// off, scope to sites or channels; edit a set in forms (editor/); import and export; subscribe by URL; a dry run
// over past replies; settings. Every problem is shown in plain words next to what it concerns ([data-tc="error"]).
import { useCallback, useState } from 'react';
import type { RuleSet } from '../../rules/schema';
import { RuleStoreError, deleteUserSet, freeId, saveUserSet, saveValidSets, undoDelete } from '../../utils/rule-store';
import type { LibraryEntry } from '../../utils/rule-library';
import { DryRun } from './DryRun';
import { RuleSetEditor } from './editor/RuleSetEditor';
import { ImportPanel } from './ImportPanel';
import { RuleSetList } from './RuleSetList';
import { SettingsPanel } from './SettingsPanel';
import { SubscribeForm } from './SubscribeForm';
import { useLibrary } from './use-library';

export type Run = (action: () => Promise<void>, done?: string) => Promise<boolean>;

/** A problem in plain words, with the list of problems a RuleStoreError carries. */
export function describe(e: unknown): { message: string; problems: string[] } {
  if (e instanceof RuleStoreError) return { message: e.message, problems: e.problems };
  return { message: `Something went wrong: ${e instanceof Error ? e.message : String(e)}`, problems: [] };
}

export function ErrorNote(props: { error: { message: string; problems: string[] } | null }) {
  if (!props.error) return null;
  return (
    <div className="error" role="alert" data-tc="error">
      {props.error.message}
      {props.error.problems.length > 0 && (
        <ul>
          {props.error.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const NEW_SET = (id: string): RuleSet => ({
  id,
  name: 'My brand voice',
  description: 'Rules that make replies sound like us.',
  version: 1,
  rules: [],
});

export function App() {
  const { library, error: loadError } = useLibrary();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);

  const run: Run = useCallback(async (action, done) => {
    setError(null);
    try {
      await action();
      if (done) setStatus(done);
      return true;
    } catch (e) {
      setError(describe(e));
      return false;
    }
  }, []);

  if (!library)
    return (
      <main data-tc="manager" aria-busy={!loadError}>
        <h1>Tone Coach</h1>
        {loadError && <ErrorNote error={{ message: loadError, problems: [] }} />}
      </main>
    );

  const takenIds = library.entries.flatMap((e) => (e.ruleSet ? [e.ruleSet.id] : []));
  const userSets = library.entries.filter((e) => e.origin === 'user' && e.ruleSet).map((e) => e.ruleSet!);
  const allowUser = library.policy.allowUserRuleSets;
  const editingEntry = library.entries.find((e) => e.key === editing);

  const create = (): Promise<boolean> =>
    run(async () => {
      const set = NEW_SET(freeId('my-brand', takenIds));
      await saveUserSet(set);
      setEditing(`user:${set.id}`);
    }, 'New rule set made.');
  const duplicate = (entry: LibraryEntry): Promise<boolean> =>
    run(async () => {
      const from = entry.ruleSet!;
      const id = freeId(`${from.id}-copy`, takenIds);
      await saveValidSets([{ ruleSet: { ...from, id, name: `${from.name} (copy)` } }]);
      setEditing(`user:${id}`);
    }, `Duplicated "${entry.ruleSet?.name}".`);
  const remove = (entry: LibraryEntry): Promise<boolean> =>
    run(async () => {
      const id = entry.key.slice('user:'.length);
      await deleteUserSet(id);
      if (editing === entry.key) setEditing(null);
      setDeleted({ id, name: entry.ruleSet?.name ?? id });
    });
  const undo = (): Promise<boolean> =>
    run(async () => {
      if (!deleted) return;
      await undoDelete(deleted.id);
      setDeleted(null);
    }, 'Restored.');

  return (
    <main data-tc="manager">
      <header className="top">
        <h1>Tone Coach</h1>
        <p className="lead">
          Rule sets decide what Tone Coach says in every reply box. Make your brand's voice here, try it on past
          replies, and share it with your team.
        </p>
      </header>
      {library.policy.problems.map((p, i) => (
        <ErrorNote key={i} error={{ message: p, problems: [] }} />
      ))}
      {!allowUser && (
        <p className="note" data-tc="policy-note">
          Your organisation manages Tone Coach's rule sets: sets of your own are kept but not used.
        </p>
      )}
      <div className="live" aria-live="polite">
        {status && <p className="status">{status}</p>}
        {deleted && (
          <p className="status" data-tc="deleted">
            Deleted "{deleted.name}".{' '}
            <button data-tc="undo" onClick={() => void undo()}>
              Undo
            </button>
          </p>
        )}
      </div>
      <ErrorNote error={error} />
      <section aria-labelledby="sets-heading">
        <div className="section-head">
          <h2 id="sets-heading">Rule sets</h2>
          <div className="row">
            <button className="primary" data-tc="new-set" disabled={!allowUser} onClick={() => void create()}>
              New rule set
            </button>
          </div>
        </div>
        <RuleSetList
          entries={library.entries}
          editing={editing}
          onEdit={(e) => setEditing(e.key === editing ? null : e.key)}
          onDuplicate={(e) => void duplicate(e)}
          onDelete={(e) => void remove(e)}
          run={run}
        />
      </section>
      {editingEntry?.ruleSet && (
        <section aria-label={`Editing ${editingEntry.ruleSet.name}`} className="editor-section">
          <RuleSetEditor
            key={editingEntry.key}
            entry={editingEntry}
            readOnly={editingEntry.origin !== 'user'}
            onSave={async (json, previousId) => {
              const saved = await saveUserSet(json, {}, previousId);
              setEditing(`user:${saved.id}`);
              setStatus(`Saved "${saved.name}".`);
            }}
            onDuplicate={() => void duplicate(editingEntry)}
            onClose={() => setEditing(null)}
          />
        </section>
      )}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import and subscribe</h2>
        <ImportPanel
          existing={userSets}
          disabled={!allowUser}
          onImport={async (sets) => {
            // The import panel says what was imported, beside the button that did it.
            await saveValidSets(sets.map((ruleSet) => ({ ruleSet })));
          }}
        />
        <SubscribeForm disabled={!allowUser} run={run} />
      </section>
      <section aria-labelledby="dry-run-heading">
        <h2 id="dry-run-heading">Try the rules on past replies</h2>
        <DryRun entries={library.entries} />
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <SettingsPanel run={run} />
      </section>
    </main>
  );
}
