// The rule set being edited, as the JSON it will be saved as (a draft may be invalid: the forms and the JSON view
// edit the same object, and validation names what is wrong). Pure functions: every form edit is one of these, so a
// unit test can say what JSON an edit gives. An optional field left empty is removed, never saved as "" or [].
import { KINDS, type KindId } from '../../../rules/kinds/index';
import type { RuleSet } from '../../../rules/schema';
import { migrateRuleSetFile, readRuleSet } from '../../../utils/rule-set-files';
import type { LibraryEntry } from '../../../utils/rule-library';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];

/** The set's rules as written (a rule that is not an object stays as it is, for validation to name). */
export function rulesOf(set: Json): unknown[] {
  return Array.isArray(set.rules) ? set.rules : [];
}

export function ruleAt(set: Json, i: number): Json {
  const r = rulesOf(set)[i];
  return isObject(r) ? r : {};
}

export function ruleIds(set: Json): string[] {
  return rulesOf(set).flatMap((r) => (isObject(r) && typeof r.id === 'string' && r.id ? [r.id] : []));
}

/** Whether a value says nothing, so its optional field is left out. */
function empty(v: unknown): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && !Object.keys(v).length);
}

/** `obj` with `key` set to `value`, or without `key` when the value is empty. Key order is kept. */
export function setOptional(obj: Json, key: string, value: unknown): Json {
  if (empty(value)) {
    if (!(key in obj)) return obj;
    const { [key]: _gone, ...rest } = obj;
    return rest;
  }
  return { ...obj, [key]: value };
}

/** `obj` with `key` set, even when empty (a required field: validation says it is missing or empty). */
export function setRequired(obj: Json, key: string, value: unknown): Json {
  if (value === undefined) return setOptional(obj, key, undefined);
  return { ...obj, [key]: value };
}

/** A rule with one `when` condition changed; `when` goes when it has none left. */
export function setWhen(rule: Json, key: string, value: unknown): Json {
  const when = isObject(rule.when) ? rule.when : {};
  return setOptional(rule, 'when', setOptional(when, key, value));
}

export function withRule(set: Json, i: number, rule: Json): Json {
  const rules = [...rulesOf(set)];
  rules[i] = rule;
  return { ...set, rules };
}

/** "policy", "policy-2", ... : a rule id not yet used in the set. */
export function freeRuleId(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    wanted
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 56) || 'rule';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A sensible first rule of each kind: valid, with a message that uses its placeholders and examples that pass, so a
 * brand manager starts from something that works and changes the words.
 */
