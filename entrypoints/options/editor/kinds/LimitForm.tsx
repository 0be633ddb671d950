// limit: what is measured, the most allowed, and the fields that measure needs (how characters are counted, the
// shortest reply graded, the capitals that are fine, the phrases counted). A field another measure uses is shown
// only when it has a value (to be removed).
import { KINDS } from '../../../../rules/kinds/index';
import { setOptional, setRequired, str, strings } from '../draft';
import { NumberField, PhraseList, SelectField, StringList } from '../fields';
import { enumOptions } from './schema-info';
import { bind, type KindFormProps } from './types';

const MEASURE_LABEL: Record<string, string> = {
  characters: 'Characters (length)',
  words: 'Words in the reply',
  exclamations: 'Exclamation marks',
  emoji: 'Emoji',
  capitals: 'Words in capitals (shouting)',
  'sentence-words': 'Words in one sentence',
  'paragraph-words': 'Words in one paragraph',
  grade: 'Reading grade (Flesch-Kincaid)',
  occurrences: 'Times a phrase is used',
  abbreviations: 'Abbreviations the customer may not know',
};
const MEASURE_HINT: Record<string, string> = {
  characters: 'The part beyond the limit is flagged.',
  words: 'The whole reply is flagged when it has more words.',
  exclamations: 'Each “!” beyond the most allowed, and every “!!” run, with a calmer mark to use.',
  emoji: 'Each emoji beyond the most allowed, with its deletion.',
  capitals: 'Ordinary words in capitals; codes, brands and acronyms such as DM, FAQ, ETA are fine.',
  'sentence-words': 'Each sentence with more words is flagged.',
  'paragraph-words': 'Each paragraph with more words is flagged (a wall of text).',
  grade: 'School grade needed to read the reply; English replies of at least the shortest length only.',
  occurrences: 'Each use beyond the most allowed is flagged (“apologise once”).',
  abbreviations:
    'Words in capitals such as FTTC or FNOL that the customer did not use and the reply does not explain; well-known ones (DM, FAQ, PIN, NHS) are fine. Each beyond the most allowed is flagged.',
};
const MEASURES = enumOptions(KINDS.limit.schema.shape.measure).map((value) => ({
  value,
  label: MEASURE_LABEL[value] ?? value,
}));

export function LimitForm(props: KindFormProps) {
  const { rule, onChange } = props;
  const measure = str(rule.measure);
  const shows = (field: string, measures: string[]): boolean => measures.includes(measure) || rule[field] !== undefined;
  return (
    <>
      <div className="rse-pair">
        <SelectField
          {...bind(props, 'measure')}
          label="Measure"
          options={MEASURES}
          none={measure === '' ? 'Choose what to count' : undefined}
          hint={MEASURE_HINT[measure]}
          value={measure}
          onChange={(v) => onChange(setRequired(rule, 'measure', v || undefined))}
        />
        <NumberField
          {...bind(props, 'max')}
          label={measure === 'grade' ? 'Highest grade allowed' : 'Most allowed'}
          min={0}
          step={measure === 'grade' ? 0.5 : 1}
          value={rule.max}
          onChange={(v) => onChange(setRequired(rule, 'max', v))}
        />
      </div>
      {shows('countAs', ['characters']) && (
        <SelectField
          {...bind(props, 'countAs')}
          label="Count characters"
          none="Plainly (every character is one)"
          options={[
            { value: 'x', label: 'The way X does (links 23, emoji and CJK 2, leading @handles free)' },
            { value: 'plain', label: 'Plainly (said explicitly)' },
          ]}
          value={str(rule.countAs)}
          onChange={(v) => onChange(setOptional(rule, 'countAs', v || undefined))}
        />
      )}
      {shows('minWords', ['grade']) && (
        <NumberField
          {...bind(props, 'minWords')}
          label="Shortest reply graded (words)"
          hint="A grade means little on one sentence. Default 30."
          min={1}
          placeholder="30"
          value={rule.minWords}
          onChange={(v) => onChange(setOptional(rule, 'minWords', v))}
        />
      )}
      {shows('allow', ['capitals', 'abbreviations']) && (
        <StringList
          {...bind(props, 'allow')}
          label="Words in capitals that are fine"
          noun="word"
          hint="Your product codes and acronyms (common ones such as DM, FAQ, ETA are fine already)."
          items={strings(rule.allow)}
          onChange={(v) => onChange(setOptional(rule, 'allow', v))}
        />
      )}
      {shows('phrases', ['occurrences']) && (
        <PhraseList
          {...bind(props, 'phrases')}
          label="Phrases counted"
          hint="Uses of any of these count together."
          items={strings(rule.phrases)}
          onChange={(v) => onChange(setOptional(rule, 'phrases', v))}
        />
      )}
      {shows('withinWords', ['occurrences']) && (
        <NumberField
          {...bind(props, 'withinWords')}
          label="Only when this close (words)"
          hint="Count only uses within this many words of each other, so a long e-mail may close as it opened. Empty: anywhere in the reply."
          min={1}
          value={rule.withinWords}
          onChange={(v) => onChange(setOptional(rule, 'withinWords', v))}
        />
      )}
    </>
  );
}
