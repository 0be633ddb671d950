// Every finding of a reply, most important first, each as a FindingCard. Presentational: props in, callbacks out.
import { byImportance } from './labels';
import { FindingCard, type FindingActions } from './FindingCard';
import type { FindingView } from './finding-view';

export interface FindingsListProps extends FindingActions {
  findings: readonly FindingView[];
  /** Shown when there is nothing to improve. */
  empty?: string;
  /** At most this many (the most important); the rest are counted. */
  limit?: number;
  /** Which finding shows its Why section, and how to toggle it (no Why buttons without it). */
  whyOpen?: string | null;
  onToggleWhy?(key: string): void;
}

export function FindingsList(props: FindingsListProps) {
  const { findings, limit, whyOpen, ...actions } = props;
  if (findings.length === 0) return <p className="empty">{props.empty ?? 'Nothing to improve. Good reply.'}</p>;
  const ordered = byImportance(findings);
  const shown = limit === undefined ? ordered : ordered.slice(0, limit);
  return (
    <>
      <ul className="findings">
        {shown.map((f) => (
          <li
            key={f.key}
            data-tc="finding"
            data-rule={f.rule}
            data-rule-set={f.ruleSet}
            data-category={f.category}
            data-severity={f.severity}
          >
            <FindingCard {...actions} finding={f} whyOpen={whyOpen === f.key} />
          </li>
        ))}
      </ul>
      {shown.length < ordered.length && <p className="more">and {ordered.length - shown.length} more</p>}
    </>
  );
}