const STARTERS: Record<string, Json> = {
  phrase: {
    id: 'canned-apology',
    kind: 'phrase',
    category: 'canned',
    severity: 'warning',
    message: '"{match}" sounds like a form letter. Say sorry in your own words.',
    phrases: ['(we|I) apologi(se|ze) for any inconvenience'],
    suggestions: ["we're sorry about this"],
    examples: {
      bad: [{ text: '[[We apologise for any inconvenience]].', fix: "We're sorry about this." }],
      good: ["We're sorry the parcel is late."],
    },
  },
  substitution: {
    id: 'plain-words',
    kind: 'substitution',
    category: 'clarity',
    severity: 'suggestion',
    message: 'Say "{prefer}": it is plainer than "{match}".',
    swap: { utilise: 'use' },
    examples: {
      bad: [{ text: 'Please [[utilise]] the form.', fix: 'Please use the form.' }],
      good: ['Please use the form.'],
    },
  },
  casing: {
    id: 'brand-names',
    kind: 'casing',
    category: 'brand',
    severity: 'warning',
    message: 'Write "{term}" the way the brand does.',
    terms: ['iPhone'],
    examples: {
      bad: [{ text: 'Restart your [[iphone]].', fix: 'Restart your iPhone.' }],
      good: ['Restart your iPhone.'],
    },
  },
  limit: {
    id: 'exclamations',
    kind: 'limit',
    category: 'tone',
    severity: 'suggestion',
    message: 'Calm down the exclamation marks: {count} here, at most {max}.',
    measure: 'exclamations',
    max: 1,
    examples: {
      bad: [{ text: 'Thanks for waiting[[!!]]', fix: 'Thanks for waiting!' }],
      good: ['Thanks for waiting!'],
    },
  },
  require: {
    id: 'next-step',
    kind: 'require',
    category: 'clarity',
    severity: 'suggestion',
    message: 'Tell the customer what happens next.',
    need: 'phrase',
    phrases: ["(we'll|we will|I'll|I will)", 'please'],
    where: 'anywhere',
    minWords: 4,
    examples: {
      bad: [{ text: '[[Your order left our warehouse yesterday]].' }],
      good: ["Your order left our warehouse yesterday. We'll e-mail you the tracking link."],
    },
  },
  regex: {
    id: 'phone-line',
    kind: 'regex',
    category: 'channel',
    severity: 'warning',
    message: 'Help here rather than sending the customer to a phone line ({match}).',
    regex: '\\b1-8(?:00|88|77|66)-\\d{3}-\\d{4}\\b',
    examples: {
      bad: [{ text: 'Please call [[1-800-555-0100]] for help.' }],
      good: ['Tell us more here and we will sort it out.'],
    },
  },
  repetition: {
    id: 'same-reply',
    kind: 'repetition',
    category: 'canned',
    severity: 'suggestion',
    message: 'You sent nearly the same reply {count} times recently. Make this one about this customer.',
    maxDistance: 12,
    minWords: 8,
  },
  pattern: {
    id: 'customer-blame',
    kind: 'pattern',
    category: 'blame',
    severity: 'warning',
    message: '"{match}" blames the customer. Say what to do next instead.',
    match: 'you (should|must) have #Verb',
    examples: {
      bad: [{ text: '[[You should have checked]] the box.' }],
      good: ['Next time, tick the box and it will go through.'],
    },
  },
  deflection: {
    id: 'phone-deflection',
    kind: 'deflection',
    category: 'channel',
    severity: 'warning',
    message: '"{match}" sends the customer to a phone line. Help them here first.',
    to: 'phone',
    examples: {
      bad: [{ text: 'Please [[give us a call]].' }],
      good: ["We've refunded the charge; it shows in 3 days."],
    },
  },
  'personal-data': {
    id: 'private-details',
    kind: 'personal-data',
    category: 'privacy',
    severity: 'error',
    message: 'Keep {type} out of a public reply.',
    types: ['email', 'phone', 'card', 'order', 'account', 'address', 'birthdate', 'id-document'],
    when: { audience: 'public' },
    examples: {
      bad: [{ text: 'We sent it to [[jane.doe@example.com]].', fix: 'We sent it to your e-mail address.' }],
      good: ['We sent it to your e-mail address.'],
    },
  },
};

/** A starting rule for a kind without a starter above: its required fields filled from its schema where it can. */
function genericStarter(kind: string): Json {
  const rule: Json = { id: kind, kind, category: 'tone', severity: 'warning', message: 'Say what to change here.' };
  const shape = (KINDS as Record<string, { schema: { shape: Record<string, unknown> } }>)[kind]?.schema.shape ?? {};
  for (const [key, schema] of Object.entries(shape)) {
    if (key in rule || key === 'kind') continue;
    const s = schema as { type?: string; options?: readonly unknown[] };
    if (s.type === 'enum' && s.options?.length) rule[key] = s.options[0];
  }
  return rule;
}

/** A new rule of `kind` with an id not yet used in the set. */
export function newRule(kind: string, taken: Iterable<string>): Json {
  const starter = structuredClone(STARTERS[kind] ?? genericStarter(kind));
  return { ...starter, id: freeRuleId(String(starter.id), taken) };
}

export function addRule(set: Json, kind: KindId | string): Json {
  return { ...set, rules: [...rulesOf(set), newRule(kind, ruleIds(set))] };
}

/** A copy of rule i right after it, with its own id. */
export function duplicateRule(set: Json, i: number): Json {
  const rules = [...rulesOf(set)];
  const original = rules[i];
  const copy = isObject(original)
    ? { ...structuredClone(original), id: freeRuleId(`${str(original.id) || 'rule'}-copy`, ruleIds(set)) }
    : structuredClone(original);
  rules.splice(i + 1, 0, copy);
  return { ...set, rules };
}

export function deleteRule(set: Json, i: number): Json {
  return { ...set, rules: rulesOf(set).filter((_, j) => j !== i) };
}

/** Rule i moved to place `to` (the others keep their order). */
export function moveRule(set: Json, i: number, to: number): Json {
  const rules = [...rulesOf(set)];
  if (to < 0 || to >= rules.length || i === to) return set;
  const [moved] = rules.splice(i, 1);
  rules.splice(to, 0, moved);
  return { ...set, rules };
}

