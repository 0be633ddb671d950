// Every finding of a reply, each as a FindingCard: most important first, or grouped by category in a fixed order
// (the panel). Presentational: props in, callbacks out.
import { byCategory, byImportance, CATEGORY_LABEL } from './labels';
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
  /** Grouped by category under headings, in the fixed order of categories. */
  grouped?: boolean;
  /** The finding the agent is on (marked, e.g. the next one after an Apply). */
  current?: string | null;
  /** Shows what fixing each would add to the score. */
  showPoints?: boolean;
}

function Item(props: FindingsListProps & { f: FindingView }) {
  const { f, findings: _f, limit: _l, whyOpen, grouped: _g, current, empty: _e, ...actions } = props;
  return (
    <li
      data-tc="finding"
      data-key={f.key}
      data-rule={f.rule}
      data-rule-set={f.ruleSet}
      data-category={f.category}
      data-severity={f.severity}
      className={current === f.key ? 'current' : undefined}
      aria-current={current === f.key ? 'true' : undefined}
    >
      <FindingCard {...actions} finding={f} whyOpen={whyOpen === f.key} hideCategory={props.grouped} />
    </li>
  );
}

export function FindingsList(props: FindingsListProps) {
  const { findings, limit, grouped } = props;
  if (findings.length === 0) return <p className="empty">{props.empty ?? 'Nothing to improve. Good reply.'}</p>;
  if (grouped)
    return (
      <>
        {byCategory(findings).map((g) => (
          <section key={g.category} className="group" data-tc="group" data-category={g.category}>
            <h3>
              {CATEGORY_LABEL[g.category]} <span className="n">{g.findings.length}</span>
            </h3>
            <ul className="findings">
              {g.findings.map((f) => (
                <Item key={f.key} {...props} f={f} />
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  const ordered = byImportance(findings);
  const shown = limit === undefined ? ordered : ordered.slice(0, limit);
  return (
    <>
      <ul className="findings">
        {shown.map((f) => (
          <Item key={f.key} {...props} f={f} />
        ))}
      </ul>
      {shown.length < ordered.length && <p className="more">and {ordered.length - shown.length} more</p>}
    </>
  );
}
