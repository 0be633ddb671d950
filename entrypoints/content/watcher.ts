// Finds reply boxes: a capture-phase focusin (the box the agent is typing in, in this document or inside an
// open shadow root) and one MutationObserver, batched per animation frame, for boxes that appear later in
// single-page apps and for boxes that leave the page. Composers inside iframes get their own content script
// (allFrames + about:blank/srcdoc fallback in the manifest), so each frame watches itself.
import { editorFor, type EditorMatch } from './editors';
import { skipReason } from './eligibility';

const CANDIDATES = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

export interface WatcherHooks {
  /** A box to coach (called once per box until `forget`). `focused` is true when the agent is in it now. */
  found(match: EditorMatch, focused: boolean): void;
  /** Nodes left the page: sessions check whether their box is still connected. */
  removed(): void;
  /** The site's verdict on a box: false = not a reply box, true = known reply box, undefined = generic rules. */
  isReplyBox(box: HTMLElement): boolean | undefined;
}

export function watch(doc: Document, hooks: WatcherHooks, signal: AbortSignal): void {
  const consider = (el: Element, focused: boolean): void => {
    const match = editorFor(el);
    if (!match) return;
    if (skipReason(match.root, match.adapter.id) !== null) return;
    const verdict = hooks.isReplyBox(match.root);
    if (verdict === false) return;
    // A box that appears without focus is coached only when the site knows it is a reply box.
    if (!focused && verdict !== true) return;
    hooks.found(match, focused);
  };

  doc.addEventListener(
    'focusin',
    (e) => {
      // composedPath()[0] reaches into open shadow roots (web-component composers).
      const target = e.composedPath()[0];
      if (target instanceof Element) consider(target, true);
    },
    { capture: true, signal },
  );

  let added: Node[] = [];
  let anyRemoved = false;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    const nodes = added;
    added = [];
    if (anyRemoved) {
      anyRemoved = false;
      hooks.removed();
    }
    for (const n of nodes) {
      if (!(n instanceof Element) || !n.isConnected) continue;
      const active = deepActiveElement(doc);
      const hits = n.matches(CANDIDATES) ? [n] : Array.from(n.querySelectorAll(CANDIDATES));
      for (const el of hits) consider(el, active !== null && (el === active || el.contains(active)));
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) if (n.nodeType === Node.ELEMENT_NODE) added.push(n);
      if (r.removedNodes.length > 0) anyRemoved = true;
    }
    if (!scheduled && (added.length > 0 || anyRemoved)) {
      scheduled = true;
      requestAnimationFrame(flush);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());

  // Boxes already on the page at start-up: the focused one, and those the site knows.
  const active = deepActiveElement(doc);
  if (active) consider(active, true);
  added.push(doc.documentElement);
  flush();
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  // The body is "nothing focused", unless it is the editable area itself (TinyMCE's and CKEditor 4's iframes). A
  // document may have no body yet (a frame the page is still writing): then nothing is focused either.
  return el === doc.body && !doc.body?.isContentEditable ? null : el;
}
