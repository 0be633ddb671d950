// Notices when the context a draft was checked in may have changed without a keystroke in the box: a click or a key
// elsewhere on the page (the reply/note switch, another ticket in the list), the address changing (single-page
// apps), the agent coming back to the box. It only says "look again": the check compares what the site adapter
// reads now with what the last check used, and re-checks only when they differ (a read costs well under 1 ms).
/** After the page's own handler has run, and once more for apps that re-render a moment later. */
const LOOK_AFTER_MS = [0, 250];

export function watchContext(root: HTMLElement, signal: AbortSignal, lookAgain: () => void): void {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  let pending = 0;
  const soon = (): void => {
    if (pending) return; // one look per burst of events
    pending = LOOK_AFTER_MS.length;
    for (const ms of LOOK_AFTER_MS) {
      setTimeout(() => {
        pending--;
        if (!signal.aborted) lookAgain();
      }, ms);
    }
  };
  const outsideBox = (e: Event): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof Node) || !root.contains(target)) soon();
  };
  const opts = { signal, passive: true, capture: true } as const;
  doc.addEventListener('click', outsideBox, opts);
  doc.addEventListener('keyup', outsideBox, opts);
  root.addEventListener('focus', soon, opts);
  win.addEventListener('popstate', soon, opts);
  win.addEventListener('hashchange', soon, opts);
}
