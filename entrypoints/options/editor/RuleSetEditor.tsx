// The rule-set editor: a brand manager edits a set in forms (no JSON needed) or, for experts, as JSON; every problem
// is shown next to what it concerns, examples run as they are typed, and a test box shows what the set says about
// any reply. Save is refused while the set has problems, and nothing typed is lost: the draft is kept in the page
// and in sessionStorage until it is saved or discarded. Read-only sets (built in, subscribed, policy) show the same
// view with every input disabled and "Duplicate to edit".
import { useEffect, useMemo, useRef, useState } from 'react';
import { plural } from '../../../components/labels';
import type { RuleSet } from '../../../rules/schema';
import type { LibraryEntry } from '../../../utils/rule-library';
import { AddRule } from './AddRule';
import {
  addRule,
  deleteRule,
  duplicateRule,
  initialDraft,
  isObject,
  moveRule,
  ruleIds,
  rulesOf,
  str,
  toJsonText,
  validateDraft,
  withRule,
  type Json,
} from './draft';
import { Errors } from './fields';
import { JsonView } from './JsonView';
import { parseProblem, placeProblems, ruleProblemCount } from './problems';
import { RuleCard } from './RuleCard';
import { forgetDraft, loadDraft, storeDraft } from './session';
import { SetHead } from './SetHead';
import { TestBox } from './TestBox';

export interface RuleSetEditorProps {
  entry: LibraryEntry;
  readOnly: boolean;
  onSave(json: unknown, previousId?: string): Promise<void>;
  onDuplicate(): void;
  onClose(): void;
}

const READ_ONLY_NOTE: Record<string, string> = {
  builtin: 'Built-in sets cannot be changed here: duplicate this one to make it yours.',
  subscription: 'A subscribed set follows its URL: duplicate it to make changes of your own.',
  policy: 'Set by your organisation: duplicate it to try changes of your own.',
  user: 'This set cannot be changed.',
};

let lastKey = 0;
const newKey = (): string => `rse-r${++lastKey}`;
/** Stable keys for n rules, keeping the ones already given by place. */
const keysFor = (n: number, prev: readonly string[] = []): string[] =>
  Array.from({ length: n }, (_, i) => prev[i] ?? newKey());

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

interface SaveState {
  kind: 'refused' | 'saving' | 'saved' | 'error';
  message: string;
  problems?: string[];
}

