// `when` conditions: the channels, audience, customer moods and customer's words a rule runs for (or not), and the rules of
// the same set it depends on (picked from the set's rule ids).
import { isObject, setWhen, str, strings } from './draft';
import { CheckboxGroup, Disclosure, Errors, NumberField, PhraseList, SelectField } from './fields';
import { CHANNEL_OPTIONS, MOOD_OPTIONS } from './kind-info';
import { WHEN_FIELDS } from './problems';
import { bind, type KindFormProps } from './kinds/types';

export function WhenFields(props: KindFormProps & { ruleIds: readonly string[]; conditionalIds: ReadonlySet<string> }) {
  const { rule, onChange } = props;
  const when = isObject(rule.when) ? rule.when : {};
  // A rule with conditions on other rules cannot be depended on (one level deep, so the order is always defined).
  const others = props.ruleIds
    .filter((id) => id !== rule.id)
    .map((id) => ({
      value: id,
      label: props.conditionalIds.has(id) ? `${id} (has conditions itself: not usable)` : id,
    }));
  const set = (key: string, v: unknown): void => onChange(setWhen(rule, key, v));
  const problems = WHEN_FIELDS.reduce((n, f) => n + props.problems(f).length, props.problems('when').length);
  return (
    <Disclosure
      className="rse-when"
      field="when"
      title="Conditions"
      summary={whenSummary(when)}
      initiallyOpen={Object.keys(when).length > 0}
      problems={problems}
    >
      <p className="rse-hint">Leave everything unticked for a rule that runs on every reply.</p>
      <CheckboxGroup
        {...bind(props, 'when.channel')}
        label="Only on these channels"
        options={CHANNEL_OPTIONS}
        values={strings(when.channel)}
        onChange={(v) => set('channel', v)}
      />
      <div className="rse-pair">
        <SelectField
          {...bind(props, 'when.audience')}
          label="Only for replies that are"
          none="Public or private"
          options={[
            { value: 'public', label: 'Public (everyone can see them)' },
            { value: 'private', label: 'Private (DM, e-mail, chat)' },
          ]}
          value={str(when.audience)}
          onChange={(v) => set('audience', v || undefined)}
        />
      </div>
      <CheckboxGroup
        {...bind(props, 'when.mood')}
        label="Only when the customer is"
        hint="Estimated from the customer’s message; a rule with moods does not run when the mood is unknown."
        options={MOOD_OPTIONS}
        values={strings(when.mood)}
        onChange={(v) => set('mood', v)}
      />
      <SelectField
        {...bind(props, 'when.complaint')}
        label="Only when the customer’s message"
        hint="Estimated from what they wrote: a fault, a failure, a charge, a wait or harm done, said calmly or not. Such a rule does not run without the customer’s message."
        none="Whatever it says"
        options={[
          { value: 'true', label: 'Reports something that went wrong' },
          { value: 'false', label: 'Reports nothing wrong' },
        ]}
        value={typeof when.complaint === 'boolean' ? String(when.complaint) : ''}
        onChange={(v) => set('complaint', v === '' ? undefined : v === 'true')}
      />
      <CheckboxGroup
        {...bind(props, 'when.unlessMood')}
        label="Not when the customer is"
        hint="Held back only when the mood is estimated as one of these; with no customer message the rule runs as usual."
        options={MOOD_OPTIONS}
        values={strings(when.unlessMood)}
        onChange={(v) => set('unlessMood', v)}
      />
      <PhraseList
        {...bind(props, 'when.customerSays')}
        noun="customer phrase"
        label="Only when the customer’s message says"
        hint="Any of these in what the customer wrote (“already tried”, “(emailed|called) you”); {said} in the message quotes it. Such a rule does not run without the customer’s message; its examples hear the first phrase that is plain words, or give them a customer message in the JSON view."
        items={strings(when.customerSays)}
        onChange={(v) => set('customerSays', v)}
      />
      <PhraseList
        {...bind(props, 'when.unlessCustomerSays')}
        noun="customer phrase to skip"
        label="Not when the customer’s message says"
        hint="Any of these in what the customer wrote holds the rule back: what it flags is then the answer (“what’s your (phone|contact) number” for a rule on phone numbers). Without the customer’s message the rule runs as usual. To show it in an example, give the example a customer message in the JSON view."
        items={strings(when.unlessCustomerSays)}
        onChange={(v) => set('unlessCustomerSays', v)}
      />
      <NumberField
        {...bind(props, 'when.maxWords')}
        label="Only on replies of at most this many words"
        hint="For advice about a reply that gives little else (a phone number and nothing more). Links, @handles and e-mail addresses do not count. Empty: any length."
        min={1}
        value={when.maxWords}
        onChange={(v) => set('maxWords', v)}
      />
      <CheckboxGroup
        {...bind(props, 'when.ifRule')}
        label="Only if one of these rules found something"
        hint={others.length ? undefined : 'The set has no other rule yet.'}
        options={others}
        values={strings(when.ifRule)}
        onChange={(v) => set('ifRule', v)}
      />
      <CheckboxGroup
        {...bind(props, 'when.unlessRule')}
        label="Only if none of these rules found anything"
        options={others}
        values={strings(when.unlessRule)}
        onChange={(v) => set('unlessRule', v)}
      />
      <CheckboxGroup
        {...bind(props, 'when.fixUnlessRule')}
        label="No automatic fix if one of these rules found something"
        hint="The finding stays; its fix is held back (an apology inserted before blame would contradict it)."
        options={others}
        values={strings(when.fixUnlessRule)}
        onChange={(v) => set('fixUnlessRule', v)}
      />
      <Errors problems={props.problems('when')} />
    </Disclosure>
  );
}

