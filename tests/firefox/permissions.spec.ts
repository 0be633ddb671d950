// Firefox's optional host permissions (MV2 `optional_permissions`), granted by a real click as Firefox requires
// ("permissions.request may only be called from a user input handler"; the harness turns the prompt off).
// What is NOT run: the toolbar click. Opened in a tab with ?tab=<id>, the popup cannot read an unlisted tab's address
// (Firefox gives it only with the activeTab grant a toolbar click or a command gives, and the harness's synthesized
// keys never reach the browser's shortcuts), so it shows no "Add this site" there. The add is a real click on a button
// in the popup page whose handler makes the popup's first call (permissions.request for the site's pattern); the
// background page's permissions.onAdded then adds the site (addSite, as it does when Firefox closes the popup while it
// asks). Once granted, the popup reads the tab and everything else is the popup's own: its card, its Remove button.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { coreChecks, openPanel } from '../e2e/helpers/core-checks';
import { overlayCount } from '../e2e/helpers/driver';
import { expect, openEditor, puppeteerDriver, test, type Fixtures, type FirefoxWithExtension } from './firefox';

const SITE = 'https://help.acme-support.test';
const TICKET = `${SITE}/tickets/42`;
/** The pattern the popup asks for (siteOf in utils/site-registration.ts): the whole host, any path. */
const PATTERN = `${SITE}/*`;

/** Sends the extension page to another of the extension's pages and waits for it to load. Polled with evaluate:
 * waitForFunction builds its predicate with Function(), which the extension page's CSP blocks in Firefox ESR 140. */
