// deflection: where the reply sends the customer instead of helping (a phone line, or another channel), whether a
// reply that also helps is spared, and the phrases that silence it.
import { setOptional, setRequired, str, strings } from '../draft';
import { CheckboxField, PhraseList, SelectField } from '../fields';
import { bind, type KindFormProps } from './types';

const TO = [
  { value: 'phone', label: 'To a phone line (“give us a call”, “have you tried the helpline?”)' },
  {
    value: 'elsewhere',
    label: 'To another channel (“send us an e-mail”, “fill in the form”, “contact the developer”)',
  },
];

export function DeflectionForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <SelectField
        {...bind(props, 'to')}
        label="Flag replies that send the customer"
        none={rule.to === undefined ? 'Choose' : undefined}
        hint="By meaning, in any wording: the customer told to do it, not the brand calling them."
        options={TO}
        value={str(rule.to)}
        onChange={(v) => onChange(setRequired(rule, 'to', v || undefined))}
      />
      <CheckboxField
        {...bind(props, 'unlessHelped')}
        label="Spare a reply that also helps (a step, an answer), the deflection being the fallback"
        hint="On unless switched off here."
        checked={rule.unlessHelped !== false}
        onChange={(v) => onChange(setOptional(rule, 'unlessHelped', v ? undefined : false))}
      />
      <PhraseList
        {...bind(props, 'unless')}
        noun="silencing phrase"
        label="Unless the reply also says"
        hint="Any of these anywhere in the reply silences the rule."
        items={strings(rule.unless)}
        onChange={(v) => onChange(setOptional(rule, 'unless', v))}
      />
    </>
  );
}
