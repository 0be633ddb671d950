// Makes docs/images/manager.png and docs/images/popup.png for docs/manager.md: the manager with a brand's own set
// open in the editor (a form per rule, examples run live, the test box), and the popup over a coached reply box
// with a rule turned off. Run: npm run screenshot:manager (builds first; TC_OUT_DIR picks the build).
import { chromium, type BrowserContext } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const extDir = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
const REPLY_URL = 'https://acme.zendesk.com/agent/tickets/42';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticket #42</title>
<style>body { font: 15px/1.4 "Liberation Sans", Arial, sans-serif; margin: 24px; }
textarea { width: 520px; height: 120px; font: inherit; padding: 8px; }</style></head>
<body><h1>Ticket #42: charged twice</h1><p>Ana Lima: I was charged twice for my order. Please fix this.</p>
<textarea id="reply" aria-label="Public reply"></textarea></body></html>`;

const ACME = {
  id: 'acme-voice',
  name: 'Acme voice',
  description: 'How Acme sounds: plain words, our product names, no form letters.',
  version: 1,
  rules: [
    {
      id: 'say-use',
      kind: 'substitution',
      category: 'clarity',
      severity: 'suggestion',
      message: 'Say "{prefer}".',
      swap: { utilise: 'use', 'in order to': 'to' },
      why: 'Plain words read faster and sound like a person.',
      examples: {
        bad: [{ text: 'Please [[utilise]] the reset link.', fix: 'Please use the reset link.' }],
        good: ['Please use the reset link.'],
      },
    },
    {
      id: 'acme-names',
      kind: 'casing',
      category: 'brand',
      severity: 'warning',
      message: 'Write "{prefer}" the way Acme writes it.',
      terms: ['AcmePay', 'Acme One'],
    },
  ],
};

async function launch(width: number, height: number): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 2,
    colorScheme: 'light',
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
}

async function workerOf(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function manager(): Promise<void> {
  const context = await launch(1100, 1500);
  const worker = await workerOf(context);
  const id = new URL(worker.url()).host;
  await worker.evaluate((set) => {
    const record = {
      format: 1,
      ruleSet: set,
      enabled: true,
      scope: { sites: ['acme.zendesk.com'] },
      updatedAt: Date.now(),
    };
    return (globalThis as any).chrome.storage.local.set({
      userRuleSets: [set.id],
      [`ruleSet:${set.id}`]: record,
      [`ruleSetGood:${set.id}`]: record,
    });
  }, ACME);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${id}/options.html`);
  const mine = page.locator('[data-tc="rule-set"][data-origin="user"]');
  await mine.locator('[data-tc="edit"]').click();
  await page.locator('[data-tc="rule-set-editor"]').waitFor();
  await page
    .locator('[data-tc="test-reply"]')
    .fill('Hi Ana, please utilise the AcmePay app in order to see the refund.');
  await page.locator('[data-tc="test-results"] [data-tc="mark"]').first().waitFor();
  await page.screenshot({ path: resolve(repo, 'docs/images/manager.png'), fullPage: false });
  await context.close();
}

async function popup(): Promise<void> {
  const context = await launch(900, 700);
  const worker = await workerOf(context);
  const id = new URL(worker.url()).host;
  await worker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({ disabledRules: ['social-care/exclamations'] }),
  );
  await context.route('**/*', (route) =>
    route.request().url() === REPLY_URL
      ? route.fulfill({ body: PAGE, contentType: 'text/html' })
      : route.request().url().startsWith('chrome-extension://')
        ? route.continue()
        : route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(REPLY_URL);
  await page.locator('#reply').click();
  await page.keyboard.type('Hi Ana, we apologize for any inconvenience. Please call our 800 number.', { delay: 5 });
  await page.waitForFunction(
    () =>
      Number(
        document
          .querySelector('tone-coach-ui')
          ?.shadowRoot?.querySelector('[data-tc="badge"]')
          ?.getAttribute('data-count'),
      ) > 0,
  );
  const tabId = await worker.evaluate(
    async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id as number,
    REPLY_URL,
  );
  const pop = await context.newPage();
  await pop.setViewportSize({ width: 380, height: 760 });
  await pop.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await pop.locator('[data-tc-popup="draft"]').waitFor();
  await pop.locator('[data-tc-popup="rule-off"]').waitFor();
  await pop.screenshot({ path: resolve(repo, 'docs/images/popup.png'), fullPage: true });
  await context.close();
}

async function main(): Promise<void> {
  readFileSync(resolve(extDir, 'manifest.json')); // a clear error when the build is missing
  await manager();
  await popup();
  console.log('wrote docs/images/manager.png and docs/images/popup.png');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