async function extensionTo(ext: Page, path: string): Promise<void> {
  await ext.evaluate((p) => void (location.href = p), path);
  const until = Date.now() + 10_000;
  const loaded = (): Promise<boolean> =>
    ext
      .evaluate((p) => location.pathname + location.search === p && document.readyState === 'complete', path)
      .catch(() => false); // the page is between documents
  while (!(await loaded())) {
    if (Date.now() > until) throw new Error(`the extension page did not load ${path} within 10 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the extension holds: granted origins beyond the manifest's, and the content scripts it registered. */
function granted(firefox: FirefoxWithExtension): Promise<{ origins: string[]; scripts: string[] }> {
  return firefox.extensionPage.evaluate(async () => {
    const b = (globalThis as any).browser;
    const declared = new Set(b.runtime.getManifest().permissions);
    const origins = ((await b.permissions.getAll()).origins as string[]).filter((o) => !declared.has(o));
    const scripts = (await b.scripting.getRegisteredContentScripts()).map((s: { id: string; matches: string[] }) =>
      [s.id, ...s.matches].join(' '),
    );
    return { origins, scripts };
  });
}

/**
 * Clicks, as a person does, a button put in the extension page whose handler does what the popup's Add handler does
 * first thing in the click: notes the site asked for (noteSiteAsked: storage key "siteAsked") and asks for its
 * pattern (permissions.request). Returns the answer, or the error's message.
 */
async function addByClick(ext: Page, site: string): Promise<boolean | string> {
  await ext.evaluate((origin) => {
    const button = document.createElement('button');
    button.id = 'tc-test-add';
    button.textContent = 'Add this site';
    button.style.cssText = 'position:fixed;top:0;left:0;width:160px;height:40px;z-index:2147483647';
    button.onclick = () => {
      const b = (globalThis as any).browser;
      void b.storage.local.set({ siteAsked: { origin, at: Date.now() } });
      (window as any).__tcGranted = b.permissions.request({ origins: [`${origin}/*`] }).catch((e: Error) => e.message);
    };
    document.body.append(button);
  }, site);
  await ext.bringToFront();
  await ext.click('#tc-test-add');
  return ext.evaluate(() => (window as any).__tcGranted);
}

/** Opens the textarea fixture at `url`, types the canned reply, and says whether the extension coached it. */
async function typedUncoached(tab: Page, serve: Fixtures['serve'], url: string): Promise<number> {
  await tab.bringToFront();
  await openEditor(tab, serve, { fixture: 'textarea', url });
  const d = puppeteerDriver(tab);
  await d.type('We apologize for any inconvenience.');
  return tab.evaluate(() => document.querySelectorAll('tone-coach-ui').length);
}

test('adding an unlisted site: a click grants its permission, it is coached; Remove in the popup gives it back', async ({
  firefox,
  tab,
  serve,
  extensionRequests,
}) => {
  const ext = firefox.extensionPage;
  // Not a listed site: nothing runs there.
  expect(await typedUncoached(tab, serve, TICKET)).toBe(0);

  // The popup for that tab cannot read its address without the toolbar's activeTab grant: no site card.
  const tabId = await ext.evaluate(async () => {
    const b = (globalThis as any).browser;
    const me = (await b.tabs.getCurrent()).id;
    return ((await b.tabs.query({})) as { id: number }[]).find((t) => t.id !== me)!.id;
  });
  const popup = `/popup.html?tab=${tabId}`;
  await extensionTo(ext, popup);
  await ext.waitForSelector('[data-tc-popup="no-site"]');

  // Without a user gesture Firefox refuses; from a real click it grants.
  const noGesture = await ext.evaluate(
    (o) => (globalThis as any).browser.permissions.request({ origins: [o] }).catch((e: Error) => e.message),
    PATTERN,
  );
  expect(noGesture).toMatch(/user input handler/);
  expect(await addByClick(ext, SITE)).toBe(true);
  // The background page adds the granted site: its content script registered for that host.
  await expect.poll(() => granted(firefox)).toEqual({ origins: [PATTERN], scripts: [`tc-site:${SITE} ${PATTERN}`] });

  // Now the popup reads the tab: the site is shown as added, with Remove.
  await extensionTo(ext, popup);
  await ext.waitForSelector('[data-tc-popup="site"][data-state="added"]');

  // After a reload the page is coached: underline, badge and the canned finding in the panel.
  await tab.bringToFront();
  await openEditor(tab, serve, { fixture: 'textarea', url: TICKET });
  await coreChecks['canned reply: underline and badge, nothing sent'](puppeteerDriver(tab), {}, extensionRequests);

  // Remove this site, clicked in the popup: unregistered, permission given back, not coached after a reload.
  await ext.bringToFront();
  await ext.click('[data-tc-popup="remove"]');
  await ext.waitForSelector('[data-tc-popup="site"][data-state="unknown"]');
  await expect.poll(() => granted(firefox)).toEqual({ origins: [], scripts: [] });
  expect(await typedUncoached(tab, serve, TICKET)).toBe(0);
});

test("subscribing in the manager asks for the file's host from the click; the set's rules coach a reply", async ({
  firefox,
  tab,
  serve,
}) => {
  const FILE = 'https://rules.acme-support.test/brand-voice.json';
  // A rule no built-in set has (it flags "utilise"): a finding of it can only come from the subscribed set.
  const set = {
    id: 'acme-voice',
    name: 'Acme voice',
    version: 1,
    rules: [
      {
        id: 'say-use',
        kind: 'substitution',
        category: 'clarity',
        severity: 'warning',
        message: 'Say "{prefer}".',
        swap: { utilise: 'use' },
      },
    ],
  };
  const ext = firefox.extensionPage;
  // The file is served to the manager's page without CORS headers: only the granted permission lets it be read.
  const served: string[] = [];
  const onRequest = (r: HTTPRequest): void => {
    if (r.url() !== FILE) return void r.continue();
    served.push(r.url());
    void r.respond({ status: 200, body: JSON.stringify(set), contentType: 'application/json' });
  };
  await ext.setRequestInterception(true);
  ext.on('request', onRequest);
  try {
    await extensionTo(ext, '/options.html');
    await ext.waitForSelector('[data-tc="rule-set"]');
    await ext.bringToFront();
    await ext.click('[data-tc="subscribe-url"]');
    await ext.keyboard.type(FILE);
    await ext.click('[data-tc="subscribe-add"]');
    await ext.waitForSelector('[data-tc="rule-set"][data-origin="subscription"] ::-p-text(Acme voice)');
    expect(served.length).toBeGreaterThan(0);
    expect((await granted(firefox)).origins).toEqual(['https://rules.acme-support.test/*']);
  } finally {
    ext.off('request', onRequest);
    await ext.setRequestInterception(false);
  }

  await tab.bringToFront();
  await openEditor(tab, serve, { fixture: 'textarea', url: 'https://secure.helpscout.net/conversation/7/1' });
  const d = puppeteerDriver(tab);
  await d.type('Please utilise the reset link we sent you.');
  await openPanel(d);
  await expect.poll(() => overlayCount(d, '[data-tc="finding"][data-rule-set="acme-voice"]')).toBe(1);
  // The rule file's host was granted for the file only: it is not added as a site to coach.
  expect(await granted(firefox)).toEqual({ origins: ['https://rules.acme-support.test/*'], scripts: [] });
});

test("the harness's reset gives back a granted site permission and its registered content script", async ({
  firefox,
}) => {
  // A plain-http site this time: its pattern is granted and registered as well (optional_permissions has http://*/*).
  const site = 'http://intranet.acme-support.test';
  expect(await addByClick(firefox.extensionPage, site)).toBe(true);
  await expect.poll(() => granted(firefox)).toEqual({ origins: [`${site}/*`], scripts: [`tc-site:${site} ${site}/*`] });
  await firefox.reset();
  expect(await granted(firefox)).toEqual({ origins: [], scripts: [] });
});
