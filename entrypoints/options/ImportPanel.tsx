// Import rule sets from a file, a paste or an address: the file is read and checked first, a preview says what would
// change (sets added, or replacing the user's set of the same id, and rule by rule), and Import applies all of it in
// one write or nothing. A file with problems lists every one in plain words and offers nothing to apply.
import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { RuleSet } from '../../rules/schema';
import type { ImportPlanItem } from '../../utils/rule-set-files';
import { RuleStoreError } from '../../utils/rule-store';
import { describePlanItem, importUrl, previewImport, ruleChangeLines } from './import-core';

export interface ImportPanelProps {
  existing: RuleSet[];
  disabled: boolean;
  onImport(sets: RuleSet[]): Promise<void>;
}

/** Where the text came from, for messages: `"acme.json"`, `the pasted text`, `https://…`. */
type Source = string;

interface Problems {
  /** What could not be done, in one sentence. */
  title: string;
  problems: string[];
}

export function ImportPanel(props: ImportPanelProps) {
  const { existing, disabled, onImport } = props;
  const [pasted, setPasted] = useState('');
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState('');
  const [preview, setPreview] = useState<{ source: Source; plan: ImportPlanItem[] } | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [done, setDone] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (source: Source, text: string): void => {
    setDone('');
    const result = previewImport(text, existing);
    if (result.ok) {
      setProblems(null);
      setPreview({ source, plan: result.plan });
    } else {
      setPreview(null);
      setProblems({
        title: `${source} cannot be imported, so nothing was changed. ${
          result.problems.length === 1 ? 'Fix this problem' : `Fix these ${result.problems.length} problems`
        } and try again:`,
        problems: result.problems,
      });
    }
  };

  const fail = (title: string, list: string[] = []): void => {
    setPreview(null);
    setDone('');
    setProblems({ title, problems: list });
  };

  const readFile = async (file: File): Promise<void> => {
    setBusy(`Reading "${file.name}"…`);
    try {
      show(`"${file.name}"`, await file.text());
    } catch (e) {
      fail(`"${file.name}" could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy('');
    }
  };

  const fetchAddress = (): void => {
    const checked = importUrl(address);
    if (!checked.ok) return fail(checked.problem);
    const { url } = checked;
    // Asked from the click itself (browsers only ask during a user gesture), but not waited for: a site that lets any
    // page read the file (CORS, as CDNs and GitHub do) is read at once. Otherwise the answer is awaited and, when the
    // permission was given, the download tried again; a refusal is explained.
    const granted = browser.permissions.request({ origins: [`${url.origin}/*`] }).catch(() => false);
    const download = (): Promise<Response> => fetch(url.href, { credentials: 'omit', cache: 'no-store' });
    setBusy(`Downloading ${url.href}…`);
    void (async () => {
      try {
        let response: Response;
        try {
          response = await download();
        } catch {
          const allowed = await granted;
          try {
            if (!allowed) throw new Error('no permission');
            response = await download();
          } catch {
            return fail(
              `The file at ${url.href} could not be downloaded: ${
                allowed
                  ? 'the site could not be reached (check the address and your connection)'
                  : `the site does not let other pages read it, and Tone Coach was not given permission to read ${url.host}`
              }. You can also save the file on your computer and import it from there.`,
            );
          }
        }
        if (!response.ok)
          return fail(
            `The file at ${url.href} could not be downloaded: the site answered ${response.status} ${response.statusText}.`,
          );
        show(url.href, await response.text());
      } finally {
        setBusy('');
      }
    })();
  };

  const cancel = (): void => {
    setPreview(null);
    setProblems(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const confirm = async (): Promise<void> => {
    if (!preview) return;
    const sets = preview.plan.map((p) => p.ruleSet);
    setBusy('Importing…');
    try {
      await onImport(sets);
      setPreview(null);
      setProblems(null);
      setDone(
        `Imported ${sets.length === 1 ? `"${sets[0]!.name}"` : `${sets.length} rule sets`} from ${preview.source}.`,
      );
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setProblems(
        e instanceof RuleStoreError
          ? { title: `Nothing was imported. ${e.message}`, problems: e.problems }
          : { title: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}`, problems: [] },
      );
    } finally {
      setBusy('');
    }
  };

  return (
    <div className="import" data-tc="import">
      {disabled && (
        <p className="note">Your organisation manages the rule sets, so importing sets of your own is switched off.</p>
      )}
      <fieldset disabled={disabled || busy !== ''} className="import-sources">
        <legend>Import rule sets</legend>
        <label className="import-source">
          From a file on this computer (a rule set, or an export of several)
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            data-tc="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFile(file);
            }}
          />
        </label>
        <div className="import-source">
          <label>
            Or paste the file's text
            <textarea
              data-tc="import-text"
              rows={4}
              spellCheck={false}
              placeholder='{ "id": "our-voice", "name": "Our voice", "version": 1, "rules": [ … ] }'
              value={pasted}
              onInput={(e) => setPasted(e.currentTarget.value)}
            />
          </label>
          <div className="row">
            <button type="button" data-tc="import-paste" onClick={() => show('The pasted text', pasted)}>
              Check the pasted text
            </button>
          </div>
        </div>
        <form
          className="import-source"
          onSubmit={(e) => {
            e.preventDefault();
            fetchAddress();
          }}
        >
          <label>
            Or download it from an address
            <input
              type="url"
              data-tc="import-url"
              placeholder="https://example.com/brand-voice.json"
              value={address}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
          </label>
          <div className="row">
            <button type="submit" data-tc="import-fetch">
              Download and check
            </button>
          </div>
        </form>
      </fieldset>
      <div aria-live="polite">
        {busy && <p className="status">{busy}</p>}
        {done && (
          <p className="status" data-tc="import-done">
            {done}
          </p>
        )}
      </div>
      {problems && (
        <div className="error import-problems" role="alert">
          {problems.problems.length === 0 ? (
            <p data-tc="error">{problems.title}</p>
          ) : (
            <>
              <p>{problems.title}</p>
              <ul>
                {problems.problems.map((p, i) => (
                  <li key={i} data-tc="error">
                    {p}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {preview && (
        <div className="import-preview" data-tc="import-preview">
          <p>
            From {preview.source}: importing {preview.plan.length === 1 ? 'this rule set' : 'these rule sets'} will
          </p>
          <ul>
            {preview.plan.map((item) => (
              <li key={item.ruleSet.id} data-tc="import-item" data-id={item.ruleSet.id} data-action={item.action}>
                {describePlanItem(item, existing)}
                {item.action === 'replace' && (
                  <ul>
                    {ruleChangeLines(item).map((line) => (
                      <li key={line.kind} className={`change-${line.kind}`} data-change={line.kind}>
                        {line.text}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className="import-hint">Nothing changes until you import; all of it is imported, or none.</p>
          <div className="row">
            <button
              className="primary"
              data-tc="import-confirm"
              disabled={disabled || busy !== ''}
              onClick={() => void confirm()}
            >
              Import {preview.plan.length === 1 ? 'it' : `all ${preview.plan.length}`}
            </button>
            <button data-tc="import-cancel" disabled={busy !== ''} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