/** The conditions in a few words: "Runs on every reply", "Only on X, E-mail · public". */
export function whenSummary(when: Record<string, unknown>): string {
  const parts: string[] = [];
  const channels = strings(when.channel);
  if (channels.length)
    parts.push(`on ${channels.map((c) => CHANNEL_OPTIONS.find((o) => o.value === c)?.label ?? c).join(', ')}`);
  if (typeof when.audience === 'string') parts.push(`${when.audience} replies`);
  const moods = strings(when.mood);
  if (moods.length) parts.push(`customer ${moods.join(' or ')}`);
  if (when.complaint === true) parts.push('the customer reports a problem');
  if (when.complaint === false) parts.push('the customer reports no problem');
  const notMoods = strings(when.unlessMood);
  if (notMoods.length) parts.push(`unless the customer is ${notMoods.join(' or ')}`);
  const says = strings(when.customerSays);
  if (says.length) parts.push(`customer says “${says[0]}”${says.length > 1 ? ` or ${says.length - 1} more` : ''}`);
  const notSays = strings(when.unlessCustomerSays);
  if (notSays.length)
    parts.push(`unless the customer says “${notSays[0]}”${notSays.length > 1 ? ` or ${notSays.length - 1} more` : ''}`);
  if (typeof when.maxWords === 'number') parts.push(`replies of at most ${when.maxWords} words`);
  const ifRule = strings(when.ifRule);
  if (ifRule.length) parts.push(`if ${ifRule.join(' or ')} found something`);
  const unlessRule = strings(when.unlessRule);
  if (unlessRule.length) parts.push(`unless ${unlessRule.join(' or ')} found something`);
  const fixUnless = strings(when.fixUnlessRule);
  if (fixUnless.length) parts.push(`without a fix if ${fixUnless.join(' or ')} found something`);
  if (parts.length === 0) return 'Runs on every reply';
  // "Only unless ..." reads wrong: a summary of only exceptions says when the rule runs, then its exceptions.
  return /^(?:unless|without) /.test(parts[0]!) ? `Runs ${parts.join(' · ')}` : `Only ${parts.join(' · ')}`;
}
