// Faults under a coached reply: the worker stuck or stopped in the middle of a check, extension storage full, and
// the extension reloaded (as an update does) while a card is open. The draft never changes, and the agent sees one
// plain notice while coaching is paused, gone once it resumes (docs/live-coaching.md, "When things go wrong").
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './helpers/extension';
import { CANNED, Coach } from './helpers/coach';

const URL = 'https://secure.helpscout.net/conversation/7/1';
const textarea = { name: 'Textarea', fixture: 'textarea', url: URL };

/** The extension APIs, inside the service worker's evaluate (no @types/chrome in this project). */
declare const chrome: {
  storage: { local: StorageArea & { QUOTA_BYTES: number; getBytesInUse(k: null): Promise<number> } };
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  runtime: { reload(): void };
};
interface StorageArea {
  get(k: string | null): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
}

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

const notice = (p: Page) => p.locator('tone-coach-ui [data-tc="notice"]');

test('a stuck worker pauses coaching with a notice; its late answer is used and the notice goes; the draft never changes', async ({
  page,
  serve,
  context,
}) => {
  const coach = new Coach(page, textarea);
  await coach.open(undefined, serve);
  await coach.type(CANNED);
  await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);
  // The worker's thread is busy for 9 s: the next check waits in its queue. (Chrome does not stop a worker with a
  // check in flight: DevTools' ServiceWorker.stopAllWorkers waited for this one to finish, and for about 150 s for
  // one whose answer was pending. A worker killed mid-check closes the message channel: ask() asks the restarted
  // worker once, tests/unit/messaging.test.ts.)
  const worker = await workerOf(context);
  const stuck = worker.evaluate(() => {
    for (const end = Date.now() + 9000; Date.now() < end;);
  });
  await coach.type(' Thanks');
  const draft = `${CANNED} Thanks`;
  await expect(notice(page)).toHaveText(/^Coaching paused: Tone Coach is not answering/, { timeout: 9000 });
  await expect(coach.badge).toHaveAttribute('aria-label', 'Tone Coach: coaching paused');
  expect(await coach.modelText()).toBe(draft);
  await stuck;
  await expect(notice(page)).toHaveCount(0);
  await expect(coach.badge).not.toHaveAttribute('data-paused');
  await expect(coach.badge).toHaveAttribute('aria-label', /^Tone Coach: score \d+/);
  expect(await coach.modelText()).toBe(draft);
});

test.describe('in a browser of its own (it reloads the extension)', () => {
  test.use({ freshBrowser: true });

  test('the extension reloaded while a card is open: Apply leaves the draft as it was and says coaching paused', async ({
    page,
    serve,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${e.stack ?? e}`));
    const coach = new Coach(page, textarea);
    await coach.open(undefined, serve);
    await coach.type(CANNED);
    await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);
    const at = await coach.underlineCentre();
    await page.mouse.click(at.x, at.y + 6);
    await expect(coach.card.locator('[data-tc="apply"]')).toBeVisible();
    // An update or a reload of the extension: the old worker goes, a new one starts; this page's script is orphaned.
    const worker = await workerOf(context);
    const unloaded = new Promise((done) => worker.once('close', done));
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await unloaded;
    await coach.card.locator('[data-tc="apply"]').click();
    await expect(notice(page)).toHaveText(/Coaching paused: Tone Coach was updated or restarted\. .*Reload the page/);
    await expect(coach.badge).toHaveAttribute('aria-label', 'Tone Coach: coaching paused');
    await expect(coach.card).toHaveCount(0);
    expect(await coach.modelText()).toBe(CANNED);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('tone-coach-ui [data-tc="underline"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

test('storage full: turning a rule off or switching the debug view says so where the agent acted and keeps what was stored', async ({
  page,
  serve,
  context,
  extensionId,
}) => {
  const coach = new Coach(page, textarea);
  await coach.open(undefined, serve);
  await coach.type(CANNED);
  await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);
  const before = await coach.count();
  // Fill chrome.storage.local (10 MB) to within a few bytes: any new setting no longer fits.
  const worker = await workerOf(context);
  const full = await worker.evaluate(async () => {
    const local = chrome.storage.local;
    // The worker may write its counts meanwhile: leave a little more room each time the filler does not fit.
    for (let spare = 8; spare <= 32; spare *= 2) {
      const room = local.QUOTA_BYTES - (await local.getBytesInUse(null)) - 'filler'.length - 2;
      if (
        await local.set({ filler: 'x'.repeat(room - spare) }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    return local.set({ probe: 'x'.repeat(64) }).then(
      () => 'not full',
      (e: Error) => e.message,
    );
  });
  expect(full).toMatch(/quota/i);
  // The settings the two actions write (the trainer's counts may still change in place: same size, it fits).
  const stored = () =>
    worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return [all.disabledRules, all.disabledRulesBySite, all.debugView];
    });
  const settings = await stored();

  await coach.openPanel();
  await coach.panel.locator('[data-tc="finding"]').first().locator('[data-tc="disable-here"]').click();
  await expect(coach.panel.locator('[data-tc="notice"]')).toHaveText(
    /Could not turn the rule off: Tone Coach's storage is full, so this change was not saved/,
  );
  await expect.poll(() => coach.count()).toBe(before); // the rule is still on: its finding is back
  expect(await coach.modelText()).toBe(CANNED);

  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://*/*' }))[0]?.id);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'domcontentloaded' });
  await popup.locator('[data-tc-popup="reading"] summary').click();
  const debugSwitch = popup.locator('[data-tc-popup="debug-view"]');
  await debugSwitch.click();
  await expect(popup.locator('[data-tc-popup="reading"] [role="alert"]')).toHaveText(/storage is full/);
  await expect(debugSwitch).not.toBeChecked();
  expect(await stored()).toEqual(settings);
});
