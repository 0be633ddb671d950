// The main job on a fresh machine (bash .ci/demo): Chromium with the built extension on a demo reply box, an X
// post page built with the real Draft.js editor and served at https://x.com through request routing (nothing
// reaches the network). With a display, the browser stays open for you to type in; without one (a server, CI),
// the demo types a canned reply itself, prints what the coach shows and saves a screenshot.
//   node tests/demo/demo.ts            (after npm run build)
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import globalSetup, { FIXTURE_OUT } from '../e2e/global-setup.ts';

const repo = resolve(import.meta.dirname, '../..');
const extension = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
const page = readFileSync(resolve(repo, 'tests/fixtures/sites/x.html'), 'utf8');
const URL = 'https://x.com/acme_help/status/1';
const shot = resolve(repo, 'tests/demo/demo.png');

await globalSetup(); // checks the build exists and bundles the real editor for the page
const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim(),
  headless,
  viewport: { width: 1000, height: 720 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url === URL) return route.fulfill({ body: page, contentType: 'text/html' });
  const m = /^https:\/\/x\.com\/__tc_fixtures__\/([\w-]+)\.js$/.exec(url);
  if (m)
    return route.fulfill({ body: readFileSync(resolve(FIXTURE_OUT, `${m[1]}.js`)), contentType: 'text/javascript' });
  return url.startsWith('chrome-extension://') ? route.continue() : route.abort();
});
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(URL);

if (!headless) {
  console.log(
    `Chromium is open on ${URL} with Tone Coach. Type a reply in the box (try "Please call our 800 number."),`,
  );
  console.log('click the badge for the panel, hover an underline for the card. Close the window to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  const box = tab
    .locator('[data-testid="tweetTextarea_0"] [contenteditable="true"], .public-DraftEditor-content')
    .first();
  await box.click();
  await tab.keyboard.type('Please call our 800 number.', { delay: 20 });
  const badge = tab.locator('tone-coach-ui [data-tc="badge"]').first();
  await badge.waitFor({ timeout: 10_000 });
  // The coach checks after a pause in typing: wait until the badge has stopped changing.
  let last = '';
  for (let stable = 0; stable < 4;) {
    await tab.waitForTimeout(250);
    const now = `${await badge.getAttribute('data-count')}/${await badge.getAttribute('data-score')}`;
    stable = now === last && now !== '0/100' ? stable + 1 : 0;
    last = now;
  }
  await badge.click();
  const findings = await tab
    .locator('tone-coach-ui [data-tc="finding"]')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-severity')} ${e.getAttribute('data-category')} ${e.getAttribute('data-rule')}: ${(e.textContent ?? '').trim().slice(0, 100)}`,
      ),
    );
  console.log(`Typed "Please call our 800 number." into the X reply box at ${URL}.`);
  console.log(
    `Badge: score ${await badge.getAttribute('data-score')}, ${await badge.getAttribute('data-count')} finding(s):`,
  );
  for (const f of findings) console.log(`  ${f}`);
  await tab.screenshot({ path: shot });
  console.log(`Screenshot: ${shot} (no display here; with one, the browser stays open for you).`);
  await context.close();
}
