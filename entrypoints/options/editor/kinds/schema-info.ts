// Reading a kind's zod schema: the choices of an enum field, what sort of input a field needs. The forms take their
// lists (measures, data types) from the schemas, so a choice added to a kind shows up in its form.
import { ruleBase } from '../../../../rules/base';
import { KINDS } from '../../../../rules/kinds/index';

/** A kind's own fields (not the ones every rule has), in its schema's order. */
export function kindFields(kind: string): string[] {
  const shape = (KINDS as Record<string, { schema: { shape: Record<string, unknown> } }>)[kind]?.schema.shape ?? {};
  return Object.keys(shape).filter((k) => k !== 'kind' && !(k in ruleBase));
}

interface Schemaish {
  type?: string;
  options?: readonly unknown[];
  element?: unknown;
  unwrap?: () => unknown;
  def?: { innerType?: unknown; defaultValue?: unknown; options?: readonly unknown[] };
}

/** The schema inside optional(), default() and the like. */
export function unwrap(schema: unknown): Schemaish {
  let s = schema as Schemaish;
  for (let i = 0; i < 5 && s && (s.type === 'optional' || s.type === 'default' || s.type === 'nullable'); i++)
    s = (s.def?.innerType ?? s.unwrap?.()) as Schemaish;
  return s ?? {};
}

/** The values of an enum field, or of the enum a list field holds. */
export function enumOptions(schema: unknown): string[] {
  let s = unwrap(schema);
  if (s.type === 'array') s = unwrap(s.element);
  return s.type === 'enum' ? (s.options ?? []).map(String) : [];
}

/** A field's default value, when its schema has one. */
export function defaultOf(schema: unknown): unknown {
  const s = schema as Schemaish;
  return s?.type === 'default' ? s.def?.defaultValue : undefined;
}

export type FieldSort = 'enum' | 'enum-list' | 'string' | 'string-list' | 'number' | 'boolean' | 'other';

export function fieldSort(schema: unknown): FieldSort {
  const s = unwrap(schema);
  if (s.type === 'enum') return 'enum';
  if (s.type === 'string') return 'string';
  if (s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') {
    const e = unwrap(s.element);
    if (e.type === 'enum') return 'enum-list';
    if (e.type === 'string') return 'string-list';
  }
  return 'other';
}
