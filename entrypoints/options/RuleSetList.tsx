// The rule sets by origin, each with what can be done to it: edit or view, duplicate, export, switch on or off,
// scope to sites or channels, delete (user sets, with undo), unsubscribe. Locked sets (policy) show why.
import { useState } from 'react';
import { CHANNELS, type Channel } from '../../rules/types';
import { CHANNEL_LABEL } from '../../components/labels';
import { exportFileName, exportRuleSet, exportRuleSets } from '../../utils/rule-set-files';
import { ORIGINS, ORIGIN_LABEL, shadowedBy, type LibraryEntry, type Scope } from '../../utils/rule-library';
import { setBuiltinState, setUserSetState } from '../../utils/rule-store';
import { setSubscriptionState, unsubscribe } from '../../utils/subscriptions';
import { saveText } from '../../utils/download';
import type { Run } from './App';

function setState(entry: LibraryEntry, state: { enabled?: boolean; scope?: Scope }): Promise<void> {
  if (entry.origin === 'builtin') return setBuiltinState(entry.ruleSet!.id, state);
  if (entry.origin === 'subscription') return setSubscriptionState(entry.url!, state);
  return setUserSetState(entry.key.slice('user:'.length), state);
}

export function RuleSetList(props: {
  entries: LibraryEntry[];
  editing: string | null;
  onEdit(entry: LibraryEntry): void;
  onDuplicate(entry: LibraryEntry): void;
  onDelete(entry: LibraryEntry): void;
  run: Run;
}) {
  const exportable = props.entries.flatMap((e) => (e.ruleSet ? [e.ruleSet] : []));
  return (
    <>
      {ORIGINS.map((origin) => {
        const group = props.entries.filter((e) => e.origin === origin);
        if (group.length === 0) return null;
        return (
          <div className="origin-group" key={origin} data-tc="origin-group" data-origin={origin}>
            <h3>{ORIGIN_LABEL[origin]}</h3>
            <ul className="sets">
              {group.map((entry) => (
                <SetRow key={entry.key} {...props} entry={entry} shadow={shadowedBy(entry, props.entries)} />
              ))}
            </ul>
          </div>
        );
      })}
      <p className="row">
        <button
          data-tc="export-all"
          disabled={exportable.length === 0}
          onClick={() => saveText(exportFileName('all'), exportRuleSets(exportable))}
        >
          Export all rule sets
        </button>
      </p>
    </>
  );
}

