// Drives one editor adapter against its real-editor fixture in Chromium, without the extension: the adapter bundle
// runs in an ISOLATED world created over CDP (what a content script gets), while the editor runs in the page.
// This proves the input path works from the isolated world before the full content script is involved.
import { chromium, expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
const outDir = resolve(repo, 'tests/fixtures/.built/editors-harness');

export interface EditorCase {
  /** Fixture file name without extension (tests/fixtures/editors/<fixture>.ts[x]) */
  fixture: string;
  /** Adapter export in entrypoints/content/editors/<adapter>.ts */
  adapter: string;
  url: string;
  /** Key that makes a new paragraph in this editor. */
  newParagraph?: string;
}

let built: Promise<void> | null = null; // rebuilt once per run
/** Bundles every editor fixture and an adapter bundle once per run. */
export function buildAll(): Promise<void> {
  built ??= (async () => {
    mkdirSync(outDir, { recursive: true });
    const fixtures = ['draftjs.tsx', 'lexical.ts', 'prosemirror.ts', 'tiptap.ts', 'ckeditor5.ts', 'quill.ts', 'slate.tsx', 'froala.ts'];
    await build({
      entryPoints: fixtures.map((f) => resolve(repo, 'tests/fixtures/editors', f)),
      bundle: true, format: 'iife', outdir: outDir, jsx: 'automatic', logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' }, minify: true,
    });
    const names = ['draftjs', 'lexical', 'prosemirror', 'ckeditor5', 'quill', 'slate', 'froala'];
    await build({
      stdin: {
        contents:
          names.map((n) => `import { ${n}Adapter } from './${n}';`).join('\n') +
          `\nimport { caretOffset, readBlocks, replaceInBlocks } from './block-editor';\n` +
          `(globalThis as any).__tc = { adapters: { ${names.map((n) => `${n}: ${n}Adapter`).join(', ')} }, caretOffset, readBlocks, replaceInBlocks };`,
        resolveDir: resolve(repo, 'entrypoints/content/editors'),
        loader: 'ts',
      },
      bundle: true, format: 'iife', outfile: resolve(outDir, '__adapters.js'), logLevel: 'error',
    });
  })();
  return built;
}

export class EditorPage {
  constructor(
    readonly page: Page,
    private cdp: CDPSession,
    private contextId: number,
    readonly c: EditorCase,
  ) {}

  /** Evaluates `body` (a function body using `tc`, `adapter`, `root`) in the isolated world. */
  async iso<T>(body: string, arg: unknown = null): Promise<T> {
    const expression = `(async (arg) => { const tc = globalThis.__tc; const adapter = tc.adapters[${JSON.stringify(this.c.adapter)}];
      const root = adapter.find(document.activeElement ?? document.body) ?? adapter.find(document.querySelector('[contenteditable="true"]'));
      ${body} })(${JSON.stringify(arg)})`;
    const res = (await this.cdp.send('Runtime.evaluate', {
      expression, contextId: this.contextId, awaitPromise: true, returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  }

  modelText(): Promise<string> {
    return this.page.evaluate(() => (window as any).__fixture.editors[0].getText() as string);
  }
  adapterText(): Promise<string> {
    return this.iso<string>('return adapter.read(root).text;');
  }
  caret(): Promise<number | null> {
    return this.iso<number | null>('return tc.caretOffset(root, tc.readBlocks(root));');
  }
  replace(start: number, end: number, replacement: string, expected: string): Promise<{ ok: boolean; reason?: string; path?: string }> {
    return this.iso('return adapter.replace(root, arg[0], arg[1], arg[2], arg[3]);', [start, end, replacement, expected]);
  }
  /** Replaces the first occurrence of `from` (in the adapter's text) with `to`. */
  async replaceFirst(from: string, to: string): Promise<{ ok: boolean; reason?: string; path?: string; start: number }> {
    const text = await this.adapterText();
    const start = text.indexOf(from);
    expect(start, `"${from}" in "${text}"`).toBeGreaterThanOrEqual(0);
    return { ...(await this.replace(start, start + from.length, to, from)), start };
  }
  /** Types like a user; "\n" becomes the editor's new-paragraph key. */
  async type(text: string): Promise<void> {
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await this.page.keyboard.press(this.c.newParagraph ?? 'Enter');
      if (parts[i]) await this.page.keyboard.type(parts[i]!, { delay: 5 });
    }
  }
}

export async function openEditor(browser: Browser, c: EditorCase): Promise<EditorPage> {
  await buildAll();
  const page = await browser.newPage();
  const html = readFileSync(resolve(repo, 'tests/fixtures/pages', `${c.fixture}.html`), 'utf8');
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.href === c.url) return route.fulfill({ body: html, contentType: 'text/html' });
    const m = /^\/__tc_fixtures__\/([\w-]+)\.js$/.exec(u.pathname);
    if (m) return route.fulfill({ body: readFileSync(resolve(outDir, `${m[1]}.js`)), contentType: 'text/javascript' });
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(c.url);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
  await page.evaluate(() => (window as any).__fixtureReady);
  await page.waitForFunction(() => (window as any).__fixture.editors[0].root.isContentEditable);
  await page.evaluate(() => (window as any).__fixture.editors[0].root.focus());
  const cdp = await page.context().newCDPSession(page);
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: tree.frameTree.frame.id, worldName: 'tone-coach-test',
  })) as { executionContextId: number };
  await cdp.send('Runtime.evaluate', {
    expression: readFileSync(resolve(outDir, '__adapters.js'), 'utf8'), contextId: executionContextId,
  });
  expect(errors, 'page errors while mounting').toEqual([]);
  return new EditorPage(page, cdp, executionContextId, c);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}

