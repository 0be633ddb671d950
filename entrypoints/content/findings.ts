// The findings a session shows: the engine's findings, moved along with the agent's edits, minus the
// occurrences the agent ignored.
import type { Finding } from '../../rules/schema';
import { mapSpan, type Edit } from './tracking';

/** Identity of one occurrence of a finding, stable across re-checks while the text around it is unchanged. */
export function occurrenceKey(f: Pick<Finding, 'ruleSet' | 'rule' | 'start' | 'end'>): string {
  return `${f.ruleSet}/${f.rule}@${f.start}-${f.end}`;
}

/** "setId/ruleId", the form settings and the engine's disabledRules use. */
export function ruleId(f: Pick<Finding, 'ruleSet' | 'rule'>): string {
  return `${f.ruleSet}/${f.rule}`;
}

/** A finding moved through an edit; null when the edit touched its span. Suggestions the edit touched are dropped. */
export function moveFinding(f: Finding, edit: Edit): Finding | null {
  const moved = mapSpan(f, edit);
  if (!moved) return null;
  const suggestions = f.suggestions.flatMap((s) => {
    const m = mapSpan(s, edit);
    return m ? [m] : [];
  });
  return { ...moved, suggestions };
}

/** An occurrence the agent chose to ignore: hidden as long as the same rule flags the same words there. */
export interface Ignored {
  rule: string;
  text: string;
  start: number;
  end: number;
}

export function isIgnored(f: Finding, ignored: readonly Ignored[]): boolean {
  const id = ruleId(f);
  return ignored.some((i) => i.rule === id && i.start === f.start && i.end === f.end && i.text === f.text);
}
