// What the overlay shows for one box, as a pure function of the session's state: the findings as the shared
// components show them, the score with its breakdown, the underlines the overlay draws itself (form fields), the
// notice, and what the site adapter read. Unit-tested without a browser.
import type { Finding, Score } from '../../../rules/schema';
import { findingView, occurrenceKey } from '../../../components/finding-view';
import type { FailureCounts, SiteReading } from '../../../utils/protocol';
import type { BoxView, ContextView, Rect } from '../overlay/view';

export interface BoxState {
  id: number;
  /** The box's accessible name. */
  label: string;
  rect: Rect;
  badgeAt: { top: number; left: number };
  theme: 'light' | 'dark';
  /** The editor's text now, and the findings shown on it (ignored ones already left out). */
  text: string;
  findings: readonly Finding[];
  /** The last check's score; null before the first one. */
  score: Score | null;
  /** For a form field: each finding's rectangles (the overlay draws their underlines); null for rich editors. */
  fieldRects: Rect[][] | null;
  notice?: string;
  /** The site adapter (its id) and what it read for the last check. */
  site: string;
  reading: SiteReading | null;
  /** The debug view is on: the raw read-out and the failure counts are shown. */
  debug: FailureCounts | null;
}

export function boxView(s: BoxState): BoxView {
  return {
    id: s.id,
    label: s.label,
    rect: s.rect,
    badgeAt: s.badgeAt,
    findings: s.findings.map((f) => findingView(f, s.text)),
    score: s.score?.total ?? null,
    byCategory: s.score?.byCategory ?? {},
    theme: s.theme,
    underlines: s.fieldRects
      ? s.findings.map((f, i) => ({ key: occurrenceKey(f), severity: f.severity, rects: s.fieldRects![i] ?? [] }))
      : [],
    notice: s.notice,
    context: s.reading ? contextView(s.site, s.reading, s.debug !== null) : undefined,
    ...(s.debug ? { failures: s.debug } : {}),
  };
}

export function contextView(site: string, r: SiteReading, debug: boolean): ContextView {
  const c = r.context;
  return {
    site,
    channel: c.channel,
    audience: c.audience,
    customerName: c.customerName,
    customerHandle: c.customerHandle,
    customerMessage: c.customerMessage,
    ...(debug ? { debug: r.debug } : {}),
  };
}
