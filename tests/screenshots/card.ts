// Makes tests/screenshots/card.png and panel.png for the README and docs/live-coaching.md: the card over a reply box
// (the Draft.js fixture on an X-like page) with Why open, and the panel docked beside the box. Run: npm run
// screenshot:card (after npm run build; TC_OUT_DIR picks the build). TC_SHOT_SUFFIX=-before writes card-before.png
// and panel-before.png instead (the "before" pictures in docs/live-coaching.md were made from the build before
// issue 11).
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const extDir = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
const out = resolve(repo, 'tests/fixtures/.built');
const URL = 'https://x.com/acme_help/status/1';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Help on X</title>
<style>
  body { margin: 0; font: 15px/1.4 "Liberation Sans", Arial, sans-serif; color: #0f1419; background: #fff; }
  main { width: 600px; margin: 0 auto; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; min-height: 100vh; }
  header { padding: 12px 16px; font-weight: 700; font-size: 20px; border-bottom: 1px solid #eff3f4; }
  article { padding: 12px 16px; border-bottom: 1px solid #eff3f4; display: flex; gap: 12px; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #cfd9de; flex: none; }
  .who b { margin-right: 4px; } .who span { color: #536471; }
  .compose { padding: 12px 16px; display: flex; gap: 12px; }
  .compose .box { flex: 1; font-size: 18px; min-height: 96px; }
  .actions { display: flex; justify-content: flex-end; padding: 0 16px 12px; }
  .actions button { background: #1d9bf0; color: #fff; border: 0; border-radius: 18px; padding: 8px 16px; font-weight: 700; }
  .public-DraftEditorPlaceholder-root { color: #536471; position: absolute; pointer-events: none; }
</style></head>
<body><main>
  <header>Post</header>
  <article data-testid="tweet"><div class="avatar"></div><div>
    <div class="who"><b>Sam Rivera</b><span>@samr · 2h</span></div>
    <div data-testid="tweetText">@acme_help my order was charged twice and nobody answers email. Third time asking. Fix it.</div>
  </div></article>
  <div class="compose"><div class="avatar" style="background:#1d9bf0"></div>
    <div class="box"><div id="reply" data-fixture-editor="draftjs" aria-label="Post text"></div></div></div>
  <div class="actions"><button type="button">Reply</button></div>
</main><script src="/__tc_fixtures__/draftjs.js"></script></body></html>`;

async function main(): Promise<void> {
  await build({
    entryPoints: [resolve(repo, 'tests/fixtures/editors/draftjs.tsx')],
    bundle: true,
    format: 'iife',
    outdir: out,
    jsx: 'automatic',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1040, height: 720 },
    deviceScaleFactor: 2,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL) return route.fulfill({ body: PAGE, contentType: 'text/html' });
    if (url.endsWith('/__tc_fixtures__/draftjs.js'))
      return route.fulfill({ body: readFileSync(resolve(out, 'draftjs.js')), contentType: 'text/javascript' });
    return route.abort();
  });
  const page = await context.newPage();
  await page.waitForTimeout(500);
  // A fresh install opens the welcome page: not in the picture.
  for (const p of context.pages()) if (p !== page) await p.close();
  await page.goto(URL);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.[0]?.root?.isContentEditable);
  await page.evaluate(() => (window as any).__fixture.editors[0].root.focus());
  await page.keyboard.type('Hi Sam, we apologize for any inconvenience. Please call our 800 number.', { delay: 10 });
  await page.locator('tone-coach-ui [data-tc="badge"]').waitFor();
  await page.waitForFunction(() => CSS.highlights.size > 0);
  const at = await page.evaluate(() => {
    const h = CSS.highlights.get('tc-error')!;
    const r = [...(h as unknown as Iterable<Range>)][0]!.getClientRects()[0]!;
    return { x: r.left + 30, y: r.top + r.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  const card = page.locator('tone-coach-ui [data-tc="card"]');
  await card.waitFor();
  await card.locator('[data-tc="why"]').click();
  await page.waitForTimeout(300);
  const suffix = process.env.TC_SHOT_SUFFIX ?? '';
  await page.screenshot({ path: resolve(repo, `tests/screenshots/card${suffix}.png`) });
  // The panel, from the badge (the card goes).
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page.locator('tone-coach-ui [data-tc="badge"]').click();
  await page.locator('tone-coach-ui [data-tc="panel"]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(repo, `tests/screenshots/panel${suffix}.png`) });
  await context.close();
  console.log(`wrote tests/screenshots/card${suffix}.png and panel${suffix}.png`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
