// Field widgets of the rule-set editor: every input has a label, its hint and its problems next to it
// ([data-tc="error"], tied to the input with aria-describedby). Controlled: value in, onChange out. Inside the
// editor's <fieldset disabled> (read-only sets) every one of them is disabled by the browser.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PlacedProblem } from './problems';

export function Errors(props: { problems: readonly PlacedProblem[]; id?: string }) {
  if (props.problems.length === 0) return null;
  return (
    <ul className="rse-errors" id={props.id}>
      {props.problems.map((p, i) => (
        <li key={i} className="rse-error" data-tc="error" data-path={p.path}>
          {p.message}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  id: string;
  /** The field's name in the rule ("phrases", "when.channel"): data-field, for tests and styles. */
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  problems?: readonly PlacedProblem[];
  children: ReactNode;
  /** Grouped inputs (checkboxes, a list) are labelled by a legend instead of a label. */
  group?: boolean;
  className?: string;
}

/** A label, the input(s), a hint and the field's own problems (an item's problems are shown by its row). */
export function Field(props: FieldProps) {
  const own = (props.problems ?? []).filter((p) => p.item === undefined);
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  if (props.group)
    return (
      <fieldset
        className={`rse-field rse-group ${props.className ?? ''}`}
        data-field={props.field}
        aria-describedby={hintId}
      >
        <legend>{props.label}</legend>
        {props.hint && (
          <p className="rse-hint" id={hintId}>
            {props.hint}
          </p>
        )}
        {props.children}
        <Errors problems={own} id={`${props.id}-errors`} />
      </fieldset>
    );
  return (
    <div className={`rse-field ${props.className ?? ''}`} data-field={props.field}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p className="rse-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <Errors problems={own} id={`${props.id}-errors`} />
    </div>
  );
}

/** aria attributes tying an input to its hint and problems. */
function described(id: string, hint: unknown, problems: readonly PlacedProblem[] | undefined, item?: number | string) {
  const mine = (problems ?? []).filter((p) => p.item === item);
  const ids = [hint ? `${id}-hint` : '', mine.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': mine.length > 0 || undefined, 'aria-describedby': ids || undefined };
}

interface TextProps {
  id: string;
  field: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  problems?: readonly PlacedProblem[];
  placeholder?: string;
  mono?: boolean;
  multiline?: boolean;
  type?: 'text' | 'url';
  className?: string;
}

export function TextField(props: TextProps) {
  const common = {
    id: props.id,
    value: props.value,
    placeholder: props.placeholder,
    className: props.mono ? 'mono' : undefined,
    spellCheck: props.mono ? false : undefined,
    ...described(props.id, props.hint, props.problems),
  };
  return (
    <Field {...props}>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => props.onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.currentTarget.value)} />
      )}
    </Field>
  );
}

/** A number; an empty box is `undefined` (an optional field left out, a required one reported missing). */
export function NumberField(
  props: Omit<TextProps, 'value' | 'onChange' | 'mono' | 'multiline' | 'type'> & {
    value: unknown;
    onChange(value: number | undefined): void;
    min?: number;
    max?: number;
    step?: number;
  },
) {
  const value = typeof props.value === 'number' ? String(props.value) : '';
  return (
    <Field {...props}>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        className="rse-number"
        value={value}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        placeholder={props.placeholder}
        {...described(props.id, props.hint, props.problems)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
        }}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Omit<TextProps, 'placeholder' | 'mono' | 'multiline' | 'type'> & {
    options: readonly Option[];
    /** A first option that means "not set" (the field is left out). */
    none?: string;
    dataTc?: string;
  },
) {
  const known = props.options.some((o) => o.value === props.value);
  return (
    <Field {...props}>
      <select
        id={props.id}
        value={props.value}
        data-tc={props.dataTc}
        {...described(props.id, props.hint, props.problems)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {!known && props.value !== '' && <option value={props.value}>{props.value} (not a choice)</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField(props: {
  id: string;
  field: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
  problems?: readonly PlacedProblem[];
}) {
  const own = props.problems ?? [];
  return (
    <div className="rse-field rse-check" data-field={props.field}>
      <label>
        <input
          type="checkbox"
          id={props.id}
          checked={props.checked}
          {...described(props.id, props.hint, props.problems)}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />{' '}
        {props.label}
      </label>
      {props.hint && (
        <p className="rse-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <Errors problems={own} id={`${props.id}-errors`} />
    </div>
  );
}

/** Several choices of a list (channels, moods, data types); values not among the options are kept and shown. */
export function CheckboxGroup(props: {
  id: string;
  field: string;
  label: ReactNode;
  options: readonly Option[];
  values: readonly string[];
  onChange(values: string[]): void;
  hint?: ReactNode;
  problems?: readonly PlacedProblem[];
}) {
  const extra = props.values.filter((v) => !props.options.some((o) => o.value === v));
  const all = [...props.options, ...extra.map((v) => ({ value: v, label: `${v} (unknown)` }))];
  const toggle = (value: string, on: boolean): void => {
    // In the options' order, so the JSON reads the same whatever order they were ticked in.
    const next = new Set(props.values);
    if (on) next.add(value);
    else next.delete(value);
    props.onChange(all.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <Field {...props} group problems={props.problems?.map((p) => ({ ...p, item: undefined }))}>
      <div className="rse-checks">
        {all.map((o) => (
          <label key={o.value} className="rse-chip">
            <input
              type="checkbox"
              id={`${props.id}-${o.value}`}
              checked={props.values.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
    </Field>
  );
}

export interface ListProps {
  id: string;
  field: string;
  label: ReactNode;
  items: readonly string[];
  onChange(items: string[]): void;
  /** "phrase": rows are labelled "Phrase 1", "Phrase 2"; buttons "Add a phrase", "Remove phrase 2". */
  noun: string;
  hint?: ReactNode;
  problems?: readonly PlacedProblem[];
  placeholder?: string;
  mono?: boolean;
  /** Extra content under the label (the phrase syntax). */
  help?: ReactNode;
}

/** A list of texts: one row each with its own problems, add and remove; Enter in a row adds the next one. */
export function StringList(props: ListProps) {
  const [focus, setFocus] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  useEffect(() => {
    if (focus === null) return;
    inputs.current[focus]?.focus();
    setFocus(null);
  }, [focus]);
  const problems = props.problems ?? [];
  const set = (i: number, v: string): void => props.onChange(props.items.map((x, j) => (j === i ? v : x)));
  const add = (at: number): void => {
    props.onChange([...props.items.slice(0, at), '', ...props.items.slice(at)]);
    setFocus(at);
  };
  const remove = (i: number): void => {
    props.onChange(props.items.filter((_, j) => j !== i));
    setFocus(Math.min(i, props.items.length - 2));
  };
  const Noun = props.noun[0]!.toUpperCase() + props.noun.slice(1);
  return (
    <Field {...props} group className="rse-list">
      {props.help}
      {props.items.length > 0 && (
        <ol className="rse-rows">
          {props.items.map((item, i) => {
            const rowId = `${props.id}-${i}`;
            const mine = problems.filter((p) => p.item === i);
            return (
              <li key={i} className="rse-row" data-item={i}>
                <div className="rse-row-line">
                  <input
                    ref={(el) => void (inputs.current[i] = el)}
                    id={rowId}
                    type="text"
                    value={item}
                    className={props.mono ? 'mono' : undefined}
                    placeholder={props.placeholder}
                    aria-label={`${Noun} ${i + 1}`}
                    aria-invalid={mine.length > 0 || undefined}
                    aria-describedby={mine.length ? `${rowId}-errors` : undefined}
                    onChange={(e) => set(i, e.currentTarget.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        add(i + 1);
                      }
                    }}
                  />
                  <button
                    type="button"
                    className="rse-icon"
                    aria-label={`Remove ${props.noun} ${i + 1}`}
                    title={`Remove ${props.noun} ${i + 1}`}
                    onClick={() => remove(i)}
                  >
                    ✕
                  </button>
                </div>
                <Errors problems={mine} id={`${rowId}-errors`} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="rse-add" onClick={() => add(props.items.length)}>
        + Add {/^[aeiou]/i.test(props.noun) ? 'an' : 'a'} {props.noun}
      </button>
    </Field>
  );
}

/** How phrases are written (rules/phrases.ts), shown where phrases are typed. */
export function PhraseSyntax() {
  return (
    <details className="rse-syntax">
      <summary>How to write a phrase</summary>
      <ul>
        <li>
          Words as written, matched as whole words whatever their case: <code>any inconvenience</code> also flags “Any
          Inconvenience”. Spaces match any spacing, and straight and curly apostrophes are the same.
        </li>
        <li>
          <code>(a|b)</code> is a choice: <code>(call|phone) us</code> flags “call us” and “phone us”; a choice can hold
          several words: <code>(give us a call|call us)</code>.
        </li>
        <li>
          An empty choice makes words optional: <code>sorry for (the|any|) trouble</code> also flags “sorry for
          trouble”.
        </li>
        <li>
          A choice glued to a word makes one word: <code>apologi(se|ze)</code> flags “apologise” and “apologize”.
        </li>
        <li>
          <code>*</code> is any one word: <code>call * number</code> flags “call our number” and “call this number”.
        </li>
        <li>
          <code>\</code> makes the next character plain: <code>:-\)</code> is the smiley. Nothing else is special, so{' '}
          <code>1-800</code> and <code>e.g.</code> mean exactly that.
        </li>
      </ul>
    </details>
  );
}

export function PhraseList(props: Omit<ListProps, 'noun' | 'help'> & { noun?: string }) {
  return <StringList {...props} noun={props.noun ?? 'phrase'} help={<PhraseSyntax />} />;
}

/**
 * A section that can be folded away (conditions, exceptions): open at first when it holds something, and opened
 * whenever one of its fields has a problem, so no problem is ever hidden.
 */
export function Disclosure(props: {
  title: ReactNode;
  /** What the section holds, shown beside the title while it is closed. */
  summary?: ReactNode;
  initiallyOpen: boolean;
  problems: number;
  className?: string;
  field?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(props.initiallyOpen || props.problems > 0);
  const { problems } = props;
  useEffect(() => {
    if (problems > 0) setOpen(true);
  }, [problems]);
  return (
    <details
      className={`rse-disclosure ${props.className ?? ''}`}
      data-field={props.field}
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="rse-disclosure-title">{props.title}</span>
        {!open && props.summary && <span className="rse-disclosure-summary">{props.summary}</span>}
      </summary>
      <div className="rse-disclosure-body">{props.children}</div>
    </details>
  );
}
