// A Playwright `test` whose browser is Debian's Firefox ESR, driven by Puppeteer over WebDriver BiDi (Playwright
// cannot drive a stock Firefox), with the built Firefox (MV2) extension installed as a temporary add-on. As in
// tests/e2e/helpers/extension.ts, pages are served at real host names and nothing reaches the network; what the
// extension sends is recorded, and any error from the extension's own scripts fails the test.
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageDriver } from '../e2e/helpers/driver';
import type { CoreCase } from '../e2e/helpers/core-checks';

const repo = resolve(import.meta.dirname, '../..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'firefox-mv2');
const BUILT_FIXTURES = resolve(repo, 'tests/fixtures/.built');
const FIXTURE_PAGES = resolve(repo, 'tests/fixtures/pages');
const SITE_PAGES = resolve(repo, 'tests/fixtures/sites');

/**
 * Firefox gives each add-on a random moz-extension:// UUID per profile; pinning it (extensions.webextensions.uuids)
 * lets the browser's log be read for lines from our own scripts.
 */
export const EXTENSION_UUID = '5f0c1e2a-7b3d-4c8e-9a61-2d4f6b8c0e1a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const EXTENSION_ID: string = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;

/** Lines of the browser's log that report an error in a script of the add-on at `origin`. */
export function errorsFrom(log: readonly string[], origin = EXTENSION_ORIGIN): string[] {
  return log.filter((l) => l.includes(`${origin}/`) && /error|exception/i.test(l));
}

/**
 * Firefox's own traffic (remote settings, experiments): it goes to Mozilla's hosts and is not the extension's.
 * Everything else that reaches the recording proxy left the browser without passing the page's interception.
 */
const BROWSER_OWN = /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net)(?::\d+)?$/;

/** A proxy that connects nowhere and records each request Firefox sends it (host for HTTPS, URL for HTTP). */
function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const host = new URL(req.url ?? '', 'http://unknown').host;
    if (!BROWSER_OWN.test(host)) seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    if (!BROWSER_OWN.test(req.url ?? '')) seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as { port: number }).port, seen })),
  );
}

export interface FirefoxOptions {
  /** More preferences for this browser (e.g. a Web API switched off). */
  prefs?: Record<string, unknown>;
}

/** One Firefox with the extension installed, its log, and the requests that left it. */
export class FirefoxWithExtension {
  private constructor(
    readonly browser: Browser,
    /** The browser's stdout and stderr, line by line (the extension's errors among them). */
    readonly log: string[],
    /** Requests that left the browser outside a page's interception: the background page's, for one. */
    readonly escaped: string[],
    private proxy: Server,
    /** An extension page (the welcome tab the extension opens on install): the extension's APIs, for set-up. */
    readonly extensionPage: Page,
  ) {}

