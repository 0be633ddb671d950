// A rule's examples, edited in place and run as they are typed: a bad example marks the flagged words with [[ ]]
// and may say what Apply gives; a good one must give no finding. Beside each: pass or fail, and what the rule found.
import { useRef } from 'react';
import { HighlightedReply } from '../../../components/HighlightedReply';
import { findingView } from '../../../components/finding-view';
import { isObject, markSpan, setExamples, setOptional, str, type Json } from './draft';
import type { ExampleResult, RuleExampleResults } from './examples-run';
import { Errors } from './fields';
import { bind, type KindFormProps } from './kinds/types';
import type { PlacedProblem } from './problems';

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const textOf = (ex: unknown): string => (isObject(ex) ? str(ex.text) : str(ex));

export function ExamplesEditor(props: KindFormProps & { results: RuleExampleResults | null }) {
  const { rule, onChange, results } = props;
  const examples = isObject(rule.examples) ? rule.examples : {};
  const bad = asList(examples.bad);
  const good = asList(examples.good);
  const badProblems = props.problems('examples.bad');
  const goodProblems = props.problems('examples.good');
  const setBad = (list: unknown[]): void => onChange(setExamples(rule, 'bad', list));
  const setGood = (list: unknown[]): void => onChange(setExamples(rule, 'good', list));
  const b = bind(props, 'examples');
  return (
    <fieldset className="rse-examples" data-field="examples">
      <legend>Examples, run as you type</legend>
      <p className="rse-hint">
        They are the rule’s tests and what the trainer shows. Mark the words the rule must flag with <code>[[ ]]</code>{' '}
        (select them and press “Mark”); <code>[[]]</code> marks where something missing goes.
      </p>
      {results === null && (
        <p className="rse-note" data-tc="examples-blocked">
          The rule has problems (shown above): its examples run once they are fixed.
        </p>
      )}
      <Errors problems={b.problems} />
      <div className="rse-example-list" data-field="examples.bad">
        <h4 id={`${b.id}-bad`}>Replies it must flag</h4>
        <Errors problems={badProblems.filter((p) => p.item === undefined)} />
        {bad.length > 0 && (
          <ol aria-labelledby={`${b.id}-bad`}>
            {bad.map((ex, i) => (
              <BadExample
                key={i}
                id={`${b.id}-bad-${i}`}
                index={i}
                example={isObject(ex) ? ex : { text: str(ex) }}
                result={results?.bad[i]}
                problems={badProblems.filter((p) => p.item === i)}
                onChange={(next) => setBad(bad.map((x, j) => (j === i ? next : x)))}
                onRemove={() => setBad(bad.filter((_, j) => j !== i))}
              />
            ))}
          </ol>
        )}
        <button type="button" className="rse-add" onClick={() => setBad([...bad, { text: '' }])}>
          + Add a reply it must flag
        </button>
      </div>
      <div className="rse-example-list" data-field="examples.good">
        <h4 id={`${b.id}-good`}>Replies it must leave alone</h4>
        <Errors problems={goodProblems.filter((p) => p.item === undefined)} />
        {good.length > 0 && (
          <ol aria-labelledby={`${b.id}-good`}>
            {good.map((ex, i) => {
              const id = `${b.id}-good-${i}`;
              const mine = goodProblems.filter((p) => p.item === i);
              return (
                <li
                  key={i}
                  className="rse-example"
                  data-tc="example"
                  data-kind="good"
                  data-result={results?.good[i]?.result ?? 'pending'}
                >
                  <div className="rse-example-line">
                    <label htmlFor={id} className="rse-sr">
                      Good reply {i + 1}
                    </label>
                    <input
                      id={id}
                      type="text"
                      value={textOf(ex)}
                      placeholder="A reply the rule must not flag"
                      aria-invalid={mine.length > 0 || undefined}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setGood(good.map((x, j) => (j === i ? (isObject(x) ? { ...x, text } : text) : x)));
                      }}
                    />
                    <button
                      type="button"
                      className="rse-icon"
                      aria-label={`Remove good reply ${i + 1}`}
                      title={`Remove good reply ${i + 1}`}
                      onClick={() => setGood(good.filter((_, j) => j !== i))}
                    >
                      ✕
                    </button>
                  </div>
                  <OwnContext example={ex} />
                  <Errors problems={mine} />
                  <Outcome result={results?.good[i]} which="good" />
                </li>
              );
            })}
          </ol>
        )}
        <button type="button" className="rse-add" onClick={() => setGood([...good, ''])}>
          + Add a reply it must leave alone
        </button>
      </div>
    </fieldset>
  );
}

