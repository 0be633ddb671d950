// casing: brand and product names, each written exactly the way the brand writes it.
import { setRequired, strings } from '../draft';
import { StringList } from '../fields';
import { bind, type KindFormProps } from './types';

export function CasingForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <StringList
      {...bind(props, 'terms')}
      label="Names, written the brand’s way"
      noun="name"
      hint="Written exactly (no choices or *): “iPhone” flags “Iphone” and “IPHONE”, and the fix is “iPhone”."
      items={strings(rule.terms)}
      placeholder="e.g. PlayStation"
      onChange={(v) => onChange(setRequired(rule, 'terms', v))}
    />
  );
}
