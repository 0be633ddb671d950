// require: what a good reply contains (phrases or a grammar pattern, the customer's name, the agent's sign-off),
// where to look for it, where the finding sits and what to insert, and what else counts.
import { setOptional, str, strings } from '../draft';
import { CheckboxField, NumberField, PhraseList, SelectField, StringList, TextField } from '../fields';
import { bind, type KindFormProps } from './types';

const NEEDS = [
  { value: 'phrase', label: 'A phrase (or grammar pattern)' },
  { value: 'customer-name', label: 'The customer’s first name (judged only when it is known)' },
  { value: 'sign-off', label: 'The agent’s sign-off (judged only when it is known)' },
];
const WHERE = [
  { value: 'anywhere', label: 'Anywhere in the reply' },
  { value: 'start', label: 'At the start' },
  { value: 'end', label: 'At the end' },
];

export function RequireForm(props: KindFormProps) {
  const { rule, onChange } = props;
  const need = str(rule.need) || 'phrase';
  const where = str(rule.where) || 'anywhere';
  const insert = typeof rule.insert === 'string' ? [rule.insert] : strings(rule.insert);
  return (
    <>
      <SelectField
        {...bind(props, 'need')}
        label="The reply needs"
        options={NEEDS}
        value={need}
        onChange={(v) => onChange(setOptional(rule, 'need', v))}
      />
      {(need === 'phrase' || rule.phrases !== undefined) && (
        <PhraseList
          {...bind(props, 'phrases')}
          label="Any of these phrases"
          hint="The reply passes when it has one of them."
          items={strings(rule.phrases)}
          onChange={(v) => onChange(setOptional(rule, 'phrases', v))}
        />
      )}
      {(need === 'phrase' || rule.pattern !== undefined) && (
        <TextField
          {...bind(props, 'pattern')}
          label="Or this grammar pattern"
          mono
          hint={
            <>
              compromise match syntax, e.g. <code>(we|I) will #Verb</code>. Leave empty to use the phrases only.
            </>
          }
          value={str(rule.pattern)}
          onChange={(v) => onChange(setOptional(rule, 'pattern', v))}
        />
      )}
      <div className="rse-pair">
        <SelectField
          {...bind(props, 'where')}
          label="Look for it"
          options={WHERE}
          value={where}
          onChange={(v) => onChange(setOptional(rule, 'where', v))}
        />
        {(where !== 'anywhere' || rule.within !== undefined) && (
          <NumberField
            {...bind(props, 'within')}
            label="Within the first or last (characters)"
            hint="Of the reply’s own words. Default 80."
            min={1}
            placeholder="80"
            value={rule.within}
            onChange={(v) => onChange(setOptional(rule, 'within', v))}
          />
        )}
      </div>
      <SelectField
        {...bind(props, 'anchor')}
        label="Flag"
        none={`The ${where === 'end' ? 'last' : 'first'} sentence (follows “Look for it”)`}
        options={[
          { value: 'start', label: 'The first sentence' },
          { value: 'end', label: 'The last sentence' },
        ]}
        value={str(rule.anchor)}
        onChange={(v) => onChange(setOptional(rule, 'anchor', v || undefined))}
      />
      <StringList
        {...bind(props, 'insert')}
        label="Offer to insert"
        noun="insertion"
        hint="Offered as the fix. May use {name} and {signOff}; each whose values are known is offered (so list one with and one without {name}). At the start it goes after the greeting."
        items={insert}
        placeholder="e.g. Thanks for reaching out, {name}! "
        onChange={(v) => onChange(setOptional(rule, 'insert', v.length === 1 && v[0] !== '' ? v[0] : v))}
      />
      <PhraseList
        {...bind(props, 'insertUnless')}
        noun="phrase that holds the insertion back"
        label="No insertion when the reply says"
        hint="The finding stays, with no fix: where the reply’s tone is the problem, an insertion does not fix it (“I’m so sorry for your loss.” before “Great news! 🎉”)."
        items={strings(rule.insertUnless)}
        onChange={(v) => onChange(setOptional(rule, 'insertUnless', v))}
      />
      <CheckboxField
        {...bind(props, 'acceptLinks')}
        label="A link counts (a help article is a next step)"
        checked={rule.acceptLinks === true}
        onChange={(v) => onChange(setOptional(rule, 'acceptLinks', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'acceptSignature')}
        label="A signature at the very end counts (“Jo”, “-KJ”, “^Raj”)"
        checked={rule.acceptSignature === true}
        onChange={(v) => onChange(setOptional(rule, 'acceptSignature', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'acceptName')}
        label="The customer addressed by name in the first sentence counts (“That’s great, Ana!”)"
        checked={rule.acceptName === true}
        onChange={(v) => onChange(setOptional(rule, 'acceptName', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'acceptWarm')}
        label="A warm reply counts (warm words, a smile or a heart, “Same!”, “Music to our ears!”)"
        checked={rule.acceptWarm === true}
        onChange={(v) => onChange(setOptional(rule, 'acceptWarm', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'acceptRemedy')}
        label="For a customer who reports a problem calmly, putting it right at once counts (“I’ve refunded the £5”, “we can add the credit right now”)"
        checked={rule.acceptRemedy === true}
        onChange={(v) => onChange(setOptional(rule, 'acceptRemedy', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'afterThanks')}
        label="What is inserted at the start goes after an opening “Thank you for your reply.” (for an apology; a condolence comes first)"
        checked={rule.afterThanks === true}
        onChange={(v) => onChange(setOptional(rule, 'afterThanks', v ? true : undefined))}
      />
      <CheckboxField
        {...bind(props, 'holdBeforeCheer')}
        label="Nothing is inserted at the start next to cheer or laughter (“Good news – …”, “Aww 🥰”): an apology there would read as mocking"
        checked={rule.holdBeforeCheer === true}
        onChange={(v) => onChange(setOptional(rule, 'holdBeforeCheer', v ? true : undefined))}
      />
      <NumberField
        {...bind(props, 'minWords')}
        label="Shortest reply judged (words)"
        hint="Shorter replies are not judged (a two-word thank-you needs no next step). Empty: every reply."
        min={0}
        value={rule.minWords}
        onChange={(v) => onChange(setOptional(rule, 'minWords', v))}
      />
    </>
  );
}