function BadExample(props: {
  id: string;
  index: number;
  example: Json;
  result: ExampleResult | undefined;
  problems: PlacedProblem[];
  onChange(example: Json): void;
  onRemove(): void;
}) {
  const { id, index, example } = props;
  const input = useRef<HTMLInputElement>(null);
  const text = str(example.text);
  const mark = (): void => {
    const el = input.current;
    if (!el) return;
    props.onChange({ ...example, text: markSpan(text, el.selectionStart ?? 0, el.selectionEnd ?? 0) });
    el.focus();
  };
  return (
    <li className="rse-example" data-tc="example" data-kind="bad" data-result={props.result?.result ?? 'pending'}>
      <div className="rse-example-line">
        <label htmlFor={id} className="rse-sr">
          Bad reply {index + 1}, flagged words in [[ ]]
        </label>
        <input
          ref={input}
          id={id}
          type="text"
          value={text}
          placeholder="Please [[call our 800 number]]."
          aria-invalid={props.problems.length > 0 || undefined}
          onChange={(e) => props.onChange({ ...example, text: e.currentTarget.value })}
        />
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={mark}
          title="Mark the selected words as the ones the rule must flag"
        >
          Mark
        </button>
        <button
          type="button"
          className="rse-icon"
          aria-label={`Remove bad reply ${index + 1}`}
          title={`Remove bad reply ${index + 1}`}
          onClick={props.onRemove}
        >
          ✕
        </button>
      </div>
      <div className="rse-example-line rse-fix">
        <label htmlFor={`${id}-fix`}>After Apply</label>
        <input
          id={`${id}-fix`}
          type="text"
          value={str(example.fix)}
          placeholder="Optional: the whole reply after the first suggestion is applied"
          onChange={(e) => props.onChange(setOptional(example, 'fix', e.currentTarget.value))}
        />
        {props.result?.applied !== undefined && example.fix === undefined && (
          <button
            type="button"
            title="Use what Apply gives now as the expected fix"
            onClick={() => props.onChange({ ...example, fix: props.result!.applied })}
          >
            Use “{props.result.applied}”
          </button>
        )}
      </div>
      <OwnContext example={example} />
      <Errors problems={props.problems} />
      <Outcome result={props.result} which="bad" />
    </li>
  );
}

/** An example with a context of its own (edited in the JSON view) says so. */
function OwnContext(props: { example: unknown }) {
  const ctx = isObject(props.example) && isObject(props.example.context) ? props.example.context : null;
  if (!ctx) return null;
  const parts = Object.entries(ctx).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return <p className="rse-hint">Runs in its own context ({parts.join(', ')}); edit it in the JSON view.</p>;
}

function Outcome(props: { result: ExampleResult | undefined; which: 'bad' | 'good' }) {
  const r = props.result;
  if (!r) return null;
  const found = r.findings.map((f) => `“${f.text}”`).join(', ');
  const label = r.result === 'pass' ? '✓ Passes' : r.result === 'fail' ? '✗ Fails' : '… Not run';
  return (
    <div className={`rse-outcome ${r.result}`} data-tc="example-outcome">
      <p>
        <strong>{label}</strong>
        {r.problem && <span>: {r.problem}</span>}
        {r.result === 'pass' && props.which === 'bad' && <span>: flags {found || 'a missing part'}</span>}
        {r.result === 'pass' && props.which === 'good' && <span>: nothing flagged</span>}
      </p>
      {r.result !== 'pending' && r.findings.length > 0 && (
        <div className="tcx rse-found">
          <span className="rse-found-label">Found</span>
          <HighlightedReply text={r.text} findings={r.findings.map((f) => findingView(f, r.text))} />
        </div>
      )}
      {r.result === 'pass' && r.applied !== undefined && (
        <p className="rse-applied">
          <span className="rse-found-label">Apply gives</span> {r.applied}
        </p>
      )}
    </div>
  );
}
