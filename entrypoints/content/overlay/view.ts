// What the overlay draws for one coached box. Sessions build these; the overlay never reads the editor.
import type { Category, Severity } from '../../../rules/schema';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FindingView {
  /** Occurrence key (see findings.ts). */
  key: string;
  rule: string;
  /** "setId/ruleId". */
  ruleId: string;
  ruleSet: string;
  category: Category;
  severity: Severity;
  message: string;
  text: string;
  /** The first suggestion, shown as before/after; absent when the rule has no automatic fix. */
  suggestion?: { replacement: string; label?: string };
  /** The words around the finding, for the before/after ("…" where the line goes on). */
  contextBefore: string;
  contextAfter: string;
  /** The suggestion's span may be wider or narrower than the finding: what it replaces. */
  replaced: string;
  why?: string;
  link?: string;
  goodExample?: string;
}

export interface ContextView {
  site: string;
  channel?: string;
  audience?: string;
  customerName?: string;
  customerHandle?: string;
  customerMessage?: string;
  debug: Record<string, string>;
}

export interface BoxView {
  id: number;
  /** The box's accessible name, for labels and announcements. */
  label: string;
  /** The box in viewport coordinates. */
  rect: Rect;
  /** Top-left corner of the badge (viewport), chosen so it covers none of the page's controls. */
  badgeAt: { top: number; left: number };
  findings: FindingView[];
  /** 0-100, null before the first check. */
  score: number | null;
  theme: 'light' | 'dark';
  /** Underlines the overlay draws itself (form fields, where highlights cannot reach). */
  underlines: Array<{ key: string; severity: Severity; rects: Rect[] }>;
  /** A message for the agent (e.g. an Apply that was rolled back). */
  notice?: string;
  context?: ContextView;
}

export interface BoxActions {
  apply(key: string): void;
  ignore(key: string): void;
  disable(key: string, scope: 'site' | 'everywhere'): void;
  /** Gives focus back to the editor with the caret where it was. */
  focusEditor(): void;
  /** Viewport rects of a finding, for placing its card. */
  rectsOf(key: string): Rect[];
}
