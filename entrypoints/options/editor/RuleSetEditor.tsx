// Placeholder until the forms land: shows the set's rules read-only.
import type { LibraryEntry } from '../../../utils/rule-library';

export interface RuleSetEditorProps {
  entry: LibraryEntry;
  readOnly: boolean;
  onSave(json: unknown, previousId?: string): Promise<void>;
  onDuplicate(): void;
  onClose(): void;
}

export function RuleSetEditor(props: RuleSetEditorProps) {
  return <pre>{JSON.stringify(props.entry.ruleSet, null, 2)}</pre>;
}
