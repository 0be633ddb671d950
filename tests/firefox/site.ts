// Site checks in Firefox: serve a site fixture (tests/fixtures/sites/) at the site's real address, type in a box,
// open the panel from that box's badge and read its context section (what the site adapter read).
import type { Page } from 'puppeteer-core';
import { clickOn, overlayAttribute, overlayCount, type PageDriver } from '../e2e/helpers/driver';
import { expect, puppeteerDriver, type Fixtures } from './firefox';

export const CONTEXT = '[data-tc="panel"] [data-tc="context"]';

/** Loads tests/fixtures/sites/<name>.html at `url` and waits for its editors; a driver for the page. */
export async function openSite(page: Page, serve: Fixtures['serve'], url: string, name: string): Promise<PageDriver> {
  await serve(url, `${name}.html`);
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
  await page.evaluate(() => (window as any).__fixtureReady);
  await page.waitForFunction(() =>
    ((window as any).__fixture.editors as { root: HTMLElement }[]).every(
      (e) => e.root.isContentEditable || e.root instanceof HTMLTextAreaElement || e.root instanceof HTMLInputElement,
    ),
  );
  return puppeteerDriver(page);
}

/** Clicks into the page's box matched by `selector` and types like a person. */
export async function typeIn(d: PageDriver, selector: string, text: string): Promise<void> {
  await clickOn(d, selector, false);
  await d.type(text, 10);
}

/** Opens the panel from `badge` once its check is in. */
export async function openPanelFrom(d: PageDriver, badge: string): Promise<void> {
  await expect.poll(() => overlayAttribute(d, badge, 'data-score')).toMatch(/\d+/);
  // The click goes to where the badge is when it is read; a page that lays the box out again at that moment (Zendesk
  // switching the composer to an internal note) moves the badge, and the click lands beside it: click again, as an
  // agent would, until the panel is open.
  for (let attempt = 1; ; attempt++) {
    if ((await overlayCount(d, CONTEXT)) === 0) await clickOn(d, badge);
    try {
      await expect.poll(() => overlayCount(d, CONTEXT), { timeout: 3000 }).toBe(1);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** What the panel's context section shows. */
export function panelContext(d: PageDriver): Promise<Record<string, string>> {
  return d.evaluate((sel) => {
    const hosts = Array.from(document.querySelectorAll('tone-coach-ui'));
    const section = hosts.map((h) => h.shadowRoot?.querySelector(sel)).find(Boolean);
    const attr = (n: string): string => section?.getAttribute(n) ?? '';
    return {
      site: attr('data-site'),
      channel: attr('data-channel'),
      audience: attr('data-audience'),
      customerName: attr('data-customer-name'),
      customerHandle: attr('data-customer-handle'),
      customerMessage: section?.querySelector('[data-tc="customer-message"]')?.textContent ?? '',
    };
  }, CONTEXT);
}

/** How many findings of `category` (and `severity`) the panel lists. */
export function findings(d: PageDriver, category: string, severity?: string): Promise<number> {
  const sev = severity ? `[data-severity="${severity}"]` : '';
  return overlayCount(d, `[data-tc="panel"] [data-tc="finding"][data-category="${category}"]${sev}`);
}
