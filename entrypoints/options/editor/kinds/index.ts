// The form of each rule kind and the fields it shows; a kind without one gets the form built from its schema
// (GenericForm), and so does a field added to a kind after its form was written (shown under the form), so every
// field can be edited and every problem has a place.
import type { ComponentType } from 'react';
import { CasingForm } from './CasingForm';
import { DeflectionForm } from './DeflectionForm';
import { GenericForm } from './GenericForm';
import { LimitForm } from './LimitForm';
import { PatternForm } from './PatternForm';
import { PersonalDataForm } from './PersonalDataForm';
import { PhraseForm } from './PhraseForm';
import { RegexForm } from './RegexForm';
import { RepetitionForm } from './RepetitionForm';
import { RequireForm } from './RequireForm';
import { SubstitutionForm } from './SubstitutionForm';
import { kindFields } from './schema-info';
import type { KindFormProps } from './types';

const FORMS: Record<string, { Form: ComponentType<KindFormProps>; fields: readonly string[] }> = {
  casing: { Form: CasingForm, fields: ['terms'] },
  deflection: { Form: DeflectionForm, fields: ['to', 'unlessHelped', 'unless'] },
  limit: { Form: LimitForm, fields: ['measure', 'max', 'countAs', 'minWords', 'allow', 'phrases', 'withinWords'] },
  pattern: { Form: PatternForm, fields: ['match', 'unless'] },
  'personal-data': { Form: PersonalDataForm, fields: ['types'] },
  phrase: {
    Form: PhraseForm,
    fields: ['phrases', 'unlessCustomerUsed', 'unlessQuoted', 'unless', 'except', 'trailing'],
  },
  regex: { Form: RegexForm, fields: ['regex', 'caseSensitive', 'unless'] },
  repetition: { Form: RepetitionForm, fields: ['maxDistance', 'minWords'] },
  require: {
    Form: RequireForm,
    fields: [
      'need',
      'phrases',
      'pattern',
      'where',
      'within',
      'anchor',
      'insert',
      'insertUnless',
      'acceptLinks',
      'acceptSignature',
      'acceptName',
      'acceptWarm',
      'acceptRemedy',
      'afterThanks',
      'holdBeforeCheer',
      'minWords',
    ],
  },
  substitution: { Form: SubstitutionForm, fields: ['swap', 'except', 'trailing'] },
};

/** The kind's form, and the fields of its schema the form does not show (for GenericForm). */
export function formFor(kind: string): { Form: ComponentType<KindFormProps>; rest: string[] } {
  const own = FORMS[kind];
  const all = kindFields(kind);
  if (!own) return { Form: GenericForm, rest: [] };
  return { Form: own.Form, rest: all.filter((f) => !own.fields.includes(f)) };
}
