// Where Firefox differs from Chromium: a Manifest V2 background page instead of a service worker, sites added at
// runtime through `optional_permissions` (MV2 has no optional_host_permissions), and this harness's own guards
// (the browser log read for the extension's errors, requests that escape a page's interception) shown to catch
// what they are meant to catch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { clickOn, overlayCount, type PageDriver } from '../e2e/helpers/driver';
import { errorsFrom, expect, puppeteerDriver, test } from './firefox';
import { openPanelFrom, openSite, panelContext, typeIn } from './site';

const REQUEST = 'https://support.example.org/requests/42';
const ORIGIN = 'https://support.example.org';
const BOX = 'textarea[aria-label="Your reply"]';
const CANNED = 'We apologize for any inconvenience.';

/** Loads the extension's popup for `tab` in the extension's own tab (BiDi cannot navigate to moz-extension:). */
async function popupFor(ext: Page, tab: Page): Promise<PageDriver> {
  const url = await tab.evaluate(() => location.href);
  await ext.evaluate(async (u) => {
    const b = (globalThis as any).browser;
    const [t] = await b.tabs.query({ url: u });
    location.href = `/popup.html?tab=${t.id}`;
  }, url);
  await ext.waitForFunction(() => location.pathname === '/popup.html' && !!document.querySelector('[data-tc-popup]'));
  await ext.bringToFront();
  return puppeteerDriver(ext);
}

const popupAttr = (p: PageDriver, sel: string, name: string): Promise<string | null> =>
  p.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [sel, name] as const);

const registered = (ext: Page): Promise<string[]> =>
  ext.evaluate(async () =>
    ((await (globalThis as any).browser.scripting.getRegisteredContentScripts()) as { id: string }[]).map((s) => s.id),
  );

/** Types a canned line in the request page's reply box and says whether a badge showed within `wait` ms. */
async function coached(tab: Page, serve: (u: string, h: string) => Promise<void>, wait: number): Promise<boolean> {
  const d = await openSite(tab, serve, REQUEST, 'generic');
  await typeIn(d, BOX, CANNED);
  const until = Date.now() + wait;
  while (Date.now() < until) {
    if ((await overlayCount(d, '[data-tc="badge"]')) > 0) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

test('the Firefox build is Manifest V2 and its checks run in the persistent background page', async ({ firefox }) => {
  const bg = await firefox.extensionPage.evaluate(() => {
    const b = (globalThis as any).browser;
    const m = b.runtime.getManifest();
    // An MV2 extension page can reach its background page's window (no service worker in Firefox's MV2).
    const page = b.extension.getBackgroundPage();
    return { version: m.manifest_version, scripts: m.background.scripts, hasWindow: !!page?.document };
  });
  expect(bg).toEqual({ version: 2, scripts: ['background.js'], hasWindow: true });
});

test('a site added from the popup: Firefox grants the optional permission, the site is coached after a reload; removed, it is not', async ({
  firefox,
  tab,
  serve,
  extensionRequests,
}) => {
  // Not a listed site and not added: nothing runs here.
  expect(await coached(tab, serve, 800)).toBe(false);

  const popup = await popupFor(firefox.extensionPage, tab);
  expect(await popupAttr(popup, '[data-tc-popup="site"]', 'data-state')).toBe('unknown');
  await clickOn(popup, '[data-tc-popup="add"]', false);
  await expect.poll(() => popupAttr(popup, '[data-tc-popup="site"]', 'data-state')).toBe('added');
  expect(await registered(firefox.extensionPage)).toEqual([`tc-site:${ORIGIN}`]);
  const granted = await firefox.extensionPage.evaluate(
    (o) => (globalThis as any).browser.permissions.contains({ origins: [`${o}/*`] }),
    ORIGIN,
  );
  expect(granted).toBe(true);

  // After a reload the registered content script runs there, with the generic reading of the page.
  expect(await coached(tab, serve, 5000)).toBe(true);
  const d = puppeteerDriver(tab);
  await openPanelFrom(d, '[data-tc="badge"]');
  const ctx = await panelContext(d);
  expect(ctx).toMatchObject({ site: 'generic', customerName: 'Jane Doe' });
  expect(ctx.customerMessage).toContain('I still have not received my refund');

  await popupFor(firefox.extensionPage, tab);
  await clickOn(popup, '[data-tc-popup="remove"]', false);
  await expect.poll(() => popupAttr(popup, '[data-tc-popup="site"]', 'data-state')).toBe('unknown');
  expect(await registered(firefox.extensionPage)).toEqual([]);
  expect(await coached(tab, serve, 800)).toBe(false);
  expect(extensionRequests).toEqual([]);
});

test.describe('the harness catches what it guards against', () => {
  // A throwaway add-on whose background page throws and sends a request: the same log reading and proxy that
  // guard every test must report both, under its own moz-extension origin.
  const PROBE_ID = 'probe@tone-coach.test';
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tc-probe-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 2,
        name: 'probe',
        version: '1.0',
        browser_specific_settings: { gecko: { id: PROBE_ID } },
        background: { scripts: ['bg.js'] },
      }),
    );
    writeFileSync(
      join(dir, 'bg.js'),
      "fetch('https://probe-leak.example/draft').catch(() => {});\nsetTimeout(() => { throw new Error('probe failure'); });\n",
    );
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("an add-on's uncaught error is read from the browser log; its request is recorded", async ({ firefox }) => {
    const from = firefox.log.length;
    const sent = firefox.escaped.length;
    await firefox.browser.installExtension(dir);
    try {
      await expect
        .poll(() =>
          firefox.log.slice(from).filter((l) => /JavaScript error: moz-extension:\/\/.*probe failure/.test(l)),
        )
        .toHaveLength(1);
      await expect.poll(() => firefox.escaped.slice(sent)).toContain('CONNECT probe-leak.example:443');
      // Our own extension's origin is not blamed for the probe's error.
      expect(errorsFrom(firefox.log.slice(from))).toEqual([]);
    } finally {
      await firefox.browser.uninstallExtension(PROBE_ID);
    }
  });
});
