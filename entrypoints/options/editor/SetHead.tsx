// The set's name, id (changing it renames the set when saved) and description.
import { setOptional, setRequired, str, type Json } from './draft';
import { TextField } from './fields';
import type { ProblemMap } from './problems';

export function SetHead(props: {
  draft: Json;
  originalId?: string;
  problems: ProblemMap;
  onChange(draft: Json): void;
}) {
  const { draft, onChange } = props;
  const p = (field: string) => props.problems.head.get(field) ?? [];
  const id = str(draft.id);
  return (
    <div className="rse-head" data-field="head">
      <TextField
        id="rse-set-name"
        field="name"
        label="Name"
        value={str(draft.name)}
        problems={p('name')}
        onChange={(v) => onChange(setRequired(draft, 'name', v))}
      />
      <TextField
        id="rse-set-id"
        field="id"
        label="Id"
        mono
        hint={
          props.originalId && id !== props.originalId
            ? `Saving renames the set from “${props.originalId}” to “${id}”.`
            : 'Lower-case letters, digits, “.”, “_” or “-”. Changing it renames the set.'
        }
        value={id}
        problems={p('id')}
        onChange={(v) => onChange(setRequired(draft, 'id', v))}
      />
      <TextField
        id="rse-set-description"
        field="description"
        label="Description"
        multiline
        className="rse-wide"
        value={str(draft.description)}
        problems={p('description')}
        onChange={(v) => onChange(setOptional(draft, 'description', v))}
      />
    </div>
  );
}
