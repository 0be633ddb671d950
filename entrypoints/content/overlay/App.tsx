/** @jsxImportSource preact */
// The overlay's components: badge and underlines per box, one card, one panel, one live region.
// Every element tests and assistive technology rely on carries a data-tc name (README "Overlay contract").
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BoxActions, BoxView, ContextView, FindingView, Rect } from './view';

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

const CATEGORY_LABEL: Record<string, string> = {
  canned: 'Canned reply', empathy: 'Empathy', blame: 'Blame', tone: 'Tone', brand: 'Brand voice',
  clarity: 'Clarity', privacy: 'Privacy', channel: 'Channel',
};

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Keeps focus and the editor's selection where they are when a button is clicked with the mouse. */
const keepFocus = (e: MouseEvent): void => e.preventDefault();

function worstSeverity(findings: FindingView[]): string {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'suggestion' : 'clean';
}

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
      class={`badge ${worstSeverity(view.findings)}`}
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
      <span class="dot" aria-hidden="true" />
      <span aria-hidden="true">{n === 0 ? '✓' : n}</span>
    </button>
  );
}

function Diff(props: { f: FindingView }) {
  const { f } = props;
  if (!f.suggestion) return null;
  return (
    <div class="diff">
      <div data-tc="before">
        <span class="lbl">Before</span>
        {f.contextBefore}
        <del>{f.replaced}</del>
        {f.contextAfter}
      </div>
      <div data-tc="after">
        <span class="lbl">After</span>
        {f.contextBefore}
        <ins>{f.suggestion.replacement}</ins>
        {f.contextAfter}
      </div>
    </div>
  );
}

function Actions(props: { f: FindingView; actions: BoxActions; h: OverlayHandlers; inCard: boolean; whyOpen: boolean }) {
  const { f, actions, h } = props;
  return (
    <div class="actions">
      {f.suggestion && (
        <button type="button" class="primary" data-tc="apply" onMouseDown={keepFocus} onClick={() => actions.apply(f.key)}
          aria-label={f.suggestion.label ?? `Replace "${f.replaced}" with "${f.suggestion.replacement}"`}>
          {f.suggestion.label ?? 'Apply'}
        </button>
      )}
      <button type="button" data-tc="ignore" onMouseDown={keepFocus} onClick={() => actions.ignore(f.key)}
        aria-label={`Ignore this ${CATEGORY_LABEL[f.category]?.toLowerCase() ?? ''} finding here`}>
        Ignore
      </button>
      {props.inCard && (
        <>
          <button type="button" data-tc="disable-here" onMouseDown={keepFocus} onClick={() => actions.disable(f.key, 'site')}
            title="Turn off this rule on this site">
            Turn off here
          </button>
          <button type="button" data-tc="disable-everywhere" onMouseDown={keepFocus} onClick={() => actions.disable(f.key, 'everywhere')}
            title="Turn off this rule on every site">
            Turn off everywhere
          </button>
          {(f.why || f.goodExample || f.link) && (
            <button type="button" class="link" data-tc="why" aria-expanded={props.whyOpen} onMouseDown={keepFocus}
              onClick={() => h.toggleWhy(f.key)}>
              Why?
            </button>
          )}
        </>
      )}
    </div>
  );
}

function Why(props: { f: FindingView }) {
  const { f } = props;
  return (
    <div class="why" data-tc="why-text">
      {f.why && <p>{f.why}</p>}
      {f.goodExample && (
        <p data-tc="good-example">
          <strong>Better:</strong> “{f.goodExample}”
        </p>
      )}
      {f.link && (
        <p>
          <a href={f.link} target="_blank" rel="noreferrer noopener">
            Learn more
          </a>
        </p>
      )}
    </div>
  );
}

function Head(props: { f: FindingView; onClose?: () => void }) {
  const { f } = props;
  return (
    <div class="head">
      <span class={`sev ${f.severity}`} aria-hidden="true" />
      <span>
        {CATEGORY_LABEL[f.category] ?? f.category} · {f.severity}
      </span>
      {props.onClose && (
        <button type="button" class="link close" data-tc="close" aria-label="Close" onMouseDown={keepFocus} onClick={props.onClose}>
          ✕
        </button>
      )}
    </div>
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
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight;
    if (h && Math.abs(h - height) > 1) setHeight(h);
  });
  if (!card) return null;
  const box = props.state.boxes.find((b) => b.view.id === card.box);
  const f = box?.view.findings.find((x) => x.key === card.key);
  if (!box || !f) return null;
  const whyOpen = props.state.whyOpen === f.key;
  const at = place(card.anchor, 340, height);
  return (
    <div
      ref={ref}
      class="card"
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
      <Head f={f} onClose={() => props.h.closeAll(true)} />
      <p class="message" data-tc="message">{f.message}</p>
      <Diff f={f} />
      <Actions f={f} actions={box.actions} h={props.h} inCard whyOpen={whyOpen} />
      {whyOpen && <Why f={f} />}
    </div>
  );
}

