// One rule of the set: a header that opens it (id, kind, severity, problems) with move, duplicate and delete, and
// its form: what every rule has, the kind's own fields, conditions and examples run live.
import { KINDS } from '../../../rules/kinds/index';
import { changeKind, isObject, str, type Json } from './draft';
import { cachedRuleExamples } from './examples-run';
import { Errors, SelectField } from './fields';
import { RuleBasics, RuleMessage, RuleWhy } from './CommonFields';
import { ExamplesEditor } from './ExamplesEditor';
import { KIND_OPTIONS, kindLabel } from './kind-info';
import { GenericForm } from './kinds/GenericForm';
import { formFor } from './kinds/index';
import type { KindFormProps } from './kinds/types';
import { fieldProblems, ruleProblemCount, type ProblemMap } from './problems';
import { WhenFields } from './WhenFields';

export interface RuleCardProps {
  /** The rule as written (not always an object in a hand-edited file). */
  rule: unknown;
  index: number;
  count: number;
  uid: string;
  /** The draft, for the rules a condition depends on when the examples run. */
  draft: Json;
  ruleIds: readonly string[];
  /** Ids of rules that depend on other rules (they cannot be depended on). */
  conditionalIds: ReadonlySet<string>;
  problems: ProblemMap;
  open: boolean;
  readOnly: boolean;
  onToggle(): void;
  onChange(rule: Json): void;
  onDuplicate(): void;
  onDelete(): void;
  onMove(to: number): void;
}

export function RuleCard(props: RuleCardProps) {
  const { index, uid, open } = props;
  const rule = isObject(props.rule) ? props.rule : {};
  const id = str(rule.id);
  const kind = str(rule.kind);
  const known = kind in KINDS;
  const severity = str(rule.severity);
  const problemCount = ruleProblemCount(props.problems, index);
  const general = props.problems.rules.get(index)?.general ?? [];
  const formProps: KindFormProps = {
    rule,
    uid,
    problems: (field) => fieldProblems(props.problems, index, field),
    onChange: props.onChange,
  };
  const { Form, rest } = formFor(kind);
  const title = id || `Rule ${index + 1}`;
  return (
    <article
      className={`rse-rule${open ? ' open' : ''}${problemCount ? ' invalid' : ''}`}
      data-tc="rule"
      data-id={id}
      data-kind={kind}
      aria-label={`Rule ${title}`}
    >
      <header className="rse-rule-head">
        <button
          type="button"
          className="rse-toggle"
          aria-expanded={open}
          aria-controls={`${uid}-body`}
          onClick={props.onToggle}
        >
          <span className="rse-caret" aria-hidden="true" />
          <span className="rse-sev" data-severity={severity} aria-hidden="true" />
          <span className="rse-rule-id">{title}</span>
          <span className="rse-kind">{known ? kindLabel(kind) : kind || 'no kind'}</span>
          {!open && <span className="rse-rule-message">{str(rule.message)}</span>}
        </button>
        {problemCount > 0 && (
          <span className="rse-badge" data-tc="rule-problems">
            {problemCount} problem{problemCount === 1 ? '' : 's'}
          </span>
        )}
        {!props.readOnly && (
          <span className="rse-rule-actions">
            <button
              type="button"
              className="rse-icon"
              disabled={index === 0}
              aria-label={`Move ${title} up`}
              title="Move up"
              onClick={() => props.onMove(index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="rse-icon"
              disabled={index === props.count - 1}
              aria-label={`Move ${title} down`}
              title="Move down"
              onClick={() => props.onMove(index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              data-tc="duplicate-rule"
              aria-label={`Duplicate ${title}`}
              onClick={props.onDuplicate}
            >
              Duplicate
            </button>
            <button type="button" data-tc="delete-rule" aria-label={`Delete ${title}`} onClick={props.onDelete}>
              Delete
            </button>
          </span>
        )}
      </header>
      {open && (
        <fieldset className="rse-rule-body" id={`${uid}-body`} disabled={props.readOnly}>
          <legend className="rse-sr">Rule {title}</legend>
          <Errors problems={general} />
          {known ? (
            <>
              <p className="rse-kind-blurb">
                <strong>{kindLabel(kind)}</strong> <code>{kind}</code>
              </p>
              <Errors problems={formProps.problems('kind')} />
              <RuleBasics {...formProps} />
              <div className="rse-kind-fields" data-kind={kind}>
                <Form {...formProps} />
                {rest.length > 0 && <GenericForm {...formProps} only={rest} />}
              </div>
              <RuleMessage {...formProps} />
              <RuleWhy {...formProps} />
              <WhenFields {...formProps} ruleIds={props.ruleIds} conditionalIds={props.conditionalIds} />
              <ExamplesEditor {...formProps} results={cachedRuleExamples(props.draft, index)} />
            </>
          ) : (
            <SelectField
              id={`${uid}-kind`}
              field="kind"
              label="Kind"
              none="Choose a kind"
              hint="This rule has no kind Tone Coach knows: choose one (what every rule has is kept)."
              problems={formProps.problems('kind')}
              options={KIND_OPTIONS}
              value={kind}
              onChange={(k) => k && props.onChange(changeKind(rule, k, props.ruleIds))}
            />
          )}
        </fieldset>
      )}
    </article>
  );
}
