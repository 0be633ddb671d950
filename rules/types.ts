// The leaf of rules/: the fixed lists (categories, severities, channels, audiences, moods), the one severity order,
// and the plain shapes several modules share. It imports nothing, on purpose: the page's content script imports
// values from here without bundling zod, and a shape that lives here cannot close an import cycle (a test checks
// both). base.ts builds the zod enums from these lists.

export const CATEGORIES = ['canned', 'empathy', 'blame', 'tone', 'brand', 'clarity', 'privacy', 'channel'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Strongest first: this order is the severity order everywhere (see SEVERITY_RANK). */
export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where the reply goes. `ticket` is an internal note or comment in a helpdesk (teammates read it, not the customer);
 * a helpdesk's reply to the customer is `email` or `chat`; `other` is a site no adapter knows.
 */
export const CHANNELS = ['x', 'facebook', 'instagram', 'messenger', 'email', 'chat', 'ticket', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const AUDIENCES = ['public', 'private'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The customer's mood, estimated from their message (see mood.ts) unless the caller states it. */
export const MOODS = ['angry', 'upset', 'neutral', 'happy'] as const;
export type Mood = (typeof MOODS)[number];

/** A severity's place in SEVERITIES: error 0, warning 1, suggestion 2 (lower is stronger). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze(
  Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>,
);

/** Sort comparator: errors first, then warnings, then suggestions (stable sorts keep the order within one). */
export function bySeverity(a: { readonly severity: Severity }, b: { readonly severity: Severity }): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** [start, end) in UTF-16 code units of the text exactly as the caller passed it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A concrete fix: replace [start, end) of the text with `replacement` (start === end is an insertion). schema.ts
 * holds the zod schema of the same shape (and checks the two agree).
 */
export interface Suggestion {
  replacement: string;
  start: number;
  end: number;
  /** Short label for the card, e.g. 'Replace with "sorry"'. */
  label?: string;
}

/** How a turned-off family is stored in disabledRules, after its rule set: "setId/family:name". */
export function familyKey(family: string): string {
  return `family:${family}`;
}

/** Points a rule's first finding takes off the score; how they add up is in score.ts (docs/scoring.md). */
export const PENALTY: Readonly<Record<Severity, number>> = { error: 45, warning: 12, suggestion: 4 };
