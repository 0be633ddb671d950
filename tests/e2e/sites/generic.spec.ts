// A site no adapter knows: the generic adapter finds the message being answered with Readability on a COPY of
// the page (never the live page, never the agent's own draft), and a user adds, switches off and removes such a
// site from the popup: runtime permission, registered content script, unregistered again.
import { test as plain, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, BUILT_FIXTURES } from '../helpers/extension';
import { SUPPORTED_HOST_PATTERNS } from '../../../utils/site-catalogue';
import { adapterPages, fallbacks, sitePage } from './harness';
import { CANNED, SiteCoach } from './extension';

/** The extension APIs, inside the service worker's evaluate (no @types/chrome in this project). */
declare const chrome: any;

const REQUEST = 'https://support.example.org/requests/42';
const ORIGIN = 'https://support.example.org';
const BOX = 'textarea[aria-label="Your reply"]';

plain.describe('Generic adapter reads a page it does not know (isolated world)', () => {
  const site = adapterPages();

  plain(
    'the message comes from Readability on a copy: the live page is untouched and the draft is not read',
    async () => {
      const s = await site.open(REQUEST, 'generic');
      await s.page.locator(BOX).fill('Hi Jane, DRAFT-WORDS-NOT-THE-CUSTOMER');
      const before = await s.page.evaluate(() => document.documentElement.outerHTML);
      await s.eval('globalThis.__tcSites.forgetReadability();');
      const r = await s.read(BOX);
      expect(await s.page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      expect(r.site).toBe('generic');
      expect(r.isReplyBox).toBe(null);
      expect(r.context).toMatchObject({ channel: 'other', audience: 'public', customerName: 'Jane Doe' });
      expect(r.context.customerMessage).toContain('I still have not received my refund');
      expect(r.context.customerMessage).toContain('I returned the jacket');
      expect(r.context.customerMessage).not.toContain('DRAFT-WORDS');
      expect(r.debug.message).toBe('readability (main text of a copy of the page)');
      expect(fallbacks(r.debug)).toEqual([]);
    },
  );

  plain('a page with a thread: the nearest message above the box; a Note switch makes it private', async () => {
    const html = `<!doctype html><html><body><main>
      <div class="message customer"><p>My parcel arrived damaged, the box was crushed.</p></div>
      <div class="message agent"><p>Sorry to hear that! Could you send a photo?</p></div>
      <div class="message customer"><p>Here it is. What happens now?</p></div>
      <div role="tablist"><button role="tab" aria-selected="false">Reply</button><button role="tab" aria-selected="true">Internal note</button></div>
      <div data-fixture-editor="textarea" aria-label="Reply"></div></main>
      <script src="/__tc_fixtures__/textarea.js"></script></body></html>`;
    const s = await site.open('https://desk.example.net/t/9', 'generic', html);
    const r = await s.read('textarea');
    expect(r.context).toMatchObject({
      channel: 'ticket',
      audience: 'private',
      customerMessage: 'Here it is. What happens now?',
    });
    expect(r.debug.message).toBe('nearest message above the box (<div>)');
  });
});

/**
 * The built extension with the generic test site's permission already granted: headless Chromium cannot click
 * the browser's permission prompt, so the grant is made at install; everything after it (the popup's request
 * resolving, registration, injection, removal) is the real code.
 */
async function launchWithGrant(): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tc-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, `${ORIGIN}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue(); // the popup's own files
    if (url === REQUEST) return route.fulfill({ body: sitePage('generic'), contentType: 'text/html; charset=utf-8' });
    const m = /^https:\/\/[^/]+\/__tc_fixtures__\/([\w-]+)\.js$/.exec(url);
    if (m)
      return route.fulfill({ body: readFileSync(join(BUILT_FIXTURES, `${m[1]}.js`)), contentType: 'text/javascript' });
    return route.abort('blockedbyclient');
  });
  return { context, dir };
}

plain('the built extension asks for the listed sites only; any other site is optional, asked at runtime', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect([...manifest.host_permissions].sort()).toEqual([...SUPPORTED_HOST_PATTERNS].sort());
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest.permissions).not.toEqual(expect.arrayContaining(['tabs']));
  for (const cs of manifest.content_scripts) for (const m of cs.matches) expect(SUPPORTED_HOST_PATTERNS).toContain(m);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
});

plain.describe('Adding a site from the popup (real extension)', () => {
  let context: BrowserContext;
  let dir: string;
  plain.beforeEach(async () => {
    ({ context, dir } = await launchWithGrant());
  });
  plain.afterEach(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function worker() {
    return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  async function popupFor(page: Page): Promise<Page> {
    const w = await worker();
    const id = new URL(w.url()).host;
    const tabId = await w.evaluate(async (url) => (await chrome.tabs.query({ url: `${url}*` }))[0]?.id, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    return popup;
  }
  async function registered(): Promise<string[]> {
    return (await worker()).evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id),
    );
  }
  async function openRequest(page: Page): Promise<SiteCoach> {
    const coach = new SiteCoach(page);
    await page.goto(REQUEST);
    await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
    return coach;
  }

  plain(
    'add: registered there and coached after a reload, with the generic reading; remove: unregistered',
    async () => {
      const page = await context.newPage();
      let coach = await openRequest(page);
      // Not a listed site and not added: nothing runs here.
      await coach.typeIn(BOX, CANNED);
      await page.waitForTimeout(800);
      await expect(coach.badges).toHaveCount(0);

      const popup = await popupFor(page);
      await expect(popup.locator('[data-tc-popup="site"]')).toHaveAttribute('data-state', 'unknown');
      await popup.locator('[data-tc-popup="add"]').click();
      await expect(popup.locator('[data-tc-popup="reload-note"]')).toBeVisible();
      await expect(popup.locator('[data-tc-popup="site"]')).toHaveAttribute('data-state', 'added');
      expect(await registered()).toEqual([`tc-site:${ORIGIN}`]);
      // The debug view (off by default) is switched on under the popup's Details, as a person reporting a problem would.
      await popup.locator('[data-tc-popup="reading"] summary').click();
      await popup.locator('[data-tc-popup="debug-view"]').check();

      coach = await openRequest(page);
      await coach.typeIn(BOX, CANNED);
      const ctx = await coach.openPanel(coach.badgeFor('Your reply'));
      expect(ctx).toMatchObject({ site: 'generic', channel: 'other', audience: 'public', customerName: 'Jane Doe' });
      expect(ctx.customerMessage).toContain('I still have not received my refund');
      expect(ctx.debug.message).toBe('readability (main text of a copy of the page)');

      // The popup's debug view shows the same reading.
      await popup.reload();
      const reading = popup.locator('[data-tc-popup="reading"]');
      await expect(reading.locator('[data-field="site"]')).toHaveText('Any site you add');
      await expect(reading.locator('[data-field="customer-name"]')).toHaveText('Jane Doe');

      await popup.locator('[data-tc-popup="remove"]').click();
      await expect(popup.locator('[data-tc-popup="site"]')).toHaveAttribute('data-state', 'unknown');
      expect(await registered()).toEqual([]);
      coach = await openRequest(page);
      await coach.typeIn(BOX, CANNED);
      await page.waitForTimeout(800);
      await expect(coach.badges).toHaveCount(0);
    },
  );

  plain('switched off from the popup: no box is coached on that site; on again: coached', async () => {
    const page = await context.newPage();
    await openRequest(page);
    const popup = await popupFor(page);
    await popup.locator('[data-tc-popup="add"]').click();
    await expect(popup.locator('[data-tc-popup="switch"]')).toBeChecked();
    await popup.locator('[data-tc-popup="switch"]').click();
    await expect(popup.locator('[data-tc-popup="switch"]')).not.toBeChecked();

    let coach = await openRequest(page);
    await coach.typeIn(BOX, CANNED);
    await page.waitForTimeout(800);
    await expect(coach.badges).toHaveCount(0);

    await popup.locator('[data-tc-popup="switch"]').click();
    await expect(popup.locator('[data-tc-popup="switch"]')).toBeChecked();
    coach = await openRequest(page);
    await coach.typeIn(BOX, CANNED);
    await expect(coach.badgeFor('Your reply')).toHaveAttribute('data-score', /\d+/);
  });
});
