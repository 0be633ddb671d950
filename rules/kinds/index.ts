// Every rule kind, alphabetically; the file name is the kind's id. A repository test checks each file is listed
// here and documented in docs/rule-sets.md.
import { asksAgainKind } from './asks-again.ts';
import { casingKind } from './casing.ts';
import { deflectionKind } from './deflection.ts';
import { limitKind } from './limit.ts';
import { patternKind } from './pattern.ts';
import { personalDataKind } from './personal-data.ts';
import { phraseKind } from './phrase.ts';
import { regexKind } from './regex.ts';
import { repetitionKind } from './repetition.ts';
import { requireKind } from './require.ts';
import { substitutionKind } from './substitution.ts';

export const KINDS = {
  'asks-again': asksAgainKind,
  casing: casingKind,
  deflection: deflectionKind,
  limit: limitKind,
  pattern: patternKind,
  'personal-data': personalDataKind,
  phrase: phraseKind,
  regex: regexKind,
  repetition: repetitionKind,
  require: requireKind,
  substitution: substitutionKind,
} as const;

export type KindId = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as KindId[];
