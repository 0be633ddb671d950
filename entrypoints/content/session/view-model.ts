// What the overlay shows for one box, as a pure function of the session's state: the findings as the shared
// components show them, the score with its breakdown, the underlines the overlay draws itself (form fields), the
// notice, and what the site adapter read. Unit-tested without a browser.
import type { Finding, Score } from '../../../rules/schema';
import { findingView, occurrenceKey, pointsOf } from '../../../components/finding-view';
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
  /** A check of the text as it is now is due or under way. */
  checking?: boolean;
  /** For a form field: each finding's rectangles (the overlay draws their underlines); null for rich editors. */
  fieldRects: Rect[][] | null;
  /** Per finding, where its marker goes: the caret at the insertion point of advice about the whole reply. */
  markerRects?: Array<Rect | null>;
  notice?: string;
  paused?: boolean;
  info?: string;
  /** The site adapter (its id and name) and what it read for the last check. */
  site: string;
  siteName?: string;
  reading: SiteReading | null;
  /** The debug view is on: the raw read-out and the failure counts are shown. */
  debug: FailureCounts | null;
}

export function boxView(s: BoxState): BoxView {
  const points = pointsOf(s.findings);
  return {
    id: s.id,
    label: s.label,
    rect: s.rect,
    badgeAt: s.badgeAt,
    findings: s.findings.map((f, i) => findingView(f, s.text, points[i])),
    score: s.score?.total ?? null,
    byCategory: s.score?.byCategory ?? {},
    ...(s.score?.notEnglish ? { notEnglish: true } : {}),
    theme: s.theme,
    underlines: s.fieldRects
      ? s.findings.map((f, i) => ({ key: occurrenceKey(f), severity: f.severity, rects: s.fieldRects![i] ?? [] }))
      : [],
    markers: s.findings.flatMap((f, i) => {
      const rect = f.scope && s.markerRects?.[i];
      return rect ? [{ key: occurrenceKey(f), severity: f.severity, label: f.message, rect }] : [];
    }),
    notice: s.notice,
    ...(s.checking ? { checking: true } : {}),
    ...(s.paused ? { paused: true } : {}),
    ...(s.info ? { info: s.info } : {}),
    context: s.reading ? contextView(s.site, s.reading, s.debug !== null, s.siteName) : undefined,
    ...(s.debug ? { failures: s.debug } : {}),
  };
}

export function contextView(site: string, r: SiteReading, debug: boolean, siteName = site): ContextView {
  const c = r.context;
  return {
    site,
    siteName,
    channel: c.channel,
    audience: c.audience,
    customerName: c.customerName,
    customerHandle: c.customerHandle,
    customerMessage: c.customerMessage,
    ...(r.debug.unread ? { unread: r.debug.unread } : {}),
    ...(debug ? { debug: r.debug } : {}),
  };
}

const CHANNEL_NAME: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  messenger: 'Messenger',
  email: 'e-mail',
  chat: 'chat',
};

/** What the site adapter read, as one line the agent can check: "Replying in public on X to Jane Doe". */
export function contextLine(c: ContextView): string {
  if (c.channel === 'ticket') return `Writing an internal note on ${c.siteName}`;
  const how =
    c.audience === 'public' ? 'Replying in public' : c.audience === 'private' ? 'Replying privately' : 'Replying';
  const channel = c.channel ? CHANNEL_NAME[c.channel] : undefined;
  const by = channel && channel.toLowerCase() !== c.siteName.toLowerCase() ? ` by ${channel}` : '';
  const who = c.customerName ?? c.customerHandle;
  return `${how} on ${c.siteName}${by}${who ? ` to ${who}` : ''}${c.unread ? ` · ${c.unread}` : ''}`;
}
