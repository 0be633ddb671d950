// The overlay's components: badge and underlines per box, one card or one panel (never both), one live region. The
// finding card, the list and the score are the shared components (components/); this file places them on the page.
// Every element tests and assistive technology rely on carries a data-tc name (docs/live-coaching.md).
import { useLayoutEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { FindingCard } from '../../../components/FindingCard';
import { FindingsList } from '../../../components/FindingsList';
import { NOTHING_FOUND_NOT_ENGLISH, scoreBand, ScoreBreakdown } from '../../../components/ScoreBreakdown';
import { notEnglishSuffix, plural, worstSeverity } from '../../../components/labels';
import type { FailureCounts } from '../../../utils/protocol';
import { contextLine } from '../session/view-model';
import type { BoxActions, BoxView, ContextView, Rect } from './view';

export interface CardState {
  box: number;
  key: string;
  via: 'hover' | 'click' | 'keyboard';
  anchor: Rect;
}

export interface OverlayState {
  boxes: Array<{ view: BoxView; actions: BoxActions }>;
  card: CardState | null;
  /** Box whose panel is open, and the finding the agent is on in it. */
  panel: { box: number; via: 'click' | 'keyboard'; current: string | null } | null;
  /** Which card shows its Why section. */
  whyOpen: string | null;
  live: string;
}

export interface OverlayHandlers {
  openPanel(box: number, via: 'click' | 'keyboard'): void;
  closeAll(returnFocus: boolean): void;
  toggleWhy(key: string): void;
  cardPointer(inside: boolean): void;
  fixAll(box: number): void;
  /** A marker of advice about the whole reply was clicked: its card opens there. */
  openMarker(box: number, key: string, at: Rect): void;
}

/** Keeps focus and the editor's selection where they are when a button is clicked with the mouse. */
const keepFocus = (e: MouseEvent): void => e.preventDefault();

const PANEL_WIDTH = 340;
const PANEL_MIN_WIDTH = 280;
const GAP = 10;
/** The badge's size, at most (a ring and a count). */
const BADGE = { width: 56, height: 24 };

/** The badge's own accessible name: never the editor's label. */
export function badgeLabel(score: number | null, n: number, notEnglish = false): string {
  if (score === null) return 'Tone Coach: checking';
  return `Tone Coach: score ${score}${notEnglishSuffix(notEnglish)}, ${plural(n, 'suggestion')}`;
}

function Badge(props: { view: BoxView; open: boolean; h: OverlayHandlers }) {
  const { view } = props;
  const n = view.findings.length;
  const label = view.paused ? 'Tone Coach: coaching paused' : badgeLabel(view.score, n, view.notEnglish);
  const band = view.score === null || view.notEnglish ? 'none' : scoreBand(view.score);
  return (
    <button
      type="button"
      className={`badge ${view.notEnglish && n === 0 ? 'unread' : worstSeverity(view.findings)}`}
      data-tc="badge"
      data-box={view.id}
      data-label={view.label}
      data-count={n}
      data-score={view.score ?? ''}
      data-checking={view.checking === true}
      aria-busy={view.checking === true}
      data-paused={view.paused}
      data-theme={view.theme}
      aria-label={label}
      aria-expanded={props.open}
      aria-haspopup="dialog"
      aria-keyshortcuts="Alt+Shift+C"
      title={`${label} (Alt+Shift+C)`}
      style={{ top: `${view.badgeAt.top}px`, left: `${view.badgeAt.left}px` }}
      onMouseDown={keepFocus}
      onClick={() => (props.open ? props.h.closeAll(true) : props.h.openPanel(view.id, 'click'))}
    >
      {/* Visible: the score in a ring and the count, words apart, both inside the name (axe's name/content check). */}
      <span
        className={`ring ${band}`}
        aria-hidden="true"
        style={{ background: `conic-gradient(var(--ring) ${view.score ?? 0}%, var(--ring-rest) 0)` }}
      >
        <span>{view.paused ? '‖' : (view.score ?? '…')}</span>
      </span>{' '}
      <span className="count" aria-hidden="true">
        {n === 0 ? '✓' : n}
      </span>
    </button>
  );
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Where the card goes: below the words when it fits, else above; never over the badge. */
function placeCard(anchor: Rect, width: number, height: number, badge: Rect): { top: number; left: number } {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const below = anchor.top + anchor.height + 6;
  const above = anchor.top - height - 6;
  let top = below;
  if (below + height > vh - 8) top = above >= 8 ? above : Math.min(below, vh - 8 - height);
  let left = Math.max(8, Math.min(anchor.left, vw - width - 8));
  top = Math.max(8, top);
  if (overlaps({ top, left, width, height }, badge)) {
    if (above >= 8 && !overlaps({ top: above, left, width, height }, badge)) top = above;
    else if (badge.left - width - 6 >= 8) left = badge.left - width - 6;
    else left = Math.min(vw - width - 8, badge.left + badge.width + 6);
  }
  return { top, left };
}

/**
 * Where the panel docks: beside the reply box (right, else left), else below or above it, else at the viewport's
 * right edge; never over the box when there is any room for it.
 */
export function dockPanel(
  box: Rect,
  vw: number,
  vh: number,
): { top: number; left: number; width: number; maxHeight: number } {
  const right = box.left + box.width + GAP;
  const roomRight = vw - 8 - right;
  const roomLeft = box.left - GAP - 8;
  const sideTop = Math.max(8, Math.min(box.top, vh - 8 - 320));
  const side = { top: sideTop, maxHeight: vh - 8 - sideTop };
  if (roomRight >= PANEL_WIDTH) return { ...side, left: right, width: PANEL_WIDTH };
  if (roomLeft >= PANEL_WIDTH) return { ...side, left: box.left - GAP - PANEL_WIDTH, width: PANEL_WIDTH };
  if (Math.max(roomRight, roomLeft) >= PANEL_MIN_WIDTH) {
    const width = Math.min(PANEL_WIDTH, Math.max(roomRight, roomLeft));
    return { ...side, left: roomRight >= roomLeft ? right : box.left - GAP - width, width };
  }
  const width = Math.min(PANEL_WIDTH, vw - 16);
  const left = Math.max(8, Math.min(box.left + box.width - width, vw - width - 8));
  const below = box.top + box.height + GAP;
  if (vh - 8 - below >= 200) return { top: below, left, width, maxHeight: vh - 8 - below };
  if (box.top - GAP - 8 >= 200) return { top: 8, left, width, maxHeight: box.top - GAP - 8 };
  return { top: 8, left: vw - width - 8, width, maxHeight: vh - 16 };
}

function Card(props: { state: OverlayState; h: OverlayHandlers }) {
  const { card } = props.state;
  // Placed from its real height (it grows with Why): measured after each render, moved before the frame paints.
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(220);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on every render: the card's content changes its height
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight;
    if (h && Math.abs(h - height) > 1) setHeight(h);
  });
  if (!card) return null;
  const box = props.state.boxes.find((b) => b.view.id === card.box);
  const f = box?.view.findings.find((x) => x.key === card.key);
  if (!box || !f) return null;
  const badge = { ...box.view.badgeAt, ...BADGE };
  const at = placeCard(card.anchor, 340, height, badge);
  const { actions } = box;
  return (
    <div
      ref={ref}
      className="card"
      role="dialog"
      aria-label={`Tone Coach: ${f.message}`}
      data-tc="card"
      data-rule={f.rule}
      data-rule-set={f.ruleSet}
      data-category={f.category}
      data-severity={f.severity}
      data-via={card.via}
      data-theme={box.view.theme}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}
      onMouseEnter={() => props.h.cardPointer(true)}
      onMouseLeave={() => props.h.cardPointer(false)}
    >
      <FindingCard
        finding={f}
        onApply={actions.apply}
        onIgnore={actions.ignore}
        onDisable={actions.disable}
        whyOpen={props.state.whyOpen === f.key}
        onToggleWhy={props.h.toggleWhy}
        onClose={() => props.h.closeAll(true)}
      />
    </div>
  );
}

