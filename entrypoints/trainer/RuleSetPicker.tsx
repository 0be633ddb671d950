// Which rule sets a lesson is checked with: every readable set of the library (the brand's own from the manager,
// subscribed, policy, built-in), those on for the scenario's channel ticked until the trainer chooses.
import { ORIGIN_LABEL, type LibraryEntry } from '../../utils/rule-library';

export function RuleSetPicker(props: {
  entries: readonly LibraryEntry[];
  chosen: ReadonlySet<string>;
  onChange(keys: Set<string>): void;
}) {
  const { entries, chosen, onChange } = props;
  const readable = entries.filter((e) => e.ruleSet);
  return (
    <details className="picker" data-tc="rule-sets">
      <summary>
        Rule sets: {readable.filter((e) => chosen.has(e.key)).length} of {readable.length}
      </summary>
      <fieldset>
        <legend className="sr-only">Rule sets the replies are checked with</legend>
        {readable.map((e) => (
          <label key={e.key} className="pick">
            <input
              type="checkbox"
              data-tc="rule-set"
              data-key={e.key}
              checked={chosen.has(e.key)}
              onChange={(ev) => {
                const next = new Set(chosen);
                if (ev.currentTarget.checked) next.add(e.key);
                else next.delete(e.key);
                onChange(next);
              }}
            />{' '}
            {e.ruleSet!.name} <span className="muted">({ORIGIN_LABEL[e.origin]})</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