export function RuleSetEditor(props: RuleSetEditorProps) {
  const { entry, readOnly } = props;
  const initial = useMemo(() => initialDraft(entry), [entry]);
  const base = useMemo(() => JSON.stringify(initial), [initial]);
  const [start] = useState(() => {
    const kept = readOnly ? null : loadDraft(entry.key, base);
    return { draft: kept ?? initial, restored: kept !== null };
  });
  const [draft, setDraft] = useState<Json>(start.draft);
  const [keys, setKeys] = useState<string[]>(() => keysFor(rulesOf(start.draft).length));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [restored, setRestored] = useState(start.restored);
  const [view, setView] = useState<'forms' | 'json'>('forms');
  const [jsonText, setJsonText] = useState('');
  const [jsonBad, setJsonBad] = useState(false);
  const [switchNote, setSwitchNote] = useState('');
  const [save, setSave] = useState<SaveState | null>(null);
  const [savedJson, setSavedJson] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ rule: unknown; index: number; key: string } | null>(null);
  const [reveal, setReveal] = useState<string | null>(null);
  const [jump, setJump] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  const validation = useMemo(
    () => validateDraft(view === 'json' && jsonBad ? jsonText : draft),
    [view, jsonBad, jsonText, draft],
  );
  const problems = useMemo(() => (validation.ok ? [] : validation.problems), [validation]);
  const map = useMemo(() => placeProblems(problems, draft), [problems, draft]);
  const lastValid = useRef<RuleSet | null>(entry.ruleSet);
  if (validation.ok) lastValid.current = validation.ruleSet;
  const testSet = validation.ok ? validation.ruleSet : lastValid.current;

  const draftJson = JSON.stringify(draft);
  const dirty = draftJson !== base && draftJson !== savedJson;
  const originalId = entry.ruleSet?.id;

  useEffect(() => {
    if (!readOnly) storeDraft(entry.key, savedJson ?? base, draft);
  }, [entry.key, base, savedJson, draft, readOnly]);

  // A rule just added or duplicated: bring it into view with its header focused.
  useEffect(() => {
    if (!reveal) return;
    const el = document.querySelector<HTMLElement>(`[data-key="${reveal}"]`);
    el?.scrollIntoView({ block: 'nearest' });
    el?.querySelector<HTMLElement>('.rse-toggle')?.focus({ preventScroll: true });
    setReveal(null);
  }, [reveal]);

  // Save refused: take the keyboard to the first field with a problem.
  useEffect(() => {
    if (jump === 0) return;
    const first = root.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-tc="error"]');
    first?.scrollIntoView({ block: 'center' });
    if (first?.matches('input, select, textarea')) first.focus({ preventScroll: true });
  }, [jump]);

  const change = (next: Json, nextKeys?: string[]): void => {
    setDraft(next);
    setKeys(nextKeys ?? keysFor(rulesOf(next).length, keys));
    setSave(null);
  };
  const openKeys = (add: readonly string[]): void => setOpen(new Set([...open, ...add]));
  const openWithProblems = (): void => openKeys(keys.filter((_, i) => ruleProblemCount(map, i) > 0));

  const rules = rulesOf(draft);
  const ids = ruleIds(draft);
  const conditional = new Set(
    rules.flatMap((r) =>
      isObject(r) &&
      isObject(r.when) &&
      (r.when.ifRule || r.when.unlessRule || r.when.fixUnlessRule) &&
      typeof r.id === 'string'
        ? [r.id]
        : [],
    ),
  );

  const add = (kind: string): void => {
    const k = newKey();
    change(addRule(draft, kind), [...keys, k]);
    openKeys([k]);
    setReveal(k);
  };
  const duplicate = (i: number): void => {
    const k = newKey();
    change(duplicateRule(draft, i), [...keys.slice(0, i + 1), k, ...keys.slice(i + 1)]);
    openKeys([k]);
    setReveal(k);
  };
  const remove = (i: number): void => {
    setDeleted({ rule: rules[i], index: i, key: keys[i]! });
    change(
      deleteRule(draft, i),
      keys.filter((_, j) => j !== i),
    );
  };
  const undoDelete = (): void => {
    if (!deleted) return;
    const at = Math.min(deleted.index, rules.length);
    change({ ...draft, rules: [...rules.slice(0, at), deleted.rule, ...rules.slice(at)] }, [
      ...keys.slice(0, at),
      deleted.key,
      ...keys.slice(at),
    ]);
    setDeleted(null);
  };
  const move = (i: number, to: number): void => {
    if (to < 0 || to >= rules.length) return;
    const k = [...keys];
    const [moved] = k.splice(i, 1);
    k.splice(to, 0, moved!);
    change(moveRule(draft, i, to), k);
  };

  const showJson = (): void => {
    if (view === 'json') return;
    setJsonText(toJsonText(draft));
    setJsonBad(false);
    setSwitchNote('');
    setView('json');
  };
  const editJson = (text: string): void => {
    setJsonText(text);
    setSave(null);
    const parsed = parseJson(text);
    if (isObject(parsed)) {
      setJsonBad(false);
      setSwitchNote('');
      change(parsed);
    } else setJsonBad(true);
  };
  const showForms = (): void => {
    if (view === 'forms') return;
    if (jsonBad) {
      setSwitchNote(
        'The JSON is not valid, so the forms cannot show it. Fix it (the problem is listed under it), or discard the JSON edits since it was last valid.',
      );
      return;
    }
    setView('forms');
    openWithProblems();
  };
  const discardJson = (): void => {
    setJsonBad(false);
    setSwitchNote('');
    setView('forms');
  };
  const discard = (): void => {
    forgetDraft(entry.key);
    const fresh = structuredClone(initial);
    change(fresh, keysFor(rulesOf(fresh).length));
    setJsonText(toJsonText(fresh));
    setJsonBad(false);
    setRestored(false);
    setDeleted(null);
  };

  const doSave = async (): Promise<void> => {
    if (view === 'json' && jsonBad) {
      setSave({
        kind: 'refused',
        message: 'Not saved: the JSON is not valid. Nothing is lost: fix it and save again.',
      });
      return;
    }
    if (!validation.ok) {
      setSave({
        kind: 'refused',
        message: `Not saved: ${plural(problems.length, 'problem')} to fix first, each shown next to what it concerns. Your changes are kept.`,
      });
      if (view === 'forms') openWithProblems();
      setJump((n) => n + 1);
      return;
    }
    setSave({ kind: 'saving', message: 'Saving…' });
    const previousId = originalId && validation.ruleSet.id !== originalId ? originalId : undefined;
    try {
      await props.onSave(draft, previousId);
      forgetDraft(entry.key);
      setSavedJson(draftJson);
      setRestored(false);
      setSave({ kind: 'saved', message: 'Saved. Replies are coached with these rules now.' });
    } catch (e) {
      const problems = isObject(e) && Array.isArray(e.problems) ? e.problems.map(String) : [];
      setSave({ kind: 'error', message: e instanceof Error ? e.message : String(e), problems });
    }
  };

  const name = str(draft.name) || entry.ruleSet?.name || 'this rule set';
  return (
    <div
      ref={root}
      className="rse"
      data-tc="rule-set-editor"
      data-read-only={readOnly ? 'true' : undefined}
      onKeyDown={(e) => {
        // Ctrl+S / Cmd+S saves, as in any editor.
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && !readOnly) {
          e.preventDefault();
          void doSave();
        }
      }}
    >
      <header className="rse-top">
        <div className="rse-title">
          <h2>
            {readOnly ? 'Viewing' : 'Editing'} “{name}”
          </h2>
          <p className="rse-status" data-tc="editor-status">
            {readOnly
              ? (READ_ONLY_NOTE[entry.origin] ?? READ_ONLY_NOTE.user)
              : dirty
                ? 'Unsaved changes (kept in this tab until you save or discard them)'
                : 'No unsaved changes'}
          </p>
        </div>
        <div className="rse-actions">
          <div className="rse-views" role="group" aria-label="Edit as">
            <button type="button" data-tc="view-forms" aria-pressed={view === 'forms'} onClick={showForms}>
              Forms
            </button>
            <button type="button" data-tc="view-json" aria-pressed={view === 'json'} onClick={showJson}>
              JSON
            </button>
          </div>
          {readOnly ? (
            <button type="button" className="primary" data-tc="duplicate-to-edit" onClick={props.onDuplicate}>
              Duplicate to edit
            </button>
          ) : (
            <>
              <button type="button" data-tc="discard" disabled={!dirty} onClick={discard}>
                Discard changes
              </button>
              <button
                type="button"
                className="primary"
                data-tc="save"
                aria-describedby="rse-save-note"
                title="Save (Ctrl+S)"
                disabled={save?.kind === 'saving'}
                onClick={() => void doSave()}
              >
                Save
              </button>
            </>
          )}
          <button type="button" data-tc="close-editor" onClick={props.onClose}>
            Close
          </button>
        </div>
      </header>

      <div id="rse-save-note" className="rse-live" role="status" aria-live="polite">
        {save && (
          <div className={`rse-save-note ${save.kind}`} data-tc="save-note" data-kind={save.kind}>
            <p>{save.message}</p>
            {save.problems && save.problems.length > 0 && <Errors problems={save.problems.map(parseProblem)} />}
          </div>
        )}
      </div>
      {!readOnly && problems.length > 0 && save?.kind !== 'refused' && (
        <p className="rse-summary" data-tc="problem-summary">
          {plural(problems.length, 'problem')} to fix before this set can be saved.
        </p>
      )}
      {restored && (
        <p className="rse-note" data-tc="draft-restored">
          Your unsaved changes to this set were kept from before.{' '}
          <button type="button" className="rse-link" onClick={discard}>
            Discard them
          </button>
        </p>
      )}
      {switchNote && (
        <div className="rse-note rse-warn" role="alert">
          <p>{switchNote}</p>
          <button type="button" onClick={discardJson}>
            Discard the JSON edits
          </button>
        </div>
      )}

      {view === 'forms' ? (
        <>
          <Errors problems={map.top} />
          <fieldset className="rse-plain" disabled={readOnly}>
            <legend className="rse-sr">The rule set</legend>
            <SetHead draft={draft} originalId={originalId} problems={map} onChange={(next) => change(next, keys)} />
          </fieldset>
          <section className="rse-rules" aria-labelledby="rse-rules-heading">
            <div className="rse-rules-head">
              <h3 id="rse-rules-heading">Rules ({rules.length})</h3>
              {rules.length > 0 && (
                <span className="rse-expand">
                  <button type="button" className="rse-link" onClick={() => setOpen(new Set(keys))}>
                    Open all
                  </button>
                  <button type="button" className="rse-link" onClick={() => setOpen(new Set())}>
                    Close all
                  </button>
                </span>
              )}
            </div>
            {rules.length === 0 && (
              <p className="rse-empty">{readOnly ? 'This set has no rules.' : 'No rules yet: add the first below.'}</p>
            )}
            <ol className="rse-rule-list">
              {rules.map((rule, i) => {
                const k = keys[i]!;
                return (
                  <li key={k} data-key={k}>
                    <RuleCard
                      rule={rule}
                      index={i}
                      count={rules.length}
                      uid={k}
                      draft={draft}
                      ruleIds={ids}
                      conditionalIds={conditional}
                      problems={map}
                      open={open.has(k)}
                      readOnly={readOnly}
                      onToggle={() => {
                        const next = new Set(open);
                        if (next.has(k)) next.delete(k);
                        else next.add(k);
                        setOpen(next);
                      }}
                      onChange={(r) => change(withRule(draft, i, r), keys)}
                      onDuplicate={() => duplicate(i)}
                      onDelete={() => remove(i)}
                      onMove={(to) => move(i, to)}
                    />
                  </li>
                );
              })}
            </ol>
            {deleted && (
              <p className="rse-note" role="status">
                Deleted rule “{str(isObject(deleted.rule) ? deleted.rule.id : '') || deleted.index + 1}”.{' '}
                <button type="button" className="rse-link" data-tc="undo-delete-rule" onClick={undoDelete}>
                  Undo
                </button>
              </p>
            )}
            {!readOnly && <AddRule onAdd={add} />}
          </section>
        </>
      ) : (
        <JsonView text={jsonText} readOnly={readOnly} problems={problems.map(parseProblem)} onChange={editJson} />
      )}

      <TestBox ruleSet={testSet} stale={!validation.ok} />
    </div>
  );
}