  static async launch(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
    if (!existsSync(FIREFOX_PATH))
      throw new Error(
        `No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr (.ci/setup.sh) or set FIREFOX_PATH.`,
      );
    const proxy = await recordingProxy();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1100, height: 800 },
      extraPrefsFirefox: {
        // The background page's console and errors, and the content scripts', printed to stdout.
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
        'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
        // Optional permissions are granted without Firefox's prompt (which a headless test cannot click).
        'extensions.webextOptionalPermissionPrompts': false,
        // Every request not served by a page's interception goes to the recording proxy, never the network.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        ...options.prefs,
      },
    });
    const log: string[] = [];
    let partial = '';
    const onData = (chunk: Buffer): void => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      log.push(...lines);
    };
    browser.process()?.stdout?.on('data', onData);
    browser.process()?.stderr?.on('data', onData);
    const before = new Set(await browser.pages());
    await browser.installExtension(EXTENSION_DIR);
    const extensionPage = await waitForExtensionPage(browser, before);
    return new FirefoxWithExtension(browser, log, proxy.seen, proxy.server, extensionPage);
  }

  /** Back to a fresh install's state: other tabs closed, storage empty, added sites and their permissions gone. */
  async reset(): Promise<void> {
    await Promise.all(
      (await this.browser.pages()).filter((p) => p !== this.extensionPage).map((p) => p.close().catch(() => {})),
    );
    await this.extensionPage.evaluate(async () => {
      const b = (globalThis as any).browser;
      await b.storage.local.clear();
      const scripts = await b.scripting.getRegisteredContentScripts();
      if (scripts.length) await b.scripting.unregisterContentScripts({ ids: scripts.map((s: any) => s.id) });
      const declared = new Set(b.runtime.getManifest().permissions);
      const granted = ((await b.permissions.getAll()).origins ?? []).filter((o: string) => !declared.has(o));
      if (granted.length) await b.permissions.remove({ origins: granted });
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
    this.proxy.close();
  }
}

/**
 * The welcome page the extension opens in a tab on install (entrypoints/background/welcome.ts). WebDriver BiDi
 * reports its address as about:blank and cannot navigate to moz-extension:// addresses, but script runs in it
 * with the extension's APIs, and the page itself may go to another of the extension's pages.
 */
async function waitForExtensionPage(browser: Browser, before: Set<Page>): Promise<Page> {
  for (const until = Date.now() + 15_000; Date.now() < until;) {
    for (const p of await browser.pages()) {
      if (before.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(EXTENSION_ORIGIN)) return p;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extension did not open its welcome page after install: no extension page to set tests up.');
}

/** The shared checks' driver over a Puppeteer page. */
export function puppeteerDriver(page: Page): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    type: (text, delay = 15) => page.keyboard.type(text, { delay }),
    // Puppeteer presses one key at a time: a chord is its modifiers held down around the key.
    async press(keys) {
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    move: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
  };
}

export interface Fixtures {
  /** A new tab; pages are served at real host names through its request interception. */
  tab: Page;
  /** Serves `html` (a string, or a file in tests/fixtures/pages/ or tests/fixtures/sites/) at exactly `url`. */
  serve(url: string, html: string): Promise<void>;
  /**
   * Requests made by the extension during the test (must stay empty): those that left the browser outside a
   * page's interception, and any request from a tab other than its page and editor bundle. (BiDi does not say
   * which script made a request; the fixture pages make no other request themselves.)
   */
  extensionRequests: string[];
  /** The shared Firefox, reset to a fresh install's state before the test. */
  firefox: FirefoxWithExtension;
  /** The pages `serve` was given: address without #fragment to HTML. */
  routes: Map<string, string>;
}

export const test = base.extend<Fixtures, { sharedFirefox: FirefoxWithExtension }>({
  sharedFirefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const firefox = await FirefoxWithExtension.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker', timeout: 180_000 }, // a launch takes seconds, minutes on a loaded machine,
  ],
  firefox: [
    async ({ sharedFirefox }, use) => {
      await sharedFirefox.reset();
      const from = sharedFirefox.log.length;
      await use(sharedFirefox);
      // Any error from the extension's own scripts (background page, content scripts, its pages) fails the test.
      expect(errorsFrom(sharedFirefox.log.slice(from)), 'errors from the extension in the browser log').toEqual([]);
    },
    { auto: true },
  ],
  extensionRequests: async ({ firefox }, use) => {
    const from = firefox.escaped.length;
    const seen: string[] = [];
    await use(seen);
    seen.push(...firefox.escaped.slice(from));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  routes: async ({}, use) => use(new Map()),
  serve: async ({ routes }, use) => {
    await use(async (url, html) => {
      let body = html;
      if (/\.html$/.test(html))
        body = readFileSync(
          existsSync(resolve(FIXTURE_PAGES, html)) ? resolve(FIXTURE_PAGES, html) : resolve(SITE_PAGES, html),
          'utf8',
        );
      routes.set(url.replace(/#.*$/, ''), body);
    });
  },
  tab: async ({ firefox, routes, extensionRequests }, use) => {
    const page = await firefox.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const url = r.url();
      // data: and the extension's own files are not network requests (the underline's SVG is a data: URL).
      if (!/^https?:/.test(url)) return void r.continue();
      const html = routes.get(url.replace(/#.*$/, ''));
      if (html !== undefined) return void r.respond({ status: 200, body: html, contentType: 'text/html' });
      const m = /^https:\/\/[^/]+\/__tc_fixtures__\/([\w-]+)\.js$/.exec(url);
      if (m) return void r.respond({ status: 200, body: readFileSync(resolve(BUILT_FIXTURES, `${m[1]}.js`)) });
      // The browser asks every site for its icon by itself.
      if (new URL(url).pathname === '/favicon.ico') return void r.respond({ status: 404, body: '' });
      extensionRequests.push(`page: ${r.method()} ${url}`);
      return void r.abort();
    });
    await use(page);
    await page.close().catch(() => {});
  },
});

export { expect };

/** Opens an editor fixture (tests/fixtures/pages/<fixture>.html) at `url` and puts the caret in its editor. */
export async function openEditor(
  page: Page,
  serve: Fixtures['serve'],
  c: CoreCase & { fixture: string; url: string },
): Promise<void> {
  await serve(c.url, `${c.fixture}.html`);
  await page.goto(c.url);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
  await page.evaluate(() => (window as any).__fixtureReady);
  await page.waitForFunction(() => {
    const root = (window as any).__fixture.editors[0].root as HTMLElement;
    return root.isContentEditable || root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
  });
  await page.evaluate(() => ((window as any).__fixture.editors[0].root as HTMLElement).focus());
}
