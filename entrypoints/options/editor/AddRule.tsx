// "Add a rule": choose a kind; the new rule starts from a working example of that kind (draft.ts newRule).
import { useState } from 'react';
import { KIND_INFO, KIND_OPTIONS } from './kind-info';

export function AddRule(props: { onAdd(kind: string): void }) {
  const [kind, setKind] = useState(KIND_OPTIONS[0]?.value ?? 'phrase');
  return (
    <div className="rse-add-rule">
      <label htmlFor="rse-new-kind">Add a rule of kind</label>
      <select id="rse-new-kind" data-tc="rule-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
        {KIND_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="button" className="primary" data-tc="add-rule" onClick={() => props.onAdd(kind)}>
        Add rule
      </button>
      {KIND_INFO[kind] && <p className="rse-hint">{KIND_INFO[kind]!.blurb}</p>}
    </div>
  );
}
