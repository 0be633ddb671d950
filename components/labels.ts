// Words and orders the components share: category names, severity names, and which findings come first.
import { bySeverity, type Category, type Severity } from '../rules/types.ts';

export const CATEGORY_LABEL: Record<Category, string> = {
  canned: 'Canned reply',
  empathy: 'Empathy',
  blame: 'Blame',
  tone: 'Tone',
  brand: 'Brand voice',
  clarity: 'Clarity',
  privacy: 'Privacy',
  channel: 'Channel',
};

export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Errors first, then warnings, then suggestions; within a severity the engine's reading order (a stable sort). */
export function byImportance<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings].sort(bySeverity);
}

/** The most serious severity among findings, or 'clean' when there are none. */
export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | 'clean' {
  return byImportance(findings)[0]?.severity ?? 'clean';
}
