// The overlay: one <tone-coach-ui> host per document with an open shadow root, rendered with the React API (Preact
// through preact/compat, see wxt.config.ts). Holds the per-box views that sessions push, the open card or panel
// (never both), the live region, the highlights and the mirror. Renders at most once per frame.
//
// Popovers: a card opens on hover (after HOVER_OPEN_MS), on click and by keyboard; it closes when the pointer has
// left both it and its words (unless focus is inside it), when the panel opens, on Escape and on a click elsewhere.
// Focus stays inside an open card or panel (Tab cycles); closing gives focus back to the editor, caret where it was.
// The panel stays open through Apply and Ignore, and keyboard focus moves on to the next finding.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { byCategory } from '../../../components/labels';
import { App, type OverlayHandlers, type OverlayState } from './App';
import { Highlights } from './highlights';
import { FieldMirror } from './mirror';
import { OVERLAY_CSS } from './styles';
import type { BoxActions, BoxView, Rect } from './view';

export const HOST_TAG = 'tone-coach-ui';
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;
const FOCUSABLE = 'button:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

/** The panel's findings in the order it shows them (grouped by category). */
const panelOrder = (view: BoxView): string[] => byCategory(view.findings).flatMap((g) => g.findings.map((f) => f.key));

export class Overlay {
  readonly host: HTMLElement;
  readonly highlights: Highlights;
  readonly mirror: FieldMirror;
  private root: ShadowRoot;
  private mount: HTMLElement;
  private reactRoot: Root;
  private state: OverlayState = { boxes: [], card: null, panel: null, whyOpen: null, live: '' };
  private frame = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private pointerOnWords = false;
  private byPointer = false;
  /** After Apply or Ignore from the panel by keyboard: the place in the list focus moves on to. */
  private refocus: { box: number; gone: string; index: number; keyboard: boolean; waitEdit: boolean } | null = null;
  private handlers: OverlayHandlers;
  private readonly signal: AbortSignal;
  /** Aborts the Escape listener, which is there only while a card or the panel is open. */
  private escape: AbortController | null = null;

