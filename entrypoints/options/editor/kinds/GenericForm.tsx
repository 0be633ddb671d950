// A form for a kind without a form of its own (a kind added to the engine after these forms were written), built
// from its zod schema: a choice is a select, a yes/no a checkbox, a number a number box, a text a text box, a list
// of texts a list, a list of choices checkboxes. Anything else is edited in the JSON view.
import { KINDS } from '../../../../rules/kinds/index';
import { ruleBase } from '../../../../rules/base';
import { setOptional, str, strings } from '../draft';
import { CheckboxField, CheckboxGroup, Errors, NumberField, PhraseList, SelectField, TextField } from '../fields';
import { defaultOf, enumOptions, fieldSort } from './schema-info';
import { bind, type KindFormProps } from './types';

const PHRASE_FIELDS = new Set(['phrases', 'unless', 'except', 'trailing']);
const label = (key: string): string => key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

export function GenericForm(props: KindFormProps & { only?: readonly string[] }) {
  const { rule, onChange } = props;
  const kind = str(rule.kind);
  const shape = (KINDS as Record<string, { schema: { shape: Record<string, unknown> } }>)[kind]?.schema.shape;
  if (!shape) return null;
  const fields = Object.entries(shape).filter(
    ([key]) => key !== 'kind' && !(key in ruleBase) && (!props.only || props.only.includes(key)),
  );
  return (
    <>
      {fields.map(([key, schema]) => {
        const b = bind(props, key);
        const set = (v: unknown): void => onChange(setOptional(rule, key, v));
        const fallback = defaultOf(schema);
        const hint = fallback !== undefined ? `Default: ${JSON.stringify(fallback)}.` : undefined;
        switch (fieldSort(schema)) {
          case 'enum':
            return (
              <SelectField
                key={key}
                {...b}
                label={label(key)}
                hint={hint}
                none="(not set)"
                options={enumOptions(schema).map((v) => ({ value: v, label: v }))}
                value={str(rule[key])}
                onChange={(v) => set(v || undefined)}
              />
            );
          case 'enum-list':
            return (
              <CheckboxGroup
                key={key}
                {...b}
                label={label(key)}
                options={enumOptions(schema).map((v) => ({ value: v, label: v }))}
                values={strings(rule[key])}
                onChange={set}
              />
            );
          case 'boolean':
            return (
              <CheckboxField
                key={key}
                {...b}
                label={label(key)}
                hint={hint}
                checked={rule[key] === true}
                onChange={(v) => set(v)}
              />
            );
          case 'number':
            return <NumberField key={key} {...b} label={label(key)} hint={hint} value={rule[key]} onChange={set} />;
          case 'string':
            return <TextField key={key} {...b} label={label(key)} hint={hint} value={str(rule[key])} onChange={set} />;
          case 'string-list':
            return PHRASE_FIELDS.has(key) ? (
              <PhraseList key={key} {...b} label={label(key)} items={strings(rule[key])} onChange={set} />
            ) : (
              <PhraseList key={key} {...b} noun="item" label={label(key)} items={strings(rule[key])} onChange={set} />
            );
          default:
            return (
              <div key={key} className="rse-field" data-field={key}>
                <p className="rse-hint">
                  “{key}” is edited in the JSON view{rule[key] !== undefined ? `: ${JSON.stringify(rule[key])}` : ''}.
                </p>
                <Errors problems={b.problems} />
              </div>
            );
        }
      })}
    </>
  );
}
