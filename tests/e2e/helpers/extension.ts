// A Playwright `test` whose browser is Debian's Chromium with the built extension loaded, pages served at real
// host names through routing (nothing reaches the network), and every request the extension makes recorded.
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
export const BUILT_FIXTURES = resolve(repo, 'tests/fixtures/.built');
const FIXTURE_PAGES = resolve(repo, 'tests/fixtures/pages');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  }
}

interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: Array<{ url: string }>; parent?: Initiator['stack'] };
}

function initiatedByExtension(init: Initiator): boolean {
  if (init.url?.startsWith('chrome-extension://')) return true;
  for (let st = init.stack; st; st = st.parent)
    if (st.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  return false;
}

export interface Fixtures {
  /** Routes exactly `url` to `html` (a string, or a file name in tests/fixtures/pages/). */
  serve(url: string, html: string): Promise<void>;
  /** Requests made by the extension (its worker, or anything not served by `serve`): must stay empty. */
  extensionRequests: string[];
}

export interface WorkerFixtures {
  chromiumExecutable: string;
  /** One browser per Playwright worker, reset before each test that shares it (see `context`). */
  sharedContext: BrowserContext;
}

export interface Options {
  /**
   * A browser of its own for this test, for tests that stop the extension's worker, reload the extension or need a
   * policy in place before the browser starts (`test.use({ freshBrowser: true })`).
   */
  freshBrowser: boolean | 'with-welcome';
}

function launchWithExtension(executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
}

/** Whether `url` is the welcome page the extension opens once when it is installed. */
export const isWelcomePage = (url: string): boolean => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test(url);

/**
 * A fresh install opens the welcome page once (entrypoints/background/welcome.ts). Tests start without it: it is
 * closed as soon as it shows (within a few seconds of the launch; a build without it costs nothing but the wait).
 */
async function launchWithoutWelcome(executablePath: string): Promise<BrowserContext> {
  const context = await launchWithExtension(executablePath);
  for (let waited = 0; waited < 5000; waited += 100) {
    const welcome = context.pages().find((p) => isWelcomePage(p.url()));
    if (welcome) {
      await welcome.close().catch(() => undefined);
      break;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return context;
}

/**
 * Brings a shared browser back to a fresh install's state: no pages, routes, cookies or permissions from the last
 * test; the extension's storage empty; sites added at runtime unregistered and their permissions given back.
 * Launching a browser per test cost about 3 to 5 seconds of every test.
 */
async function resetForNextTest(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((p) => p.close()));
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeForReset }).chrome;
    await c.storage.local.clear();
    const scripts = await c.scripting.getRegisteredContentScripts();
    if (scripts.length) await c.scripting.unregisterContentScripts({ ids: scripts.map((x) => x.id) });
    const declared = new Set(c.runtime.getManifest().host_permissions ?? []);
    const granted = ((await c.permissions.getAll()).origins ?? []).filter((o) => !declared.has(o));
    if (granted.length) await c.permissions.remove({ origins: granted });
  });
}

interface ChromeForReset {
  storage: { local: { clear(): Promise<void> } };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
    unregisterContentScripts(f: { ids: string[] }): Promise<void>;
  };
  runtime: { getManifest(): { host_permissions?: string[] } };
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(p: { origins: string[] }): Promise<boolean> };
}

export const test = base.extend<Fixtures & Options & { context: BrowserContext; extensionId: string }, WorkerFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  chromiumExecutable: [async ({}, use) => use(chromiumPath()), { scope: 'worker' }],
  sharedContext: [
    async ({ chromiumExecutable }, use) => {
      const context = await launchWithoutWelcome(chromiumExecutable);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  freshBrowser: [false, { option: true }],
  // Every test starts from a fresh install's state: settings such as "turn off this rule" never leak from one test
  // to the next. A shared browser is reset; a test that asks for it gets a browser of its own.
  context: async ({ chromiumExecutable, freshBrowser, sharedContext }, use) => {
    if (freshBrowser) {
      const context = await (freshBrowser === 'with-welcome' ? launchWithExtension : launchWithoutWelcome)(
        chromiumExecutable,
      );
      await use(context);
      await context.close();
      return;
    }
    await resetForNextTest(sharedContext);
    await use(sharedContext);
    await Promise.all(sharedContext.pages().map((p) => p.close()));
    await sharedContext.unrouteAll({ behavior: 'ignoreErrors' });
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  extensionRequests: async ({ context }, use) => {
    const seen: string[] = [];
    const isNetwork = (url: string): boolean => /^(?:https?|wss?):/.test(url);
    // The worker's own requests.
    const onRequest = (r: import('@playwright/test').Request): void => {
      if (r.serviceWorker() && isNetwork(r.url())) seen.push(`worker: ${r.method()} ${r.url()}`);
    };
    context.on('request', onRequest);
    // Requests from pages whose initiator is extension code (a content script's fetch, an image it adds...).
    // The page's own requests (an editor's telemetry, say) are not the extension's and are not counted.
    const watchPage = async (page: import('@playwright/test').Page): Promise<void> => {
      const cdp = await context.newCDPSession(page).catch(() => null);
      if (!cdp) return;
      cdp.on(
        'Network.requestWillBeSent',
        (e: { request: { url: string; method: string }; initiator: Initiator; documentURL?: string }) => {
          const fromExtension = initiatedByExtension(e.initiator) || e.documentURL?.startsWith('chrome-extension://');
          if (isNetwork(e.request.url) && fromExtension) seen.push(`page: ${e.request.method} ${e.request.url}`);
        },
      );
      await cdp.send('Network.enable').catch(() => undefined);
    };
    context.pages().forEach((p) => void watchPage(p));
    const onPage = (p: import('@playwright/test').Page): void => void watchPage(p);
    context.on('page', onPage);
    await use(seen);
    context.off('request', onRequest);
    context.off('page', onPage);
  },
  serve: async ({ context, extensionRequests }, use) => {
    void extensionRequests; // set up recording before any page loads
    const pages = new Map<string, string>();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const html = pages.get(url.replace(/#.*$/, ''));
      if (html !== undefined) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      const m = /^https:\/\/[^/]+\/__tc_fixtures__\/([\w-]+)\.js$/.exec(url);
      if (m)
        return route.fulfill({
          body: readFileSync(resolve(BUILT_FIXTURES, `${m[1]}.js`)),
          contentType: 'text/javascript',
        });
      // CKEditor 4 loads its language, skin and plugin files beside ckeditor.js: served from its npm package.
      const ck = /^https:\/\/[^/]+\/__tc_fixtures__\/ckeditor4\/([\w/.-]+)(?:\?.*)?$/.exec(url);
      if (ck && !ck[1]!.includes('..')) {
        const file = resolve(repo, 'node_modules/ckeditor4', ck[1]!);
        if (!existsSync(file)) return route.abort('blockedbyclient');
        return route.fulfill({
          body: readFileSync(file),
          contentType: file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : '',
        });
      }
      // The extension's own pages (the popup) load their files from the extension.
      if (url.startsWith('chrome-extension://')) return route.continue();
      return route.abort('blockedbyclient');
    });
    await use(async (url, html) => {
      pages.set(
        url.replace(/#.*$/, ''),
        /\.html$/.test(html) ? readFileSync(resolve(FIXTURE_PAGES, html), 'utf8') : html,
      );
    });
  },
});

export { expect } from '@playwright/test';

/** Writes extension settings (chrome.storage.local) through the extension's worker, as the popup would. */
export async function setSettings(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (i) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set(i),
    items,
  );
}
