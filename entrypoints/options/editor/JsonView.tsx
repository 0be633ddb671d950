// The set as JSON, for experts: validated as it is typed by the same validation as the forms and Save, each problem
// listed with its path.
import { Errors } from './fields';
import type { PlacedProblem } from './problems';

export function JsonView(props: {
  text: string;
  readOnly: boolean;
  problems: readonly PlacedProblem[];
  onChange(text: string): void;
}) {
  return (
    <div className="rse-json">
      <label htmlFor="rse-json-text">Rule set as JSON</label>
      <p className="rse-hint" id="rse-json-hint">
        The same set as the forms. It is checked as you type; switching back to the forms keeps your edit when it is
        valid JSON.
      </p>
      <textarea
        id="rse-json-text"
        data-tc="json"
        className="mono"
        spellCheck={false}
        readOnly={props.readOnly}
        value={props.text}
        aria-describedby={`rse-json-hint${props.problems.length ? ' rse-json-errors' : ''}`}
        aria-invalid={props.problems.length > 0 || undefined}
        rows={Math.min(40, Math.max(12, props.text.split('\n').length + 1))}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      {props.problems.length > 0 ? (
        <Errors id="rse-json-errors" problems={props.problems.map((p) => ({ ...p, message: p.original }))} />
      ) : (
        <p className="rse-ok">No problems.</p>
      )}
    </div>
  );
}