function SetRow(props: {
  entry: LibraryEntry;
  shadow?: LibraryEntry;
  editing: string | null;
  onEdit(entry: LibraryEntry): void;
  onDuplicate(entry: LibraryEntry): void;
  onDelete(entry: LibraryEntry): void;
  run: Run;
}) {
  const { entry, run } = props;
  const set = entry.ruleSet;
  const [scoping, setScoping] = useState(false);
  const name = set?.name ?? entry.url ?? entry.key;
  const switchable = !(entry.origin === 'policy' || (entry.origin === 'builtin' && entry.problem));
  const where = describeScope(entry.scope);
  return (
    <li
      className="set"
      data-tc="rule-set"
      data-id={set?.id ?? ''}
      data-origin={entry.origin}
      data-enabled={String(entry.enabled)}
      data-locked={String(entry.locked)}
    >
      <div className="set-head">
        <label className="switch" title={switchable ? undefined : 'Set by your organisation'}>
          <input
            type="checkbox"
            role="switch"
            data-tc="set-enabled"
            aria-label={`Use ${name}`}
            checked={entry.enabled}
            disabled={!switchable || !set}
            onChange={(e) => void run(() => setState(entry, { enabled: e.currentTarget.checked }))}
          />
        </label>
        <div className="set-title">
          <span className="set-name">{name}</span>
          {entry.origin === 'policy' && (
            <span className="badge locked" title="Pushed by your organisation's policy: it cannot be changed here.">
              🔒 Locked
            </span>
          )}
          <span className="set-meta">
            {set ? `${set.id} · ${set.rules.length} rule${set.rules.length === 1 ? '' : 's'}` : 'not readable'}
            {where && ` · ${where}`}
            {entry.url && ` · ${entry.url}`}
            {entry.updatedAt ? ` · updated ${new Date(entry.updatedAt).toLocaleString()}` : ''}
          </span>
          {set?.description && <span className="set-description">{set.description}</span>}
        </div>
        <div className="set-actions">
          {set && (
            <button data-tc="edit" aria-expanded={props.editing === entry.key} onClick={() => props.onEdit(entry)}>
              {entry.origin === 'user' ? 'Edit' : 'View'}
            </button>
          )}
          {set && (
            <button data-tc="duplicate" onClick={() => props.onDuplicate(entry)}>
              Duplicate
            </button>
          )}
          {(set || entry.origin === 'user') && (
            <button
              data-tc="export"
              onClick={() =>
                set
                  ? saveText(exportFileName(set), exportRuleSet(set))
                  : saveText(
                      `${entry.key.slice(5)}.unreadable.json`,
                      JSON.stringify((entry as { raw?: unknown }).raw, null, 2),
                    )
              }
            >
              Export
            </button>
          )}
          {entry.origin !== 'policy' && set && (
            <button data-tc="scope" aria-expanded={scoping} onClick={() => setScoping(!scoping)}>
              Where
            </button>
          )}
          {entry.origin === 'user' && (
            <button className="danger" data-tc="delete" onClick={() => props.onDelete(entry)}>
              Delete
            </button>
          )}
          {entry.origin === 'subscription' && (
            <button className="danger" data-tc="unsubscribe" onClick={() => void run(() => unsubscribe(entry.url!))}>
              Unsubscribe
            </button>
          )}
        </div>
      </div>
      {entry.problem && (
        <p
          className={entry.origin === 'builtin' ? 'note' : 'error'}
          data-tc={entry.origin === 'builtin' ? 'note' : 'error'}
        >
          {entry.problem.message}
          {entry.problem.at ? ` (${new Date(entry.problem.at).toLocaleString()})` : ''}
        </p>
      )}
      {props.shadow && entry.enabled && (
        <p className="note">
          Not used: the set "{props.shadow.ruleSet?.name}" ({ORIGIN_LABEL[props.shadow.origin].toLowerCase()}) has the
          same id and takes its place.
        </p>
      )}
      {scoping && (
        <ScopeEditor
          scope={entry.scope}
          onSave={(scope) =>
            void run(
              async () => {
                await setState(entry, { scope });
                setScoping(false);
              },
              `"${name}" now applies ${describeScope(scope) || 'everywhere'}.`,
            )
          }
        />
      )}
    </li>
  );
}

export function describeScope(scope: Scope): string {
  const parts: string[] = [];
  if (scope.sites?.length) parts.push(`on ${scope.sites.join(', ')}`);
  if (scope.channels?.length) parts.push(`in ${scope.channels.map((c) => CHANNEL_LABEL[c]).join(', ')}`);
  return parts.join(', ');
}

/** Sites as host names, one per comma or line: "https://acme.zendesk.com/agent" is read as "acme.zendesk.com". */
export function readSites(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
        .map((s) => {
          try {
            return new URL(s.includes('://') ? s : `https://${s}`).hostname;
          } catch {
            return s;
          }
        }),
    ),
  ];
}

function ScopeEditor(props: { scope: Scope; onSave(scope: Scope): void }) {
  const [sites, setSites] = useState((props.scope.sites ?? []).join(', '));
  const [channels, setChannels] = useState<Channel[]>(props.scope.channels ?? []);
  return (
    <form
      className="scope"
      data-tc="scope-editor"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ sites: readSites(sites), channels });
      }}
    >
      <label>
        Only on these sites (empty: every site)
        <input
          data-tc="scope-sites"
          value={sites}
          placeholder="acme.zendesk.com, x.com"
          onInput={(e) => setSites(e.currentTarget.value)}
        />
      </label>
      <fieldset>
        <legend>Only in these channels (none ticked: every channel)</legend>
        {CHANNELS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              data-tc="scope-channel"
              value={c}
              checked={channels.includes(c)}
              onChange={(e) =>
                setChannels(e.currentTarget.checked ? [...channels, c] : channels.filter((x) => x !== c))
              }
            />
            {CHANNEL_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <button className="primary" type="submit" data-tc="scope-save">
        Save where it applies
      </button>
    </form>
  );
}
