// Makes docs/images/trainer-side-by-side.png, trainer-presentation.png and trainer-stats.png for docs/trainer.md:
// a built-in scenario side by side, presentation mode on one finding, and the numbers view over a month of counts
// (made-up counts written to storage for the picture; the extension counts real ones as agents type).
// Run: npm run screenshot:trainer (builds first; TC_OUT_DIR picks the build).
import { chromium, type BrowserContext } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { dayOf, scoreBucket, statKey, type StatMetric } from '../../utils/stats-core.ts';

const repo = resolve(import.meta.dirname, '../..');
const extDir = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
const out = resolve(repo, 'docs/images');

async function launch(width: number, height: number): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
}

/** A month of counts for the picture: a team on X and Zendesk, findings falling as the team trains. */
function demoCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (day: string, site: string, channel: string, metric: StatMetric, subject: string, n: number): void => {
    const key = statKey({ day, site, channel, metric, subject });
    if (n > 0) counts[key] = (counts[key] ?? 0) + n;
  };
  const rules: Array<[string, string, number]> = [
    ['social-care/any-inconvenience', 'canned', 9],
    ['social-care/bare-dm', 'canned', 6],
    ['social-care/acknowledge', 'empathy', 5],
    ['plain-language/formal-words', 'clarity', 4],
    ['social-care/phone-deflection', 'canned', 3],
    ['email-helpdesk/greeting-name', 'empathy', 3],
    ['social-care/exclamations', 'tone', 2],
  ];
  let seed = 7;
  const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 29; i >= 0; i--) {
    const day = dayOf(Date.now() - i * 86_400_000);
    const weekend = [0, 6].includes(new Date(Date.now() - i * 86_400_000).getDay());
    const trend = 0.5 + i / 40;
    for (const [site, channel] of [
      ['x.com', 'x'],
      ['acme.zendesk.com', 'email'],
    ] as const) {
      const load = weekend ? 0.3 : 1;
      add(day, site, channel, 'checks', '', Math.round(120 * load * (0.8 + rand() * 0.4)));
      add(day, site, channel, 'sent', '', Math.round(30 * load));
      for (const [rule, category, base] of rules) {
        const n = Math.round(base * trend * load * rand());
        add(day, site, channel, 'finding', rule, n);
        if (n)
          counts[statKey({ day, site, channel, metric: 'category', subject: category })] =
            (counts[statKey({ day, site, channel, metric: 'category', subject: category })] ?? 0) + n;
        add(day, site, channel, 'fix', rule, Math.round(n * 0.6));
      }
      if (channel === 'x')
        for (let r = 0; r < 30 * load; r++)
          add(day, site, channel, 'public-score', scoreBucket(100 - rand() * 60 * trend), 1);
    }
  }
  return counts;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const context = await launch(1400, 1050);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();

  await page.goto(`chrome-extension://${id}/trainer.html#email-billing-error`);
  await page.locator('[data-tc="reply"][data-kind="good"]').waitFor();
  const bad = page.locator('[data-tc="reply"][data-kind="bad"] [data-tc="finding"]').first();
  await bad.locator('[data-tc="why"]').click();
  await page.screenshot({ path: resolve(out, 'trainer-side-by-side.png'), fullPage: false });

  await page.setViewportSize({ width: 1600, height: 900 });
  await page.locator('[data-tc="present"]').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.locator('[data-tc="slide"][data-kind="finding"]').waitFor();
  await page.screenshot({ path: resolve(out, 'trainer-presentation.png') });
  await page.keyboard.press('Escape');

  await worker.evaluate((c) => (globalThis as any).chrome.storage.local.set({ stats: c }), demoCounts());
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(`chrome-extension://${id}/trainer.html#stats`);
  await page.locator('[data-tc="stat"]').first().waitFor();
  // uPlot is loaded when the numbers open: wait for both charts' canvases.
  for (const chart of ['per-day', 'scores']) await page.locator(`[data-chart="${chart}"] canvas`).waitFor();
  await page.screenshot({ path: resolve(out, 'trainer-stats.png') });
  await context.close();
}

await main();
