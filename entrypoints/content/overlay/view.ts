// What the overlay draws for one coached box. Sessions build these; the overlay never reads the editor.
import type { Category, Severity } from '../../../rules/types';
import type { FindingView } from '../../../components/finding-view';
import type { FailureCounts } from '../../../utils/protocol';

export type { FindingView };

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ContextView {
  site: string;
  /** The site's name as the agent knows it ("X", "Zendesk"). */
  siteName: string;
  channel?: string;
  audience?: string;
  customerName?: string;
  customerHandle?: string;
  customerMessage?: string;
  /** What the site adapter could not read, in plain words ("customer's message not found"); shown on the context line. */
  unread?: string;
  /** The adapter's raw read-out; only while the debug view is on. */
  debug?: Record<string, string>;
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
  /** The findings may not be the text's yet: a check of it is due or under way. */
  checking?: boolean;
  /** Per category, what is left of its 100 points. */
  byCategory: Partial<Record<Category, number>>;
  /** The reply is not in English: the score counts only the checks that need no English. */
  notEnglish?: boolean;
  theme: 'light' | 'dark';
  /** Underlines the overlay draws itself (form fields, where highlights cannot reach). */
  underlines: Array<{ key: string; severity: Severity; rects: Rect[] }>;
  /** Markers of advice about the whole reply, at the caret position where what is missing would go. */
  markers: Array<{ key: string; severity: Severity; label: string; rect: Rect }>;
  /** A message for the agent (e.g. an Apply that was rolled back). */
  notice?: string;
  /** Coaching is paused (the worker does not answer, or the extension was updated): the notice says why. */
  paused?: boolean;
  /** What an action did, said in the panel (e.g. how many fixes "Fix all" applied and how to undo them). */
  info?: string;
  context?: ContextView;
  /** Present only while the debug view is on (a setting): the failures counted in this frame. */
  failures?: FailureCounts;
}

export interface BoxActions {
  /** Applies suggestion `index` (default 0) of the finding. */
  apply(key: string, index?: number): void;
  /** Applies every safe fix (plain replacements) at once. */
  fixAll(): void;
  ignore(key: string): void;
  disable(key: string, scope: 'site' | 'everywhere'): void;
  /** Gives focus back to the editor with the caret where it was. */
  focusEditor(): void;
  /** Whether a node is inside this box's editor. */
  owns(node: Node): boolean;
  /** Viewport rects of a finding (its words, or its marker), for placing its card. */
  rectsOf(key: string): Rect[];
}
