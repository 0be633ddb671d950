// Drives the site adapters against their fixture pages in Chromium, without the extension: the adapters are
// bundled with esbuild and run in an ISOLATED world created over CDP (what a content script gets), on the site
// fixture served at the site's real URL, with the real editors mounted in the page. This checks what each
// adapter reads, box by box, before the whole extension is involved (the per-site specs also check it through
// the extension's panel).
import { chromium, expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContextInput } from '../../../rules/schema';

const repo = resolve(import.meta.dirname, '../../..');
const SITE_PAGES = resolve(repo, 'tests/fixtures/sites');
const BUILT = resolve(repo, 'tests/fixtures/.built');
const BUNDLE = resolve(BUILT, 'sites-harness/__sites.js');

let built: Promise<void> | null = null;
/** Bundles the site adapters once per run (the editor fixtures are bundled by the e2e global setup). */
function buildSites(): Promise<void> {
  built ??= (async () => {
    mkdirSync(resolve(BUILT, 'sites-harness'), { recursive: true });
    await build({
      stdin: {
        contents:
          "import { adapterFor, siteFor, ALL_SITES } from './index';\n" +
          "import { forgetReadability } from './generic';\n" +
          // What the worker injects on a generic page's first read (entrypoints/readability.ts), here from the start.
          "import { Readability } from '@mozilla/readability';\n" +
          "import { provideReadability } from '../../../utils/readability-slot';\n" +
          'provideReadability(Readability);\n' +
          '(globalThis as any).__tcSites = { adapterFor, siteFor, ALL_SITES, forgetReadability };',
        resolveDir: resolve(repo, 'entrypoints/content/sites'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      outfile: BUNDLE,
      logLevel: 'error',
    });
  })();
  return built;
}

export interface BoxReading {
  site: string;
  isReplyBox: boolean | null;
  context: ContextInput;
  debug: Record<string, string>;
}

/** Reads the site fixture's HTML (tests/fixtures/sites/<name>.html). */
export function sitePage(name: string): string {
  return readFileSync(resolve(SITE_PAGES, `${name}.html`), 'utf8');
}

/** An expression: the first element matching a selector in the document or in any open shadow root (X Chat). */
const DEEP = `((sel) => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    const hit = roots[i].querySelector(sel);
    if (hit) return hit;
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
})`;

export class SitePage {
  constructor(
    readonly page: Page,
    private cdp: CDPSession,
    private contextId: number,
  ) {}

  private async iso<T>(expression: string): Promise<T> {
    const res = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  }

  /**
   * What the page's adapter says about the box matched by `selector` (a CSS selector; the editor roots of the
   * fixture also carry data-fixture-root="<id of their host>").
   */
  read(selector: string): Promise<BoxReading> {
    return this.iso<BoxReading>(`(() => {
      const box = ${DEEP}(${JSON.stringify(selector)});
      if (!box) throw new Error('no element matches ' + ${JSON.stringify(selector)});
      const site = globalThis.__tcSites.adapterFor(location);
      const r = site.read(box, document);
      const rb = site.isReplyBox ? site.isReplyBox(box) : undefined;
      return { site: site.id, isReplyBox: rb === undefined ? null : rb, context: r.context, debug: r.debug };
    })()`);
  }

  /** isReplyBox for the element matched by `selector` (null = undefined: decide generically). */
  isReplyBox(selector: string): Promise<boolean | null> {
    return this.iso<boolean | null>(`(() => {
      const box = ${DEEP}(${JSON.stringify(selector)});
      if (!box) throw new Error('no element matches ' + ${JSON.stringify(selector)});
      const v = globalThis.__tcSites.adapterFor(location).isReplyBox?.(box);
      return v === undefined ? null : v;
    })()`);
  }

  /** Milliseconds per read of `selector`, averaged over `n` reads (a sanity bound, the benchmark is elsewhere). */
  timeRead(selector: string, n = 50): Promise<number> {
    return this.iso<number>(`(() => {
      const box = document.querySelector(${JSON.stringify(selector)});
      const site = globalThis.__tcSites.adapterFor(location);
      const t0 = performance.now();
      for (let i = 0; i < ${n}; i++) site.read(box, document);
      return (performance.now() - t0) / ${n};
    })()`);
  }

  /** Runs `body` (a function body with `document`) in the isolated world. */
  eval<T>(body: string): Promise<T> {
    return this.iso<T>(`(() => { ${body} })()`);
  }
}

/**
 * Serves `html` at `url` (and the editor fixtures at /__tc_fixtures__/), waits for the editors to mount,
 * marks each editor root with data-fixture-root, and loads the adapters into an isolated world.
 */
export async function openSite(browser: Browser, url: string, html: string): Promise<SitePage> {
  await buildSites();
  const page = await browser.newPage();
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.href === new URL(url).href.replace(/#.*$/, ''))
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    const m = /^\/__tc_fixtures__\/([\w-]+)\.js$/.exec(u.pathname);
    const file = m ? resolve(BUILT, `${m[1]}.js`) : '';
    if (m && existsSync(file)) return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
  await page.evaluate(() => (window as any).__fixtureReady);
  await page.waitForFunction(() =>
    ((window as any).__fixture.editors as { root: HTMLElement }[]).every(
      (e) => e.root.isContentEditable || e.root instanceof HTMLTextAreaElement || e.root instanceof HTMLInputElement,
    ),
  );
  await page.evaluate(() => {
    for (const e of (window as any).__fixture.editors as { id: string; root: HTMLElement }[])
      e.root.setAttribute('data-fixture-root', e.id);
  });
  const cdp = await page.context().newCDPSession(page);
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: tree.frameTree.frame.id,
    worldName: 'tone-coach-sites',
  })) as { executionContextId: number };
  const loaded = (await cdp.send('Runtime.evaluate', {
    expression: readFileSync(BUNDLE, 'utf8'),
    contextId: executionContextId,
  })) as {
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (loaded.exceptionDetails)
    throw new Error(loaded.exceptionDetails.exception?.description ?? loaded.exceptionDetails.text);
  expect(errors, 'page errors while mounting').toEqual([]);
  return new SitePage(page, cdp, executionContextId);
}

/**
 * One browser per spec file for the adapter checks: `site.open(url, name)` serves the fixture and returns the
 * page to read from (closed after each test).
 */
export function adapterPages(): { open(url: string, name: string, html?: string): Promise<SitePage> } {
  let browser: Browser | undefined;
  const pages: SitePage[] = [];
  test.beforeAll(async () => {
    browser = await launch();
  });
  test.afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.page.close()));
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(url, name, html) {
      const s = await openSite(browser!, url, html ?? sitePage(name));
      pages.push(s);
      return s;
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}

/** Every debug value that says the site's own markers were missing. */
export function fallbacks(debug: Record<string, string>): string[] {
  return Object.entries(debug)
    .filter(([, v]) => v.startsWith('fallback:'))
    .map(([k, v]) => `${k}: ${v}`);
}
