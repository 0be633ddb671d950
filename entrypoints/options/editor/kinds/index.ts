// The form of each rule kind; a kind without one gets the form built from its schema (GenericForm).
import type { ComponentType } from 'react';
import { CasingForm } from './CasingForm';
import { GenericForm } from './GenericForm';
import { LimitForm } from './LimitForm';
import { PatternForm } from './PatternForm';
import { PersonalDataForm } from './PersonalDataForm';
import { PhraseForm } from './PhraseForm';
import { RegexForm } from './RegexForm';
import { RepetitionForm } from './RepetitionForm';
import { RequireForm } from './RequireForm';
import { SubstitutionForm } from './SubstitutionForm';
import type { KindFormProps } from './types';

const FORMS: Record<string, ComponentType<KindFormProps>> = {
  casing: CasingForm,
  limit: LimitForm,
  pattern: PatternForm,
  'personal-data': PersonalDataForm,
  phrase: PhraseForm,
  regex: RegexForm,
  repetition: RepetitionForm,
  require: RequireForm,
  substitution: SubstitutionForm,
};

export function formFor(kind: string): ComponentType<KindFormProps> {
  return FORMS[kind] ?? GenericForm;
}