/** What the site adapter read, as one plain line; its raw read-out and the failure counts only in the debug view. */
function Context(props: { c: ContextView; failures?: FailureCounts }) {
  const { c, failures } = props;
  return (
    <section
      className="context"
      data-tc="context"
      data-site={c.site}
      data-channel={c.channel ?? ''}
      data-audience={c.audience ?? ''}
      data-customer-name={c.customerName ?? ''}
      data-customer-handle={c.customerHandle ?? ''}
    >
      <p className="line" data-tc="context-line">
        {contextLine(c)}
      </p>
      {c.customerMessage && (
        <details>
          <summary>Their message</summary>
          <blockquote data-tc="customer-message">{c.customerMessage}</blockquote>
        </details>
      )}
      {c.debug && (
        <dl data-tc="debug">
          {Object.entries(c.debug).map(([k, v]) => (
            <DebugRow key={k} k={k} v={v} />
          ))}
        </dl>
      )}
      {failures && <Failures counts={failures} />}
    </section>
  );
}

function DebugRow(props: { k: string; v: string }) {
  return (
    <>
      <dt>{props.k}</dt>
      <dd>{props.v}</dd>
    </>
  );
}

/** The debug view's count of what went wrong in this frame (never logged to the page's console). */
export function Failures(props: { counts: FailureCounts }) {
  const c = props.counts;
  return (
    <dl
      data-tc="failures"
      data-rules={c.rules}
      data-site-reads={c.siteReads}
      data-applies={c.applies}
      data-checks={c.checks}
    >
      <dt>Rules that failed</dt>
      <dd>{c.rules}</dd>
      <dt>Site reads that failed</dt>
      <dd>{c.siteReads}</dd>
      <dt>Applies refused</dt>
      <dd>{c.applies}</dd>
      <dt>Checks not answered</dt>
      <dd>{c.checks}</dd>
      {c.last && (
        <>
          <dt>Last problem</dt>
          <dd data-tc="last-failure">{c.last}</dd>
        </>
      )}
    </dl>
  );
}

