// Placeholder until the dry run lands.
import type { LibraryEntry } from '../../utils/rule-library';

export function DryRun(_props: { entries: LibraryEntry[] }) {
  return null;
}
