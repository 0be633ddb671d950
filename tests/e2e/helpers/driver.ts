// The few things the shared editor checks do to a page, so that the same checks drive Chromium (a Playwright Page)
// and Firefox (a Puppeteer Page, tests/firefox/): run a function in the page, type, press a key chord, move and
// click the mouse. The overlay lives in an open shadow root, read here with plain DOM calls in the page; with an
// iframe editor (its body is the editable area) the overlay is in the editor's document, found from the fixture.
import type { Page } from '@playwright/test';

export interface PageDriver {
  /** Runs `fn(arg)` in the page's main world; `arg` and the result must be JSON-serialisable. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Types like a person, one key per character. */
  type(text: string, delay?: number): Promise<void>;
  /** A key or a chord in Playwright's notation: 'Enter', 'Control+z', 'Control+Shift+z'. */
  press(keys: string): Promise<void>;
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

export function playwrightDriver(page: Page): PageDriver {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (a: unknown) => R, arg),
    type: (text, delay = 15) => page.keyboard.type(text, { delay }),
    press: (keys) => page.keyboard.press(keys),
    move: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
  };
}

/** An attribute of the first overlay element matching `selector`, or null when there is none. */
export function overlayAttribute(d: PageDriver, selector: string, name: string): Promise<string | null> {
  return d.evaluate(
    ([sel, attr]) => {
      const doc = ((window as any).__fixture?.editors?.[0]?.root?.ownerDocument ?? document) as Document;
      const hosts = Array.from(doc.querySelectorAll('tone-coach-ui'));
      const el = hosts.map((h) => h.shadowRoot?.querySelector(sel)).find(Boolean);
      return el ? el.getAttribute(attr) : null;
    },
    [selector, name] as const,
  );
}

/** How many overlay elements match `selector`. */
export function overlayCount(d: PageDriver, selector: string): Promise<number> {
  return d.evaluate((sel) => {
    const doc = ((window as any).__fixture?.editors?.[0]?.root?.ownerDocument ?? document) as Document;
    return Array.from(doc.querySelectorAll('tone-coach-ui')).reduce(
      (n, host) => n + (host.shadowRoot?.querySelectorAll(sel).length ?? 0),
      0,
    );
  }, selector);
}

/** The viewport centre of a visible element (in the overlay when `overlay`, else in the page), or null. */
export function centreOf(d: PageDriver, selector: string, overlay = true): Promise<{ x: number; y: number } | null> {
  return d.evaluate(
    ([sel, inUi]) => {
      const doc = ((window as any).__fixture?.editors?.[0]?.root?.ownerDocument ?? document) as Document;
      const hosts = Array.from(doc.querySelectorAll('tone-coach-ui'));
      const el = inUi ? hosts.map((h) => h.shadowRoot?.querySelector(sel)).find(Boolean) : document.querySelector(sel);
      // A person scrolls to what they want to click: a panel longer than a small editor frame scrolls inside.
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el?.getBoundingClientRect();
      if (!r || r.width === 0 || r.height === 0) return null;
      // An overlay in an iframe editor's document: from the frame's viewport to the page's.
      const frame = inUi ? doc.defaultView?.frameElement : null;
      const f = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const x = f.left + (frame?.clientLeft ?? 0) + r.left + r.width / 2;
      return { x, y: f.top + (frame?.clientTop ?? 0) + r.top + r.height / 2 };
    },
    [selector, overlay] as const,
  );
}

/** Waits until `selector` is visible (overlay or page) and clicks its centre as a person would. */
export async function clickOn(d: PageDriver, selector: string, overlay = true, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const at = await centreOf(d, selector, overlay);
    if (at) return d.click(at.x, at.y);
    if (Date.now() > until) throw new Error(`nothing visible matches ${selector}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
