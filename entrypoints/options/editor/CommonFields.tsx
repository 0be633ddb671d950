// What every rule has: id, severity, category, the message (with the placeholders it may use), suggestions, why and
// a link.
import { useRef } from 'react';
import { setOptional, setRequired, str, strings } from './draft';
import { Field, StringList, SelectField, TextField } from './fields';
import { CATEGORY_OPTIONS, COMMON_PLACEHOLDERS, KIND_INFO, SEVERITY_OPTIONS } from './kind-info';
import { bind, type KindFormProps } from './kinds/types';

/** Id, severity and category. */
export function RuleBasics(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <div className="rse-trio">
      <TextField
        {...bind(props, 'id')}
        label="Rule id"
        mono
        hint="Lower-case letters, digits, “.”, “_” or “-”; unique in the set."
        value={str(rule.id)}
        onChange={(v) => onChange(setRequired(rule, 'id', v))}
      />
      <SelectField
        {...bind(props, 'severity')}
        label="Severity"
        none={rule.severity === undefined ? 'Choose' : undefined}
        options={SEVERITY_OPTIONS}
        value={str(rule.severity)}
        onChange={(v) => onChange(setRequired(rule, 'severity', v || undefined))}
      />
      <SelectField
        {...bind(props, 'category')}
        label="Category"
        none={rule.category === undefined ? 'Choose' : undefined}
        options={CATEGORY_OPTIONS}
        value={str(rule.category)}
        onChange={(v) => onChange(setRequired(rule, 'category', v || undefined))}
      />
    </div>
  );
}

/** The message on the card and the rewrites offered. */
export function RuleMessage(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <MessageField {...props} />
      <StringList
        {...bind(props, 'suggestions')}
        label="Suggested rewrites"
        noun="suggestion"
        hint="Offered as the fix of the flagged words, the first one first. May use {match} and {name}. An empty one offers to delete the words."
        items={strings(rule.suggestions)}
        onChange={(v) => onChange(setOptional(rule, 'suggestions', v))}
      />
    </>
  );
}

/** Why, and a link to learn more: shown under "Why?" on the card. */
export function RuleWhy(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <div className="rse-pair">
      <TextField
        {...bind(props, 'why')}
        label="Why (shown under “Why?” on the card)"
        multiline
        value={str(rule.why)}
        onChange={(v) => onChange(setOptional(rule, 'why', v))}
      />
      <TextField
        {...bind(props, 'link')}
        label="Learn-more link"
        type="url"
        placeholder="https://…"
        value={str(rule.link)}
        onChange={(v) => onChange(setOptional(rule, 'link', v))}
      />
    </div>
  );
}

/** The message, and the placeholders it may use as buttons that insert them at the caret. */
function MessageField(props: KindFormProps) {
  const { rule, onChange } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const b = bind(props, 'message');
  const placeholders = [...COMMON_PLACEHOLDERS, ...(KIND_INFO[str(rule.kind)]?.placeholders ?? [])];
  const message = str(rule.message);
  const insert = (ph: string): void => {
    const el = area.current;
    const at = el?.selectionStart ?? message.length;
    const end = el?.selectionEnd ?? at;
    onChange(setRequired(rule, 'message', message.slice(0, at) + ph + message.slice(end)));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + ph.length, at + ph.length);
    });
  };
  const errors = b.problems.length > 0;
  return (
    <Field
      {...b}
      label="Message on the card"
      hint={
        <span className="rse-placeholders">
          <span>Placeholders:</span>
          {placeholders.map(([ph, meaning]) => (
            <button
              key={ph}
              type="button"
              className="rse-ph"
              title={`Insert ${ph}: ${meaning}`}
              aria-label={`Insert ${ph}, ${meaning}`}
              onClick={() => insert(ph)}
            >
              <code>{ph}</code> <span>{meaning}</span>
            </button>
          ))}
        </span>
      }
    >
      <textarea
        ref={area}
        id={b.id}
        rows={2}
        value={message}
        aria-invalid={errors || undefined}
        aria-describedby={`${b.id}-hint${errors ? ` ${b.id}-errors` : ''}`}
        onChange={(e) => onChange(setRequired(rule, 'message', e.currentTarget.value))}
      />
    </Field>
  );
}