function Panel(props: { state: OverlayState; h: OverlayHandlers }) {
  const { panel, whyOpen } = props.state;
  if (!panel) return null;
  const box = props.state.boxes.find((b) => b.view.id === panel.box);
  if (!box) return null;
  const { view, actions } = box;
  // The badge counts as part of the box: the panel docks beside both, never over the badge that toggles it.
  const b = view.badgeAt;
  const r = view.rect;
  const top = Math.min(r.top, b.top);
  const left = Math.min(r.left, b.left);
  const around = {
    top,
    left,
    width: Math.max(r.left + r.width, b.left + BADGE.width) - left,
    height: Math.max(r.top + r.height, b.top + BADGE.height) - top,
  };
  const at = dockPanel(around, document.documentElement.clientWidth, document.documentElement.clientHeight);
  const safe = view.findings.filter((f) => f.safe).length;
  return (
    <div
      className="panel"
      role="dialog"
      aria-labelledby="tc-panel-title"
      data-tc="panel"
      data-box={view.id}
      data-theme={view.theme}
      tabIndex={-1}
      style={{ top: `${at.top}px`, left: `${at.left}px`, width: `${at.width}px`, maxHeight: `${at.maxHeight}px` }}
    >
      <h2>
        <span id="tc-panel-title">Tone Coach · {plural(view.findings.length, 'suggestion')}</span>
        <button
          type="button"
          className="link close"
          data-tc="close"
          aria-label="Close"
          onMouseDown={keepFocus}
          onClick={() => props.h.closeAll(true)}
        >
          ✕
        </button>
      </h2>
      {view.context && <Context c={view.context} failures={view.failures} />}
      <ScoreBreakdown
        score={view.score}
        byCategory={view.byCategory}
        findings={view.findings}
        notEnglish={view.notEnglish}
      />
      {view.notice && (
        <p className="notice" role="alert" data-tc="notice">
          {view.notice}
        </p>
      )}
      {view.info && (
        <p className="info" role="status" data-tc="info">
          {view.info}
        </p>
      )}
      {safe > 1 && (
        <button
          type="button"
          className="primary fixall"
          data-tc="fix-all"
          onMouseDown={keepFocus}
          onClick={() => props.h.fixAll(view.id)}
        >
          Fix all safe ones ({safe})
        </button>
      )}
      <FindingsList
        grouped
        showPoints
        findings={view.findings}
        {...(view.notEnglish ? { empty: NOTHING_FOUND_NOT_ENGLISH } : {})}
        current={panel.current}
        onApply={actions.apply}
        onIgnore={actions.ignore}
        onDisable={actions.disable}
        whyOpen={whyOpen}
        onToggleWhy={props.h.toggleWhy}
      />
    </div>
  );
}

export function App(props: { state: OverlayState; h: OverlayHandlers }) {
  const { state, h } = props;
  const themeOf = (box: number | undefined): string =>
    state.boxes.find((b) => b.view.id === box)?.view.theme === 'dark' ? 'dark' : '';
  return (
    <div className="tc tcx">
      {state.boxes.map(({ view }) => (
        <div key={view.id} className={view.theme}>
          {view.underlines.flatMap((u) =>
            u.rects.map((r, i) => (
              <div
                key={`${u.key}#${i}`}
                className={`underline ${u.severity}`}
                data-tc="underline"
                data-severity={u.severity}
                style={{ top: `${r.top + r.height - 1}px`, left: `${r.left}px`, width: `${r.width}px` }}
              />
            )),
          )}
          {view.markers.map((m) => (
            <button
              key={m.key}
              type="button"
              className={`caret ${m.severity}`}
              data-tc="marker"
              data-key={m.key}
              aria-label={`Tone Coach: ${m.label}`}
              title={m.label}
              style={{ top: `${m.rect.top + m.rect.height - 3}px`, left: `${m.rect.left - 6}px` }}
              onMouseDown={keepFocus}
              onClick={() => h.openMarker(view.id, m.key, m.rect)}
            />
          ))}
          <Badge view={view} open={state.panel?.box === view.id} h={h} />
          {view.notice && state.panel?.box !== view.id && (
            <p
              className="notice toast"
              role="alert"
              data-tc="notice"
              style={{ top: `${view.badgeAt.top - 6}px`, left: `${Math.max(8, view.badgeAt.left - 260)}px` }}
            >
              {view.notice}
            </p>
          )}
        </div>
      ))}
      <div className={themeOf(state.card?.box)}>
        <Card state={state} h={h} />
      </div>
      <div className={themeOf(state.panel?.box)}>
        <Panel state={state} h={h} />
      </div>
      <div className="sr-only" role="status" aria-live="polite" data-tc="live">
        {state.live}
      </div>
    </div>
  );
}
