// pattern: grammar in compromise match syntax, and the phrases that silence it.
import { setOptional, setRequired, str, strings } from '../draft';
import { PhraseList, TextField } from '../fields';
import { bind, type KindFormProps } from './types';

export function PatternForm(props: KindFormProps) {
  const { rule, onChange } = props;
  return (
    <>
      <TextField
        {...bind(props, 'match')}
        label="Grammar pattern"
        mono
        hint={
          <>
            compromise match syntax: words as written, <code>(was|were)</code> a choice, <code>#Verb</code>,{' '}
            <code>#PastTense</code>, <code>#Adverb</code> a kind of word, <code>?</code> after a part makes it optional,{' '}
            <code>.</code> any one word. It runs only when every plain word of the pattern is in the reply.
          </>
        }
        value={str(rule.match)}
        placeholder="(was|were) #Adverb? #PastTense (in error|by mistake)"
        onChange={(v) => onChange(setRequired(rule, 'match', v))}
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
