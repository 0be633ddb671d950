// repetition: how close to a recent reply counts as the same one, and how short a reply may repeat freely.
import { setOptional } from '../draft';
import { NumberField } from '../fields';
import { bind, type KindFormProps } from './types';

export function RepetitionForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <div className="rse-pair">
      <NumberField
        {...bind(props, 'maxDistance')}
        label="How different may it be (bits, 0–24)"
        hint="Replies are compared by 64-bit fingerprints: copies of one template stay within 12 bits, unrelated replies are 15 or more apart. Default 12."
        min={0}
        max={24}
        placeholder="12"
        value={rule.maxDistance}
        onChange={(v) => onChange(setOptional(rule, 'maxDistance', v))}
      />
      <NumberField
        {...bind(props, 'minWords')}
        label="Shortest reply judged (words)"
        hint="Shorter replies (“Thanks!”) may repeat. Default 8."
        min={1}
        placeholder="8"
        value={rule.minWords}
        onChange={(v) => onChange(setOptional(rule, 'minWords', v))}
      />
    </div>
  );
}