/** Changes a rule's kind, keeping what every rule has (id, severity, category, message, when, why, link). */
export function changeKind(rule: Json, kind: string, taken: Iterable<string>): Json {
  const starter = newRule(kind, taken);
  const kept = Object.fromEntries(
    ['id', 'category', 'severity', 'message', 'suggestions', 'when', 'why', 'link'].flatMap((k) =>
      rule[k] !== undefined ? [[k, rule[k]]] : [],
    ),
  );
  const { examples: _examples, ...fields } = starter;
  return { ...fields, ...kept, kind };
}

/** A substitution's swap object as table rows, in order. */
export function swapRows(swap: unknown): [string, string][] {
  return isObject(swap) ? Object.entries(swap).map(([a, p]) => [a, str(p)]) : [];
}

/**
 * Table rows as a swap object. A row whose "avoid" repeats an earlier one would overwrite it in JSON: it is kept
 * under the first (the table says so next to the row); a row with neither word is left out.
 */
export function swapFromRows(rows: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [avoid, prefer] of rows) {
    if (avoid === '' && prefer === '') continue;
    if (!(avoid in out)) out[avoid] = prefer;
  }
  return out;
}

const HEAD_ORDER = ['$schema', 'id', 'name', 'description', 'version', 'rules'];
const RULE_ORDER = ['id', 'kind', 'category', 'severity', 'message'];
const RULE_LAST = ['suggestions', 'when', 'why', 'link', 'examples'];

/** `obj` with `first` keys first and `last` keys last, in those orders; the others as they were. */
function ordered(obj: Json, first: readonly string[], last: readonly string[] = []): Json {
  const keys = [
    ...first.filter((k) => k in obj),
    ...Object.keys(obj).filter((k) => !first.includes(k) && !last.includes(k)),
    ...last.filter((k) => k in obj),
  ];
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

/** The set's fields in the order people read them (storage may give them back in another order). */
export function readableOrder(set: Json): Json {
  const out = ordered(set, HEAD_ORDER);
  if (Array.isArray(out.rules)) out.rules = out.rules.map((r) => (isObject(r) ? ordered(r, RULE_ORDER, RULE_LAST) : r));
  return out;
}

/** The draft to start from: what the user saved (their own words, not the defaults validation fills in). */
export function initialDraft(entry: LibraryEntry): Json {
  const raw = (entry as LibraryEntry & { raw?: unknown }).raw;
  if (raw !== undefined) {
    const migrated = migrateRuleSetFile(structuredClone(raw));
    if (isObject(migrated) && readRuleSet(migrated).ok) return readableOrder(migrated);
  }
  return readableOrder(entry.ruleSet ? (structuredClone(entry.ruleSet) as unknown as Json) : { rules: [] });
}

/** What the JSON view shows and Save writes: two-space indented. */
export const toJsonText = (draft: Json): string => `${JSON.stringify(draft, null, 2)}\n`;

export type Validation = { ok: true; ruleSet: RuleSet } | { ok: false; problems: string[] };

/** The one validation every way in uses (migration + parseRuleSet). */
export const validateDraft = (draft: unknown): Validation => readRuleSet(draft);

/**
 * Marks [start, end) of an example with [[ ]] (offsets into the text as shown, markers included); markers already
 * there are moved. start === end marks an insertion point ([[]]).
 */
export function markSpan(marked: string, start: number, end: number): string {
  const map: number[] = [];
  let plain = '';
  for (let i = 0; i < marked.length;) {
    if (marked.startsWith('[[', i) || marked.startsWith(']]', i)) {
      map[i] = map[i + 1] = plain.length;
      i += 2;
    } else {
      map[i] = plain.length;
      plain += marked[i];
      i++;
    }
  }
  map[marked.length] = plain.length;
  const s = map[Math.max(0, Math.min(start, end))] ?? plain.length;
  const e = map[Math.min(marked.length, Math.max(start, end))] ?? plain.length;
  return `${plain.slice(0, s)}[[${plain.slice(s, e)}]]${plain.slice(e)}`;
}

/** A rule with its bad or good examples replaced; `examples` goes when both lists are empty. */
export function setExamples(rule: Json, which: 'bad' | 'good', list: unknown[]): Json {
  const examples = isObject(rule.examples) ? rule.examples : {};
  return setOptional(rule, 'examples', setOptional(examples, which, list));
}
