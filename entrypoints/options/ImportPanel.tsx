// Placeholder until import lands.
import type { RuleSet } from '../../rules/schema';

export interface ImportPanelProps {
  existing: RuleSet[];
  disabled: boolean;
  onImport(sets: RuleSet[]): Promise<void>;
}

export function ImportPanel(_props: ImportPanelProps) {
  return null;
}
