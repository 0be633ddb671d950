// phrase: the phrases to flag, with the phrase syntax explained where they are typed, and the phrases that silence
// the rule (unless), spare a match (except) or belong with it (trailing).
import { setOptional, setRequired, strings } from '../draft';
import { CheckboxField, Disclosure, PhraseList } from '../fields';
import { bind, type KindFormProps } from './types';

export function PhraseForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <PhraseList
        {...bind(props, 'phrases')}
        label="Phrases to flag"
        hint="Each is flagged wherever it appears in a reply."
        items={strings(rule.phrases)}
        placeholder="e.g. (we|I) apologi(se|ze) for any inconvenience"
        onChange={(v) => onChange(setRequired(rule, 'phrases', v))}
      />
      <CheckboxField
        {...bind(props, 'unlessCustomerUsed')}
        label="Not flagged when the customer’s own message uses the same words (their “SLA” is their word)"
        checked={rule.unlessCustomerUsed === true}
        onChange={(v) => onChange(setOptional(rule, 'unlessCustomerUsed', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'unlessQuoted')}
        label="Not flagged inside double quotation marks (the agent quoting someone, “there’s nothing we can do”, to disown it)"
        checked={rule.unlessQuoted === true}
        onChange={(v) => onChange(setOptional(rule, 'unlessQuoted', v ? true : undefined))}
      />
      <ExceptionLists {...props} />
    </>
  );
}

/** unless / except / trailing: shared by the phrase and substitution forms (the kinds that have them). */
export function ExceptionLists(props: KindFormProps & { withUnless?: boolean }) {
  const { rule, onChange } = props;
  const fields = (props.withUnless ?? true) ? ['unless', 'except', 'trailing'] : ['except', 'trailing'];
  const filled = fields.filter((f) => Array.isArray(rule[f]) && (rule[f] as unknown[]).length > 0);
  const problems = fields.reduce((n, f) => n + props.problems(f).length, 0);
  return (
    <Disclosure
      title="Exceptions"
      summary={filled.length ? filled.join(', ') : 'none'}
      initiallyOpen={filled.length > 0}
      problems={problems}
    >
      {(props.withUnless ?? true) && (
        <PhraseList
          {...bind(props, 'unless')}
          noun="silencing phrase"
          label="Unless the reply also says"
          hint="Any of these anywhere in the reply silences the rule (a “DM us” that comes with an apology and a reason)."
          items={strings(rule.unless)}
          onChange={(v) => onChange(setOptional(rule, 'unless', v))}
        />
      )}
      <PhraseList
        {...bind(props, 'except')}
        noun="exception"
        label="Except in"
        hint="Words around a match that show another sense: a match one of these overlaps is not flagged (“that’s concerning”)."
        items={strings(rule.except)}
        onChange={(v) => onChange(setOptional(rule, 'except', v))}
      />
      <PhraseList
        {...bind(props, 'trailing')}
        noun="trailing phrase"
        label="Words that belong with a match"
        hint="Phrases right after a match that the fix replaces too, so no clause is left dangling (“… this may have caused you”)."
        items={strings(rule.trailing)}
        onChange={(v) => onChange(setOptional(rule, 'trailing', v))}
      />
    </Disclosure>
  );
}
