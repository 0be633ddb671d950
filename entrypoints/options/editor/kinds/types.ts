// What every kind form gets: the rule as JSON, a prefix for its element ids, its problems by field, and onChange.
import type { Json } from '../draft';
import type { PlacedProblem } from '../problems';

export interface KindFormProps {
  rule: Json;
  /** Unique prefix for element ids (labels point at inputs by id). */
  uid: string;
  /** Problems of a field of this rule ("phrases", "swap"); [] when none. */
  problems(field: string): PlacedProblem[];
  onChange(rule: Json): void;
}

/** The id, data-field and problems of one field, to spread on a widget. */
export function bind(props: KindFormProps, field: string): { id: string; field: string; problems: PlacedProblem[] } {
  return { id: `${props.uid}-${field.replace(/\W/g, '-')}`, field, problems: props.problems(field) };
}
