// Validation names each problem by its JSON path ("rules[2].swap.utilise: ..."); the editor shows it next to the
// field it concerns (rule 3's swap table) in plain words. A problem whose field the editor does not show (an unknown
// field, the file's version) stays at the top, so none is ever hidden.
import { KINDS } from '../../../rules/kinds/index';
import { isObject, rulesOf, type Json } from './draft';

export interface PlacedProblem {
  /** The path as validation gave it ("rules[2].phrases[1]"); "" when the problem has none. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The problem as validation wrote it, path included. */
  original: string;
  /** Index of the rule it concerns. */
  rule?: number;
  /**
   * The field, as the forms name it: a head field ("id", "name", "description"), a rule field ("phrases", "swap",
   * "message"), a condition ("when.ifRule") or an example list ("examples.bad").
   */
  field?: string;
  /** An item of a list field (its index) or of the swap table (its "avoid" word). */
  item?: number | string;
}

const HEAD_FIELDS = ['id', 'name', 'description'];
const HEAD_PATH = /^(?:\$schema|id|name|description|version|rules)(?=: )/;
const RULE_PATH = /^rules\[(\d+)\]((?:\.[\w$]+|\[\d+\])*(?:\.[^:]*)?)(?=: )/;

/** zod's wording made plainer for the people who write rules. */
export function plainWords(message: string): string {
  return message
    .replace(/^Too small: expected string to have >=1 characters?$/, 'this is empty: write something here or remove it')
    .replace(/^Too small: expected array to have >=1 items?$/, 'choose or list at least one')
    .replace(/^Too small: expected number to be >=(\S+)$/, 'expected $1 or more')
    .replace(/^Too small: expected number to be >(\S+)$/, 'expected more than $1')
    .replace(/^Too big: expected number to be <=(\S+)$/, 'expected $1 or less')
    .replace(/expected int, received number/, 'expected a whole number')
    .replace(/^missing \(expected string, received undefined\)$/, 'missing: fill this in')
    .replace(/^missing \(expected (.*), received undefined\)$/, 'missing: expected $1')
    .replace(/^expected (string|boolean|number), received (\w+)$/, 'expected a $1, not a $2');
}

/** One problem's place: which rule, which field, which item. */
export function parseProblem(text: string): PlacedProblem {
  const rule = RULE_PATH.exec(text);
  if (rule) {
    const path = rule[0];
    const message = plainWords(text.slice(path.length + 2));
    const index = Number(rule[1]);
    const rest = rule[2] ?? '';
    const base = { path, message, original: text, rule: index };
    const m = /^\.([\w$]+)/.exec(rest);
    if (!m) return base; // the rule itself (not an object, an unknown field)
    const field = m[1]!;
    const after = rest.slice(m[0].length);
    if (field === 'when' || field === 'examples') {
      const sub = /^\.([\w$]+)(?:\[(\d+)\])?/.exec(after);
      if (!sub) return { ...base, field };
      return { ...base, field: `${field}.${sub[1]}`, ...(sub[2] !== undefined ? { item: Number(sub[2]) } : {}) };
    }
    const index2 = /^\[(\d+)\]/.exec(after);
    if (index2) return { ...base, field, item: Number(index2[1]) };
    if (field === 'swap' && after.startsWith('.')) return { ...base, field, item: after.slice(1) };
    return { ...base, field };
  }
  const head = HEAD_PATH.exec(text);
  if (head) {
    const path = head[0];
    const message = plainWords(text.slice(path.length + 2));
    return { path, message, original: text, ...(HEAD_FIELDS.includes(path) ? { field: path } : {}) };
  }
  return { path: '', message: text, original: text };
}

export interface RuleProblems {
  /** Problems of the rule as a whole, or of a field its form does not show. */
  general: PlacedProblem[];
  byField: Map<string, PlacedProblem[]>;
}

export interface ProblemMap {
  /** Problems with no field: shown at the top of the editor. */
  top: PlacedProblem[];
  head: Map<string, PlacedProblem[]>;
  rules: Map<number, RuleProblems>;
  count: number;
}

/** Every condition's field, as problems name them. */
export const WHEN_FIELDS = [
  'channel',
  'audience',
  'mood',
  'unlessMood',
  'complaint',
  'customerSays',
  'unlessCustomerSays',
  'maxWords',
  'ifRule',
  'unlessRule',
  'fixUnlessRule',
].map((w) => `when.${w}`);

/** The fields the forms show for a rule of this kind: its schema's fields, each condition and each example list. */
export function shownFields(rule: unknown): Set<string> {
  const kind = isObject(rule) && typeof rule.kind === 'string' ? rule.kind : '';
  const schema = (KINDS as Record<string, { schema: { shape: Record<string, unknown> } }>)[kind]?.schema;
  const fields = new Set(['id', 'kind', ...Object.keys(schema?.shape ?? {})]);
  if (schema) {
    for (const w of WHEN_FIELDS) fields.add(w);
    fields.add('examples.bad');
    fields.add('examples.good');
  }
  return fields;
}

const push = <K>(map: Map<K, PlacedProblem[]>, key: K, p: PlacedProblem): void => {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
};

/** Every problem placed: next to its field when the editor shows that field, else on its rule, else at the top. */
export function placeProblems(problems: readonly string[], draft: Json): ProblemMap {
  const map: ProblemMap = { top: [], head: new Map(), rules: new Map(), count: problems.length };
  const rules = rulesOf(draft);
  for (const text of problems) {
    const p = parseProblem(text);
    if (p.rule === undefined) {
      if (p.field) push(map.head, p.field, p);
      else map.top.push(p);
      continue;
    }
    if (p.rule >= rules.length) {
      map.top.push(p);
      continue;
    }
    let entry = map.rules.get(p.rule);
    if (!entry) map.rules.set(p.rule, (entry = { general: [], byField: new Map() }));
    if (p.field && shownFields(rules[p.rule]).has(p.field)) push(entry.byField, p.field, p);
    else entry.general.push(p);
  }
  return map;
}

/** The problems of one field of rule i (items included); [] when there are none. */
export function fieldProblems(map: ProblemMap, rule: number, field: string): PlacedProblem[] {
  return map.rules.get(rule)?.byField.get(field) ?? [];
}

/** How many problems rule i has, wherever they are shown. */
export function ruleProblemCount(map: ProblemMap, rule: number): number {
  const r = map.rules.get(rule);
  if (!r) return 0;
  let n = r.general.length;
  for (const list of r.byField.values()) n += list.length;
  return n;
}
