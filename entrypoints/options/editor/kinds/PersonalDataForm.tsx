// personal-data: which kinds of a customer's data to flag.
import { KINDS } from '../../../../rules/kinds/index';
import { setRequired, strings } from '../draft';
import { CheckboxGroup } from '../fields';
import { enumOptions } from './schema-info';
import { bind, type KindFormProps } from './types';

const LABELS: Record<string, string> = {
  email: 'E-mail addresses',
  phone: 'Phone numbers (not toll-free lines)',
  card: 'Card numbers',
  order: 'Order, booking and tracking numbers',
  account: 'Account and membership numbers',
  address: 'Street addresses',
  birthdate: 'Dates of birth',
  'id-document': 'Passport, licence, Social Security and National Insurance numbers',
};
const TYPES = enumOptions(KINDS['personal-data'].schema.shape.types).map((value) => ({
  value,
  label: LABELS[value] ?? value,
}));

export function PersonalDataForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <CheckboxGroup
      {...bind(props, 'types')}
      label="Data to flag"
      hint="The fix refers to it without showing it (“your order”). Usually for public replies only (see Conditions)."
      options={TYPES}
      values={strings(rule.types)}
      onChange={(v) => onChange(setRequired(rule, 'types', v))}
    />
  );
}
