// regex: a regular expression (checked for catastrophic backtracking by validation), its case, and the phrases that
// silence it.
import { setOptional, setRequired, str, strings } from '../draft';
import { CheckboxField, PhraseList, TextField } from '../fields';
import { bind, type KindFormProps } from './types';

export function RegexForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <TextField
        {...bind(props, 'regex')}
        label="Regular expression"
        mono
        hint={
          <>
            JavaScript syntax, without the slashes:{' '}
            <code>
              \b1-8(00|88)-\d{'{3}'}-\d{'{4}'}\b
            </code>
            . Handles, links and e-mail addresses are hidden from it. An expression that could take forever on some text
            (such as <code>(a+)+$</code>) is refused.
          </>
        }
        value={str(rule.regex)}
        onChange={(v) => onChange(setRequired(rule, 'regex', v))}
      />
      <CheckboxField
        {...bind(props, 'caseSensitive')}
        label="Case-sensitive (“ASAP” but not “asap”)"
        checked={rule.caseSensitive === true}
        onChange={(v) => onChange(setOptional(rule, 'caseSensitive', v ? true : undefined))}
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
