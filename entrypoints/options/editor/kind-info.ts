// What the editor says about each rule kind: its name in plain words, what it flags, and the placeholders its
// message may use (the values each kind passes to the message, see rules/kinds/*.ts). A kind not listed here (a new
// one) still gets a form, built from its schema (kinds/GenericForm.tsx).
import { KIND_IDS } from '../../../rules/kinds/index';
import { CATEGORY_LABEL, CHANNEL_LABEL } from '../../../components/labels';
import { CATEGORIES, CHANNELS, MOODS, SEVERITIES } from '../../../rules/types';
import type { Option } from './fields';

export interface KindInfo {
  label: string;
  blurb: string;
  /** Placeholders besides the ones every rule has. */
  placeholders: readonly (readonly [string, string])[];
}

export const KIND_INFO: Record<string, KindInfo> = {
  phrase: {
    label: 'Phrases to avoid',
    blurb: 'Flags phrases the brand does not say ("we apologise for any inconvenience"), with a rewrite to offer.',
    placeholders: [],
  },
  substitution: {
    label: 'Word swaps',
    blurb: 'Replaces words the brand does not use with the ones it does (utilise → use), keeping the case typed.',
    placeholders: [['{prefer}', 'the word to use instead']],
  },
  casing: {
    label: 'Brand and product names',
    blurb: 'Flags names written another way (Iphone, Playstation); the fix is the name exactly as listed.',
    placeholders: [['{term}', 'the name as the brand writes it']],
  },
  limit: {
    label: 'Limits',
    blurb: 'Too much of something: length, exclamation marks, emoji, capitals, long sentences, reading grade, repeats.',
    placeholders: [
      ['{count}', 'how many there are (characters, words, marks, the grade...)'],
      ['{max}', 'the most allowed'],
      ['{over}', 'characters over the limit (measure "characters")'],
      ['{grade}', 'the reading grade (measure "grade")'],
    ],
  },
  require: {
    label: 'Required elements',
    blurb: 'Something a good reply contains: a greeting, a next step, the customer’s name, the agent’s sign-off.',
    placeholders: [],
  },
  regex: {
    label: 'Regular expression',
    blurb: 'A regular expression, for what phrases cannot say (numbers of a shape, codes).',
    placeholders: [],
  },
  repetition: {
    label: 'Repeated replies',
    blurb: 'A reply nearly identical to one the agent sent recently (the same canned text pasted again).',
    placeholders: [['{count}', 'how many recent replies it repeats']],
  },
  pattern: {
    label: 'Grammar pattern',
    blurb: 'Grammar, in compromise match syntax: "(was|were) #Adverb? #PastTense (in error|by mistake)".',
    placeholders: [],
  },
  deflection: {
    label: 'Deflections',
    blurb: 'A reply that sends the customer to a phone line or another channel instead of helping, in any wording.',
    placeholders: [],
  },
  'personal-data': {
    label: 'Personal data',
    blurb:
      'A customer’s e-mail address, phone, card, order or account number, street address, date of birth or ID number in the reply.',
    placeholders: [['{type}', 'what was found ("an e-mail address")']],
  },
};

/** Placeholders every rule's message may use. */
export const COMMON_PLACEHOLDERS: readonly (readonly [string, string])[] = [
  ['{match}', 'the flagged words'],
  ['{name}', 'the customer’s first name, when known'],
  ['{handle}', 'the customer’s @handle, when known'],
  ['{signOff}', 'the agent’s sign-off, when known'],
  ['{said}', 'what the customer said that the rule waits for (Conditions: “Only when the customer’s message says”)'],
];

export function kindLabel(kind: string): string {
  return KIND_INFO[kind]?.label ?? kind;
}

/** Every kind the engine knows, for "Add a rule", in the order of KIND_INFO then any new ones. */
export const KIND_OPTIONS: Option[] = [
  ...Object.keys(KIND_INFO).filter((k) => (KIND_IDS as string[]).includes(k)),
  ...KIND_IDS.filter((k) => !(k in KIND_INFO)),
].map((k) => ({ value: k, label: k in KIND_INFO ? `${KIND_INFO[k]!.label} (${k})` : k }));

export const SEVERITY_OPTIONS: Option[] = SEVERITIES.map((s) => ({
  value: s,
  label: { error: 'Error: must fix', warning: 'Warning: should fix', suggestion: 'Suggestion: could be better' }[s],
}));
export const CATEGORY_OPTIONS: Option[] = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }));

export const CHANNEL_OPTIONS: Option[] = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }));
export const MOOD_OPTIONS: Option[] = MOODS.map((m) => ({ value: m, label: m[0]!.toUpperCase() + m.slice(1) }));