const UNDO = 'Control+z';
const REDO = 'Control+Shift+z';
const settle = (page: Page, ms = 150): Promise<void> => page.waitForTimeout(ms);

/**
 * The adapter-level checks every editor runs. `fixme` lists checks known to fail for this editor, with the reason;
 * they run as test.fixme so they stay visible.
 */
export const adapterChecks = {
  async applyCaretNextKey(e: EditorPage): Promise<void> {
    await e.type('Please call our 800 number.');
    await settle(e.page, 700); // past typical undo-grouping windows, like an agent reading the hint
    expect(await e.adapterText()).toBe(await e.modelText());
    // A stale finding is refused without editing.
    const stale = await e.replace(16, 26, 'phone line', 'something else');
    expect(stale.ok).toBe(false);
    expect(await e.modelText()).toBe('Please call our 800 number.');
    const r = await e.replaceFirst('800 number', 'phone line');
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect(await e.modelText()).toBe('Please call our phone line.');
    expect(await e.caret()).toBe(r.start + 'phone line'.length);
    await e.page.keyboard.type('s', { delay: 5 });
    await settle(e.page);
    expect(await e.modelText()).toBe('Please call our phone lines.');
  },
  async undoRedo(e: EditorPage): Promise<void> {
    await e.type('Please call our 800 number.');
    await settle(e.page, 700);
    const r = await e.replaceFirst('800 number', 'phone line');
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect(await e.modelText()).toBe('Please call our phone line.');
    await e.page.keyboard.press(UNDO);
    await settle(e.page);
    expect(await e.modelText()).toBe('Please call our 800 number.');
    await e.page.keyboard.press(REDO);
    await settle(e.page);
    expect(await e.modelText()).toBe('Please call our phone line.');
  },
  async paragraphsEmojiSeveral(e: EditorPage): Promise<void> {
    await e.type('Hi Sam 😀, sorry!\nPlease  call our 800 number.\n\nThanks 🙏 again');
    await settle(e.page, 700);
    const model = await e.modelText();
    expect(model).toBe('Hi Sam 😀, sorry!\nPlease  call our 800 number.\n\nThanks 🙏 again');
    expect(await e.adapterText()).toBe(model);
    // Several findings in a row, each re-read after the previous apply.
    expect(await e.replaceFirst('sorry', 'thanks for waiting')).toMatchObject({ ok: true });
    await settle(e.page, 100);
    expect(await e.replaceFirst('800 number', 'phone line')).toMatchObject({ ok: true });
    await settle(e.page, 100);
    expect(await e.replaceFirst('🙏 again', 'again 🙂')).toMatchObject({ ok: true });
    const want = 'Hi Sam 😀, thanks for waiting!\nPlease  call our phone line.\n\nThanks again 🙂';
    expect(await e.modelText()).toBe(want);
    expect(await e.adapterText()).toBe(want);
  },
};

export type CheckName = keyof typeof adapterChecks;

/** One describe block per editor: every adapter check, with known failures as test.fixme and their reason. */
export function adapterSuite(title: string, c: EditorCase, known: Partial<Record<CheckName, string>> = {}): void {
  test.describe(`${title} adapter (isolated world, real editor)`, () => {
    let browser: Browser;
    test.beforeAll(async () => {
      browser = await launch();
    });
    test.afterAll(async () => {
      await browser?.close();
    });
    for (const name of Object.keys(adapterChecks) as CheckName[]) {
      const reason = known[name];
      const body = async (): Promise<void> => {
        const e = await openEditor(browser, c);
        try {
          await adapterChecks[name](e);
        } finally {
          await e.page.close();
        }
      };
      if (reason) test.fixme(`${name} — ${reason}`, body);
      else test(name, body);
    }
  });
}
