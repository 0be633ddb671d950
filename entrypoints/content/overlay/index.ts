// The overlay: one <tone-coach-ui> host per document with an open shadow root, rendered with the React API (Preact
// through preact/compat, see wxt.config.ts). Holds the
// per-box views that sessions push, the open card or panel, the live region, the highlights and the mirror.
// Renders at most once per frame.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App, type OverlayHandlers, type OverlayState } from './App';
import { Highlights } from './highlights';
import { FieldMirror } from './mirror';
import { OVERLAY_CSS } from './styles';
import type { BoxActions, BoxView, Rect } from './view';

export const HOST_TAG = 'tone-coach-ui';
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;

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
  private handlers: OverlayHandlers;

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
      // Reading Why is a choice: the card stays (a hover card would close when the pointer wanders).
      toggleWhy: (key) =>
        this.set({
          whyOpen: this.state.whyOpen === key ? null : key,
          card: this.state.card?.via === 'hover' ? { ...this.state.card, via: 'click' } : this.state.card,
        }),
      cardPointer: (inside) => {
        this.pointerInCard = inside;
        if (!inside && this.state.card?.via === 'hover') this.scheduleHoverClose();
      },
    };
    // Escape closes what we opened (and only then is it ours: the page keeps its own Escape otherwise).
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape' || (!this.state.card && !this.state.panel)) return;
        e.stopImmediatePropagation();
        e.preventDefault();
        this.closeAll(true);
      },
      { capture: true, signal },
    );
    // A click anywhere outside our UI closes the panel or a clicked card.
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.state.card && !this.state.panel) return;
        if (e.composedPath().includes(this.host)) return;
        this.set({ panel: null, card: null, whyOpen: null });
      },
      { capture: true, signal },
    );
  }

  upsert(view: BoxView, actions: BoxActions): void {
    const boxes = this.state.boxes.slice();
    const i = boxes.findIndex((b) => b.view.id === view.id);
    if (i >= 0) boxes[i] = { view, actions };
    else boxes.push({ view, actions });
    // A card whose finding went away (fixed by hand, applied, re-checked) closes.
    let card = this.state.card;
    if (card?.box === view.id && !view.findings.some((f) => f.key === card!.key)) card = null;
    this.set({ boxes, card });
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
    if (via === 'hover' && this.state.card && this.state.card.via !== 'hover') return; // a chosen card stays
    this.set({ card: { box, key, anchor, via }, panel: via === 'hover' ? this.state.panel : null, whyOpen: null });
    if (via === 'keyboard')
      this.focusFirst('[data-tc="card"] [data-tc="apply"]', '[data-tc="card"] [data-tc="ignore"]');
  }

  /** Pointer over a finding (`key`) or off all findings (null) in box `box`. */
  hover(box: number, key: string | null, anchor: () => Rect | null): void {
    const card = this.state.card;
    if (key && card?.box === box && card.key === key) {
      clearTimeout(this.hoverTimer);
      return;
    }
    clearTimeout(this.hoverTimer);
    if (key) {
      this.hoverTimer = setTimeout(() => {
        const a = anchor();
        if (a) this.openCard(box, key, a, 'hover');
      }, HOVER_OPEN_MS);
    } else if (card?.via === 'hover') this.scheduleHoverClose();
  }

  private scheduleHoverClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (!this.pointerInCard && this.state.card?.via === 'hover') this.set({ card: null, whyOpen: null });
    }, HOVER_CLOSE_MS);
  }

  openPanel(box: number, via: 'click' | 'keyboard'): void {
    this.set({ panel: { box, via }, card: null });
    this.focusFirst(
      '[data-tc="panel"] [data-tc="apply"]',
      '[data-tc="panel"] [data-tc="ignore"]',
      '[data-tc="panel"] [data-tc="close"]',
    );
  }

  /** Closes card and panel; with returnFocus, the editor of the box they belonged to gets focus back. */
  closeAll(returnFocus: boolean): void {
    const box = this.state.card?.box ?? this.state.panel?.box;
    const hadFocus = this.root.activeElement !== null;
    this.set({ card: null, panel: null, whyOpen: null });
    if (returnFocus && box !== undefined && hadFocus)
      this.state.boxes.find((b) => b.view.id === box)?.actions.focusEditor();
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
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Renders now (also used before moving focus into what was just opened). */
  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.reactRoot.render(createElement(App, { state: this.state, h: this.handlers }));
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