  constructor(doc: Document, signal: AbortSignal) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mount = doc.createElement('div');
    this.root.append(style, this.mount);
    this.reactRoot = createRoot(this.mount);
    // Outside <body>: single-page apps that replace the body's children do not remove us.
    doc.documentElement.append(this.host);
    this.highlights = new Highlights(doc);
    this.mirror = new FieldMirror(this.root);
    this.handlers = {
      openPanel: (box, via) => this.openPanel(box, via),
      closeAll: (returnFocus) => this.closeAll(returnFocus),
      toggleWhy: (key) => this.set({ whyOpen: this.state.whyOpen === key ? null : key }),
      cardPointer: (inside) => {
        this.pointerInCard = inside;
        if (!inside) this.scheduleLeaveClose();
      },
      fixAll: (box) => this.boxActions(box)?.fixAll(),
      openMarker: (box, key, at) => this.openCard(box, key, at, 'click'),
    };
    this.signal = signal;
    // Tab and Shift+Tab cycle inside the open card or panel: focus never falls to the page behind it.
    this.root.addEventListener('keydown', (e) => this.trapTab(e as KeyboardEvent), { signal });
    // Whether the agent works the overlay with the pointer or the keyboard (where focus goes after an Apply).
    this.root.addEventListener('pointerdown', () => (this.byPointer = true), { capture: true, signal });
    this.root.addEventListener('keydown', () => (this.byPointer = false), { capture: true, signal });
    // A click anywhere outside our UI closes the card; the panel stays for clicks in its own reply box.
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.state.card && !this.state.panel) return;
        if (e.composedPath().includes(this.host)) return;
        const panel = this.state.panel;
        const inBox = panel && e.target instanceof Node && this.boxActions(panel.box)?.owns(e.target);
        this.set({ panel: inBox ? panel : null, card: null, whyOpen: inBox ? this.state.whyOpen : null });
      },
      { capture: true, signal },
    );
  }

  private boxActions(box: number): BoxActions | undefined {
    return this.state.boxes.find((b) => b.view.id === box)?.actions;
  }

  upsert(view: BoxView, actions: BoxActions): void {
    const boxes = this.state.boxes.slice();
    const i = boxes.findIndex((b) => b.view.id === view.id);
    if (i >= 0) boxes[i] = { view, actions };
    else boxes.push({ view, actions });
    // A card whose finding went away (fixed by hand, applied, re-checked) closes.
    let card = this.state.card;
    if (card?.box === view.id && !view.findings.some((f) => f.key === card!.key)) card = null;
    let panel = this.state.panel;
    // The finding the agent is on in the panel, after the one just applied or ignored went away.
    if (
      panel?.box === view.id &&
      this.refocus?.box === view.id &&
      !view.findings.some((f) => f.key === this.refocus!.gone)
    ) {
      const order = panelOrder(view);
      panel = { ...panel, current: order[Math.min(this.refocus.index, order.length - 1)] ?? null };
    }
    this.set({ boxes, card, panel });
  }

  remove(id: number): void {
    this.highlights.set(id, []);
    this.set({
      boxes: this.state.boxes.filter((b) => b.view.id !== id),
      card: this.state.card?.box === id ? null : this.state.card,
      panel: this.state.panel?.box === id ? null : this.state.panel,
    });
  }

  announce(text: string): void {
    if (text !== this.state.live) this.set({ live: text });
  }

  openCard(box: number, key: string, anchor: Rect, via: 'hover' | 'click' | 'keyboard'): void {
    clearTimeout(this.hoverTimer);
    const panel = this.state.panel;
    // With the panel open, the words point at their finding in it instead of opening a second popover.
    if (panel && via !== 'keyboard') {
      if (panel.box === box && via === 'click') {
        this.set({ panel: { ...panel, current: key } });
        this.flush();
        this.findingEl(key)?.scrollIntoView({ block: 'nearest' });
      }
      return;
    }
    if (via === 'hover' && this.state.card && this.state.card.via !== 'hover') return; // a chosen card stays
    this.pointerOnWords = via !== 'keyboard';
    this.pointerInCard = false;
    this.set({ card: { box, key, anchor, via }, panel: null, whyOpen: null });
    if (via === 'keyboard')
      this.focusFirst('[data-tc="card"] [data-tc="apply"]', '[data-tc="card"] [data-tc="ignore"]');
  }

  /** Pointer over a finding (`key`) or off all findings (null) in box `box`. */
  hover(box: number, key: string | null, anchor: () => Rect | null): void {
    const card = this.state.card;
    clearTimeout(this.hoverTimer);
    if (key && card?.box === box && card.key === key) {
      this.pointerOnWords = true;
      return;
    }
    this.pointerOnWords = false;
    if (key && !this.state.panel) {
      this.hoverTimer = setTimeout(() => {
        const a = anchor();
        if (a) this.openCard(box, key, a, 'hover');
      }, HOVER_OPEN_MS);
    } else this.scheduleLeaveClose();
  }

  /** The pointer left the card or its words: unless it comes back (or focus is inside), the card closes. */
  private scheduleLeaveClose(): void {
    if (!this.state.card || this.state.card.via === 'keyboard') return;
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      const card = this.state.card;
      if (!card || card.via === 'keyboard' || this.pointerInCard || this.pointerOnWords) return;
      if (this.focusInside('[data-tc="card"]')) return;
      this.set({ card: null, whyOpen: null });
    }, HOVER_CLOSE_MS);
  }

  openPanel(box: number, via: 'click' | 'keyboard'): void {
    clearTimeout(this.hoverTimer);
    const view = this.state.boxes.find((b) => b.view.id === box)?.view;
    // A mouse click on the badge leaves focus in the editor (keyboard users are taken into the panel): otherwise
    // the next keys typed, or an Ignore that removes the focused finding, would drop focus on the page's body.
    const takeFocus = via === 'keyboard' || this.root.activeElement !== null;
    this.set({ panel: { box, via, current: view ? (panelOrder(view)[0] ?? null) : null }, card: null, whyOpen: null });
    if (takeFocus)
      this.focusFirst(
        '[data-tc="panel"] [data-tc="apply"]',
        '[data-tc="panel"] [data-tc="ignore"]',
        '[data-tc="panel"] [data-tc="close"]',
      );
  }

  /**
   * The agent applied or ignored `key` in box `box`: a card closes (giving focus back to the editor for Ignore), the
   * panel stays and moves on to the next finding, with keyboard focus when focus was in the panel.
   */
  acted(box: number, key: string, what: 'apply' | 'ignore' | 'disable'): void {
    const panel = this.state.panel;
    if (this.state.card?.key === key) this.closeAll(what !== 'apply');
    if (panel?.box !== box) return;
    const view = this.state.boxes.find((b) => b.view.id === box)?.view;
    const index = view ? Math.max(0, panelOrder(view).indexOf(key)) : 0;
    // An Apply's edit must be verified with focus in the editor: focus comes back to the panel once it settled.
    this.refocus = {
      box,
      gone: key,
      index,
      keyboard: !this.byPointer && this.focusInside('[data-tc="panel"]'),
      waitEdit: what === 'apply',
    };
  }

  /** An Apply's edit is done (verification included): keyboard focus may go back to the panel. */
  settled(box: number): void {
    if (this.refocus?.box !== box) return;
    this.refocus.waitEdit = false;
    this.flush();
  }

  private tryRefocus(): void {
    const r = this.refocus;
    if (!r || !this.state.panel || this.state.panel.box !== r.box) return void (this.refocus = null);
    if (this.findingEl(r.gone)) return; // not gone yet: the next render
    this.refocus = null;
    if (!r.keyboard) return;
    const current = this.state.panel.current;
    const el = current ? this.findingEl(current)?.querySelector<HTMLElement>('button') : null;
    (el ?? this.root.querySelector<HTMLElement>('[data-tc="panel"] [data-tc="close"]'))?.focus({
      preventScroll: false,
    });
  }

  private findingEl(key: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-tc="panel"] [data-tc="finding"][data-key="${CSS.escape(key)}"]`);
  }

  private focusInside(selector: string): boolean {
    const active = this.root.activeElement;
    return !!active && !!active.closest(selector);
  }

  private trapTab(e: KeyboardEvent): void {
    if (e.key !== 'Tab') return;
    const dialog = (this.root.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
    if (items.length === 0) return;
    const i = items.indexOf(this.root.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 || i < 0 ? 0 : i + 1;
    e.preventDefault();
    e.stopPropagation();
    items[next]!.focus();
  }

  /** Closes card and panel; with returnFocus, the editor of the box they belonged to gets focus back. */
  closeAll(returnFocus: boolean): void {
    clearTimeout(this.hoverTimer);
    const box = this.state.card?.box ?? this.state.panel?.box;
    const hadFocus = this.root.activeElement !== null;
    this.refocus = null;
    this.set({ card: null, panel: null, whyOpen: null });
    if (returnFocus && box !== undefined && hadFocus) this.boxActions(box)?.focusEditor();
  }

  /** Hover and click cards go away when the agent types on; chosen (keyboard) ones stay until closed. */
  typed(box: number): void {
    if (this.state.card?.box === box && this.state.card.via !== 'keyboard') this.set({ card: null, whyOpen: null });
  }

  /** Focuses the first element matching one of `selectors`, tried in order. */
  private focusFirst(...selectors: string[]): void {
    this.flush();
    for (const sel of selectors) {
      const el = this.root.querySelector<HTMLElement>(sel);
      if (el) return el.focus({ preventScroll: true });
    }
  }

  private set(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    this.listenForEscape(!!(this.state.card || this.state.panel));
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /**
   * Escape closes what we opened (and only then is it ours: the page keeps its own Escape otherwise). The listener
   * is there only while a card or the panel is open, so the agent's keystrokes in the reply box run no code of ours
   * for it.
   */
  private listenForEscape(open: boolean): void {
    if (open === !!this.escape) return;
    if (!open) {
      this.escape!.abort();
      this.escape = null;
      return;
    }
    if (this.signal.aborted) return;
    this.escape = new AbortController();
    this.signal.addEventListener('abort', () => this.escape?.abort(), { signal: this.escape.signal });
    this.host.ownerDocument.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape') return;
        e.stopImmediatePropagation();
        e.preventDefault();
        this.closeAll(true);
      },
      { capture: true, signal: this.escape.signal },
    );
  }

  /** Renders now (also used before moving focus into what was just opened). */
  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.reactRoot.render(createElement(App, { state: this.state, h: this.handlers }));
    // Focus on a button that just went (the finding ignored) would fall to the page: it moves to the next one.
    if (this.refocus && !this.refocus.waitEdit) this.tryRefocus();
  }

  dispose(): void {
    clearTimeout(this.hoverTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.reactRoot.unmount();
    this.highlights.dispose();
    this.mirror.dispose();
    this.host.remove();
  }
}
