// Words and orders the components share: category names, severity names, and which findings come first.
import { bySeverity, CATEGORIES, type Category, type Channel, type Severity } from '../rules/types.ts';

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

/** Where a reply goes, as an agent would say it (`ticket` is a helpdesk's internal note). */
export const CHANNEL_LABEL: Record<Channel, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  messenger: 'Messenger',
  email: 'E-mail',
  chat: 'Chat',
  ticket: 'Internal note',
  other: 'Other site',
};

/** Severities named for a coach, not a compiler. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Must fix',
  warning: 'Should fix',
  suggestion: 'Tip',
};

/** A shape per severity (drawn by CSS around it), so severity is never told by colour alone. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '!', warning: '!', suggestion: 'i' };

export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Said after the score wherever it is named (badge, announcement) for a reply not in English (`score.notEnglish`). */
export const notEnglishSuffix = (notEnglish: boolean | undefined): string =>
  notEnglish ? ' (not in English: tone not read)' : '';

/** Errors first, then warnings, then suggestions; within a severity the engine's reading order (a stable sort). */
export function byImportance<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings].sort(bySeverity);
}

/** Findings grouped by category, in the fixed order of CATEGORIES (stable as findings come and go). */
export function byCategory<T extends { severity: Severity; category: Category }>(
  findings: readonly T[],
): Array<{ category: Category; findings: T[] }> {
  return CATEGORIES.map((category) => ({
    category,
    findings: byImportance(findings.filter((f) => f.category === category)),
  })).filter((g) => g.findings.length > 0);
}

/** The most serious severity among findings, or 'clean' when there are none. */
export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | 'clean' {
  return byImportance(findings)[0]?.severity ?? 'clean';
}
