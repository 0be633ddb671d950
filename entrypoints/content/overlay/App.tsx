// The overlay's components: badge and underlines per box, one card, one panel, one live region. The finding card,
// the list and the score are the shared components (components/); this file places them on the page.
// Every element tests and assistive technology rely on carries a data-tc name (docs/overlay.md).
import { useLayoutEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { FindingCard } from '../../../components/FindingCard';
import { FindingsList } from '../../../components/FindingsList';
import { ScoreBreakdown } from '../../../components/ScoreBreakdown';
import { plural, worstSeverity } from '../../../components/labels';
import type { FailureCounts } from '../../../utils/protocol';
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
  /** Box whose panel is open. */
  panel: { box: number; via: 'click' | 'keyboard' } | null;
  /** Which card shows its Why section. */
  whyOpen: string | null;
  live: string;
}

export interface OverlayHandlers {
  openPanel(box: number, via: 'click' | 'keyboard'): void;
  closeAll(returnFocus: boolean): void;
  toggleWhy(key: string): void;
  cardPointer(inside: boolean): void;
}

/** Keeps focus and the editor's selection where they are when a button is clicked with the mouse. */
const keepFocus = (e: MouseEvent): void => e.preventDefault();

function Badge(props: { view: BoxView; open: boolean; h: OverlayHandlers }) {
  const { view } = props;
  const n = view.findings.length;
  const label =
    view.score === null
      ? `Tone Coach for ${view.label}: checking`
      : `Tone Coach for ${view.label}: score ${view.score}, ${plural(n, 'suggestion')}. Open the list (Alt+Shift+C).`;
  return (
    <button
      type="button"
      className={`badge ${worstSeverity(view.findings)}`}
      data-tc="badge"
      data-box={view.id}
      data-count={n}
      data-score={view.score ?? ''}
      data-theme={view.theme}
      aria-label={label}
      aria-expanded={props.open}
      aria-haspopup="dialog"
      title={label}
      style={{ top: `${view.badgeAt.top}px`, left: `${view.badgeAt.left}px` }}
      onMouseDown={keepFocus}
      onClick={() => (props.open ? props.h.closeAll(true) : props.h.openPanel(view.id, 'click'))}
    >
      <span className="dot" aria-hidden="true" />
      <span aria-hidden="true">{n === 0 ? '✓' : n}</span>
    </button>
  );
}

function place(anchor: Rect, width: number, height: number): { top: number; left: number } {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const below = anchor.top + anchor.height + 6;
  const above = anchor.top - height - 6;
  // Below the words when it fits, else above, else wherever it stays on screen (it scrolls inside).
  let top = below;
  if (below + height > vh - 8) top = above >= 8 ? above : Math.min(below, vh - 8 - height);
  const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
  return { top: Math.max(8, top), left };
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
  const at = place(card.anchor, 340, height);
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

/** What the site adapter read, in plain words; its raw read-out and the failure counts only in the debug view. */
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
      <strong>What Tone Coach read on this page</strong>
      <dl>
        <dt>Site</dt>
        <dd>{c.site}</dd>
        <dt>Channel</dt>
        <dd>
          {c.channel ?? '—'}
          {c.audience ? ` (${c.audience})` : ''}
        </dd>
        {c.customerName && (
          <>
            <dt>Customer</dt>
            <dd>{c.customerName}</dd>
          </>
        )}
        {c.customerHandle && (
          <>
            <dt>Handle</dt>
            <dd>{c.customerHandle}</dd>
          </>
        )}
      </dl>
      {c.customerMessage && <blockquote data-tc="customer-message">{c.customerMessage}</blockquote>}
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
  const { panel } = props.state;
  if (!panel) return null;
  const box = props.state.boxes.find((b) => b.view.id === panel.box);
  if (!box) return null;
  const { view, actions } = box;
  const anchor: Rect = { top: view.badgeAt.top, left: view.badgeAt.left - 300, width: 340, height: 24 };
  const at = place(anchor, 340, 360);
  return (
    <div
      className="panel"
      role="dialog"
      aria-label={`Tone Coach: suggestions for ${view.label}`}
      data-tc="panel"
      data-box={view.id}
      data-theme={view.theme}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}
    >
      <h2>
        <span>
          Score {view.score ?? '…'} · {plural(view.findings.length, 'suggestion')}
        </span>
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
      <ScoreBreakdown score={view.score} byCategory={view.byCategory} />
      {view.notice && (
        <p className="notice" role="alert" data-tc="notice">
          {view.notice}
        </p>
      )}
      <FindingsList findings={view.findings} onApply={actions.apply} onIgnore={actions.ignore} />
      {view.context && <Context c={view.context} failures={view.failures} />}
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
                style={{ top: `${r.top + r.height - 2}px`, left: `${r.left}px`, width: `${r.width}px` }}
              />
            )),
          )}
          <Badge view={view} open={state.panel?.box === view.id} h={h} />
          {view.notice && state.panel?.box !== view.id && (
            <p
              className="notice toast"
              role="alert"
              data-tc="notice"
              style={{ top: `${view.badgeAt.top - 44}px`, left: `${Math.max(8, view.badgeAt.left - 260)}px` }}
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