function Context(props: { c: ContextView }) {
  const { c } = props;
  return (
    <section
      class="context"
      data-tc="context"
      data-site={c.site}
      data-channel={c.channel ?? ''}
      data-audience={c.audience ?? ''}
      data-customer-name={c.customerName ?? ''}
      data-customer-handle={c.customerHandle ?? ''}
    >
      <strong>What Tone Coach read on this page</strong>
      <dl>
        <dt>Site</dt><dd>{c.site}</dd>
        <dt>Channel</dt><dd>{c.channel ?? '—'}{c.audience ? ` (${c.audience})` : ''}</dd>
        {c.customerName && (<><dt>Customer</dt><dd>{c.customerName}</dd></>)}
        {c.customerHandle && (<><dt>Handle</dt><dd>{c.customerHandle}</dd></>)}
      </dl>
      {c.customerMessage && <blockquote data-tc="customer-message">{c.customerMessage}</blockquote>}
      <dl data-tc="debug">
        {Object.entries(c.debug).map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
    </section>
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
    <div class="panel" role="dialog" aria-label={`Tone Coach: suggestions for ${view.label}`} data-tc="panel" data-box={view.id} data-theme={view.theme}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}>
      <h2>
        <span>
          Score {view.score ?? '…'} · {plural(view.findings.length, 'suggestion')}
        </span>
        <button type="button" class="link close" data-tc="close" aria-label="Close" onMouseDown={keepFocus} onClick={() => props.h.closeAll(true)}>
          ✕
        </button>
      </h2>
      {view.notice && <p class="notice" role="alert" data-tc="notice">{view.notice}</p>}
      {view.findings.length === 0 ? (
        <p class="empty">Nothing to improve. Good reply.</p>
      ) : (
        <ul>
          {byImportance(view.findings).map((f) => (
            <li key={f.key} data-tc="finding" data-rule={f.rule} data-rule-set={f.ruleSet} data-category={f.category} data-severity={f.severity}>
              <Head f={f} />
              <p class="message">{f.message}</p>
              <Diff f={f} />
              <Actions f={f} actions={actions} h={props.h} inCard={false} whyOpen={false} />
            </li>
          ))}
        </ul>
      )}
      {view.context && <Context c={view.context} />}
    </div>
  );
}

const RANK = { error: 0, warning: 1, suggestion: 2 } as const;

/**
 * The panel lists what matters most first (errors, then warnings, then suggestions); within a severity, findings
 * keep the engine's reading order (the sort is stable).
 */
function byImportance<T extends { severity: keyof typeof RANK }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function App(props: { state: OverlayState; h: OverlayHandlers }) {
  const { state, h } = props;
  return (
    <div class="tc">
      {state.boxes.map(({ view }) => (
        <div key={view.id} class={view.theme}>
          {view.underlines.flatMap((u) =>
            u.rects.map((r, i) => (
              <div key={`${u.key}#${i}`} class={`underline ${u.severity}`} data-tc="underline" data-severity={u.severity}
                style={{ top: `${r.top + r.height - 2}px`, left: `${r.left}px`, width: `${r.width}px` }} />
            )),
          )}
          <Badge view={view} open={state.panel?.box === view.id} h={h} />
          {view.notice && state.panel?.box !== view.id && (
            <p class="notice toast" role="alert" data-tc="notice"
              style={{ top: `${view.badgeAt.top - 44}px`, left: `${Math.max(8, view.badgeAt.left - 260)}px` }}>
              {view.notice}
            </p>
          )}
        </div>
      ))}
      <div class={state.card && state.boxes.find((b) => b.view.id === state.card!.box)?.view.theme === 'dark' ? 'dark' : ''}>
        <Card state={state} h={h} />
      </div>
      <div class={state.panel && state.boxes.find((b) => b.view.id === state.panel!.box)?.view.theme === 'dark' ? 'dark' : ''}>
        <Panel state={state} h={h} />
      </div>
      <div class="sr-only" role="status" aria-live="polite" data-tc="live">{state.live}</div>
    </div>
  );
}
