// The trainer page (issue 10): every built-in scenario side by side (the findings its talking points name on the bad
// reply, a higher score for the good one, the scenario's own "Why" example), practice in a reply box coached live by
// the overlay, presentation stepped with the keyboard, import and export of a scenario, and the numbers growing
// after coached typing at a real host, with a CSV that matches them.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { BUILTIN_SCENARIOS } from '../../utils/scenarios/index.ts';
import { talkingPointRules } from '../../utils/scenario.ts';
import { scoreBucket } from '../../utils/stats-core.ts';
import { CANNED, Coach } from './helpers/coach';
import { expect, test } from './helpers/extension';

async function openTrainer(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  await context.route('chrome-extension://**', (route) => route.continue());
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/trainer.html${hash}`);
  await expect(page.locator('[data-tc="trainer"]')).toBeVisible();
  return page;
}

const reply = (page: Page, kind: 'bad' | 'good') => page.locator(`[data-tc="reply"][data-kind="${kind}"]`);

test.describe('the trainer', () => {
  test('every built-in scenario shows its bad reply’s findings and a higher score for the good reply', async ({
    context,
    extensionId,
  }) => {
    const page = await openTrainer(context, extensionId);
    await expect(page.locator('[data-tc="scenario"]')).toHaveCount(BUILTIN_SCENARIOS.length);
    for (const s of BUILTIN_SCENARIOS) {
      await page.locator(`[data-tc="scenario"][data-id="${s.id}"]`).click();
      await expect(page.locator('[data-tc="scenario-view"]')).toHaveAttribute('data-id', s.id);
      const bad = Number(await reply(page, 'bad').getAttribute('data-score'));
      const good = Number(await reply(page, 'good').getAttribute('data-score'));
      expect(good, s.id).toBeGreaterThan(bad);
      for (const id of talkingPointRules(s)) {
        const [set, rule] = id.split('/');
        await expect(
          reply(page, 'bad').locator(`[data-tc="finding"][data-rule-set="${set}"][data-rule="${rule}"]`).first(),
          `${s.id}: ${id}`,
        ).toBeVisible();
      }
      // The highlighted bad reply and the score breakdown come from the shared components.
      await expect(reply(page, 'bad').locator('[data-tc="mark"]').first()).toBeAttached();
      await expect(reply(page, 'bad').locator('[data-tc="category-score"]').first()).toBeVisible();
      await expect(page.locator('[data-tc="difference"]')).toHaveAttribute('data-difference', String(good - bad));
    }
    // "Why" shows the scenario's own better wording, not the rule's generic example.
    const s = BUILTIN_SCENARIOS.find((x) => x.id === 'x-dm-with-reason')!;
    await page.locator(`[data-tc="scenario"][data-id="${s.id}"]`).click();
    const finding = reply(page, 'bad').locator('[data-tc="finding"][data-rule="bare-dm"]');
    await finding.locator('[data-tc="why"]').click();
    await expect(finding.locator('[data-tc="good-example"]')).toContainText(s.talkingPoints[0]!.example!);
  });

  test('the rule sets are chosen from the library: the brand’s own set alone', async ({ context, extensionId }) => {
    const set = {
      id: 'acme-voice',
      name: 'Acme voice',
      version: 1,
      rules: [
        {
          id: 'no-bare-dm',
          kind: 'phrase',
          category: 'canned',
          severity: 'error',
          message: 'Acme never writes "{match}" alone.',
          phrases: ['dm us'],
        },
      ],
    };
    await context.serviceWorkers()[0]!.evaluate((ruleSet) => {
      const record = { format: 1, ruleSet, enabled: true, scope: {}, updatedAt: Date.now() };
      return (globalThis as any).chrome.storage.local.set({
        userRuleSets: [ruleSet.id],
        [`ruleSet:${ruleSet.id}`]: record,
        [`ruleSetGood:${ruleSet.id}`]: record,
      });
    }, set);
    const page = await openTrainer(context, extensionId, '#x-dm-with-reason');
    const picker = page.locator('[data-tc="rule-sets"]');
    await picker.locator('summary').click();
    await expect(picker.locator('[data-key="user:acme-voice"]')).toBeChecked();
    await expect(reply(page, 'bad').locator('[data-tc="finding"][data-rule-set="acme-voice"]')).toHaveCount(1);
    for (const id of ['social-care', 'email-helpdesk', 'plain-language'])
      await picker.locator(`[data-key="builtin:${id}"]`).uncheck();
    await expect(reply(page, 'bad').locator('[data-tc="finding"]')).toHaveCount(1);
    await expect(reply(page, 'bad')).toHaveAttribute('data-score', '55');
    await expect(reply(page, 'good')).toHaveAttribute('data-score', '100');
  });

  test('practice: the box is coached live, the attempt is compared with the good reply and kept', async ({
    context,
    extensionId,
  }) => {
    const page = await openTrainer(context, extensionId, '#x-dm-with-reason');
    await page.locator('[data-tc="tab-practice"]').click();
    const box = page.locator('[data-tc="practice"] textarea');
    await box.click();
    await page.keyboard.type('DM us.', { delay: 20 });
    const badge = page.locator('tone-coach-ui [data-tc="badge"]');
    await expect(badge).toBeVisible({ timeout: 15_000 });
    await expect(badge).toHaveAttribute('data-count', /^[1-9]/);
    // The overlay read the scenario's channel from the practice box's destination (a public reply on X).
    await badge.click();
    await expect(page.locator('tone-coach-ui [data-tc="context"]')).toHaveAttribute('data-channel', 'x');
    await expect(page.locator('tone-coach-ui [data-tc="finding"][data-rule="bare-dm"]')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.locator('[data-tc="practice-compare"]').click();
    const mine = page.locator('[data-tc="attempt-reply"]');
    await expect(mine).toBeVisible();
    const first = Number(await mine.getAttribute('data-score'));
    const good = Number(await page.locator('[data-tc="practice-good"]').getAttribute('data-score'));
    expect(first).toBeLessThan(good);
    await expect(page.locator('[data-tc="attempt"]')).toHaveCount(1);

    await page.locator('[data-tc="practice-again"]').click();
    await expect(box).toHaveValue('');
    await box.fill(s2);
    await page.locator('[data-tc="practice-compare"]').click();
    await expect(page.locator('[data-tc="attempt"]')).toHaveCount(2);
    await expect(page.locator('[data-tc="attempt"]').last()).toHaveAttribute('data-score', String(good));
    // Kept in storage: still there after a reload.
    await page.reload();
    await page.locator('[data-tc="tab-practice"]').click();
    await expect(page.locator('[data-tc="attempt"]')).toHaveCount(2);
    await expect(page.locator('[data-tc="attempt"]').last()).not.toContainText('tone not read');
    // An attempt in another language is listed as such, not with a bare score that reads as a good one.
    await box.fill('Hola Ana, por favor envíanos un mensaje directo con tu número de pedido y lo revisamos hoy.');
    await page.locator('[data-tc="practice-compare"]').click();
    await expect(page.locator('[data-tc="attempt"]')).toHaveCount(3);
    await expect(page.locator('[data-tc="attempt"]').last()).toContainText('not in English: tone not read');
  });

  test('presentation mode steps through one finding at a time with the keyboard', async ({ context, extensionId }) => {
    const s = BUILTIN_SCENARIOS.find((x) => x.id === 'email-billing-error')!;
    const page = await openTrainer(context, extensionId, `#${s.id}`);
    // The lesson is checked once the page is up: count its findings once they are shown.
    await expect(reply(page, 'bad').locator('[data-tc="finding"]').first()).toBeVisible();
    const findings = await reply(page, 'bad').locator('[data-tc="finding"]').count();
    await page.locator('[data-tc="present"]').click();
    const slide = page.locator('[data-tc="presentation"] [data-tc="slide"]');
    await expect(slide).toHaveAttribute('data-kind', 'customer');
    await expect(page.locator('[data-tc="presentation"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-kind', 'bad');
    await page.keyboard.press(' ');
    await expect(slide).toHaveAttribute('data-kind', 'finding');
    await expect(slide.locator('[data-tc="card"], [data-tc="message"]').first()).toBeVisible();
    // One finding on each step: its card and, where the scenario has one, the talking point.
    for (let i = 1; i < findings; i++) await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-kind', 'finding');
    await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-kind', 'good');
    await page.keyboard.press('ArrowLeft');
    await expect(slide).toHaveAttribute('data-kind', 'finding');
    await page.keyboard.press('End');
    await expect(slide).toHaveAttribute('data-kind', 'summary');
    await expect(page.locator('[data-tc="slide-count"]')).toHaveText(`${findings + 4} / ${findings + 4}`);
    await page.keyboard.press('Home');
    await expect(slide).toHaveAttribute('data-kind', 'customer');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-tc="presentation"]')).toHaveCount(0);
  });

  test('a scenario is exported, imported as a new one after a preview, and a broken file changes nothing', async ({
    context,
    extensionId,
  }) => {
    const page = await openTrainer(context, extensionId, '#x-phone-only');
    const download = page.waitForEvent('download');
    await page.locator('[data-tc="scenario-export"]').click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file.id).toBe('x-phone-only');
    expect(file.$schema).toMatch(/scenario/);

    // The same id as a built-in one is refused whole.
    await page.locator('[data-tc="scenario-import-open"]').click();
    await page.locator('[data-tc="import-file"]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.locator('[data-tc="import-item"]')).toHaveAttribute('data-action', 'refused');
    await expect(page.locator('[data-tc="import-confirm"]')).toBeDisabled();

    // A broken file: every problem named, nothing offered.
    await page.locator('[data-tc="import-text"]').fill(
      JSON.stringify([
        { ...file, id: 'ok-one' },
        { ...file, id: 'Bad' },
      ]),
    );
    await page.locator('[data-tc="import-paste"]').click();
    await expect(page.locator('[data-tc="import-problems"]')).toContainText('scenario 2: id');
    await expect(page.locator('[data-tc="import-confirm"]')).toHaveCount(0);

    const mine = { ...file, id: 'tarmac-team-a', title: 'Tarmac, for team A' };
    await page.locator('[data-tc="import-text"]').fill(JSON.stringify(mine));
    await page.locator('[data-tc="import-paste"]').click();
    await expect(page.locator('[data-tc="import-item"]')).toHaveAttribute('data-action', 'add');
    await page.locator('[data-tc="import-confirm"]').click();
    await expect(page.locator('[data-tc="import-done"]')).toContainText('Imported 1 scenario');
    const item = page.locator('[data-tc="scenario"][data-id="tarmac-team-a"]');
    await expect(item).toHaveAttribute('data-origin', 'own');
    await page.reload();
    await item.click();
    await expect(page.locator('[data-tc="scenario-view"] h2')).toHaveText('Tarmac, for team A');
    expect(Number(await reply(page, 'good').getAttribute('data-score'))).toBeGreaterThan(
      Number(await reply(page, 'bad').getAttribute('data-score')),
    );
    // Export of the trainer's own scenarios reads back as the same scenario.
    const all = page.waitForEvent('download');
    await page.locator('[data-tc="export-own"]').click();
    const exported = JSON.parse(readFileSync((await (await all).path())!, 'utf8'));
    expect(exported.scenarios.map((x: { id: string }) => x.id)).toEqual(['tarmac-team-a']);
  });

  test('no serious accessibility problem side by side, in practice, presenting and in the numbers', async ({
    context,
    extensionId,
  }) => {
    const problems = async (page: Page): Promise<string[]> =>
      (await new AxeBuilder({ page }).exclude('tone-coach-ui').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    test.setTimeout(180_000); // four axe runs, each several seconds on a loaded machine
    const page = await openTrainer(context, extensionId, '#x-outage-pasted');
    await expect(reply(page, 'good')).toBeVisible();
    expect(await problems(page)).toEqual([]);
    await page.locator('[data-tc="tab-practice"]').click();
    await expect(page.locator('[data-tc="practice"] textarea')).toBeVisible();
    expect(await problems(page)).toEqual([]);
    await page.locator('[data-tc="tab-compare"]').click();
    await page.locator('[data-tc="present"]').click();
    // Keys reach the presentation once it has taken focus, as they would for a trainer who sees it open.
    await expect(page.locator('[data-tc="presentation"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-tc="slide"]')).toHaveAttribute('data-kind', 'finding');
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await context.serviceWorkers()[0]!.evaluate(() =>
      (globalThis as any).chrome.storage.local.set({
        stats: {
          '2026-11-25\tx.com\tx\tfinding\tsocial-care/bare-dm': 2,
          '2026-11-26\tx.com\tx\tpublic-score\t90-99': 3,
        },
      }),
    );
    await page.locator('[data-tc="nav-stats"]').click();
    await expect(page.locator('[data-tc="stat"]')).toHaveCount(1);
    expect(await problems(page)).toEqual([]);
  });

  test('a scenario made in the form: problems listed on Save, then saved, checked side by side and kept', async ({
    context,
    extensionId,
  }) => {
    const page = await openTrainer(context, extensionId);
    await page.locator('[data-tc="scenario-new"]').click();
    const form = page.locator('[data-tc="scenario-editor"]');
    await form.locator('[data-tc="scenario-save"]').click();
    await expect(form.locator('[data-tc="scenario-problems"]')).toContainText('id:');
    await form.locator('[data-tc="sc-id"]').fill('refund-delay');
    await form.locator('[data-tc="sc-title"]').fill('A refund that is late');
    await form.getByLabel('Customer’s name', { exact: true }).fill('Noor Haddad');
    await form.getByLabel('Customer’s message').fill('Where is my refund? It has been three weeks.');
    await form.locator('[data-tc="sc-bad"]').fill('We apologize for any inconvenience.');
    await form.locator('[data-tc="sc-good"]').fill('Noor, three weeks is too long, sorry. Your refund left today.');
    await form.getByLabel('Rules it is about').fill('social-care/any-inconvenience');
    await form.getByLabel('What to say about it').fill('Name the problem.');
    await form.locator('[data-tc="scenario-save"]').click();
    await expect(page.locator('[data-tc="scenario-view"]')).toHaveAttribute('data-id', 'refund-delay');
    await expect(
      reply(page, 'bad').locator('[data-tc="finding"][data-rule="any-inconvenience"]').first(),
    ).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-tc="scenario"][data-id="refund-delay"]')).toHaveAttribute('data-origin', 'own');
  });

  test('a reply sent in public is counted with its score band', async ({ context, extensionId, serve }) => {
    // A composer that posts on Send and empties the box in code, at a public site.
    const url = 'https://x.com/compose/post';
    await serve(
      url,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body>
<ol id="sent"></ol><textarea id="reply" aria-label="Post your reply" rows="4" cols="70"></textarea>
<button id="send" type="button">Reply</button>
<script>
  const box = document.getElementById('reply');
  document.getElementById('send').addEventListener('click', () => {
    const li = document.createElement('li'); li.textContent = box.value; document.getElementById('sent').append(li); box.value = '';
  });
</script></body></html>`,
    );
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#reply').click();
    await page.keyboard.type(CANNED, { delay: 5 });
    const badge = page.locator('tone-coach-ui [data-tc="badge"]');
    await expect(badge).toHaveAttribute('data-count', /^[1-9]/);
    const score = Number(await badge.getAttribute('data-score'));
    await page.waitForTimeout(500); // the check of the whole text is back
    await page.locator('#send').click();
    await expect(page.locator('#sent li')).toHaveCount(1);

    const trainer = await openTrainer(context, extensionId, '#stats');
    const stats = trainer.locator('[data-tc="stats"]');
    await expect(stats.locator('[data-tc="stat-total"][data-metric="sent"]')).toHaveAttribute('data-count', '1', {
      timeout: 10_000,
    });
    await stats.locator('[data-chart="scores"] summary').click();
    await expect(
      stats.locator('[data-chart="scores"] tr', { has: trainer.locator(`th:text-is("${scoreBucket(score)}")`) }),
    ).toContainText('1');
  });

  test('counting switched off in the manager’s settings counts nothing', async ({ context, extensionId, serve }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await context.newPage();
    await manager.goto(`chrome-extension://${extensionId}/options.html`);
    await manager.locator('[data-tc="setting-count-stats"]').uncheck();
    await manager.locator('[data-tc="settings-save"]').click();
    await expect(manager.locator('[data-tc="setting-count-stats"]')).not.toBeChecked();
    await expect
      .poll(() =>
        context.serviceWorkers()[0]!.evaluate(() => (globalThis as any).chrome.storage.local.get('countStats')),
      )
      .toEqual({ countStats: false });

    const coachPage = await context.newPage();
    const coach = new Coach(coachPage, {
      name: 'Textarea',
      fixture: 'textarea',
      url: 'https://secure.helpscout.net/conversation/7/1',
    });
    await coach.open(undefined, serve);
    await coach.type(CANNED);
    await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);
    const page = await openTrainer(context, extensionId, '#stats');
    await expect(page.locator('[data-tc="stats-off"]')).toBeVisible();
    await page.waitForTimeout(1000); // longer than the worker's wait before it writes counts
    await expect(page.locator('[data-tc="stat"]')).toHaveCount(0);
    await expect(page.locator('[data-tc="stat-total"][data-metric="checks"]')).toHaveAttribute('data-count', '0');
  });

  test('the numbers grow after coached typing and an Apply in a reply box, and the CSV matches them', async ({
    context,
    extensionId,
    serve,
  }) => {
    const coachPage = await context.newPage();
    const coach = new Coach(coachPage, {
      name: 'Textarea',
      fixture: 'textarea',
      url: 'https://secure.helpscout.net/conversation/7/1',
    });
    await coach.open(undefined, serve);
    await coach.type(CANNED);
    await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);

    const page = await openTrainer(context, extensionId, '#stats');
    const stats = page.locator('[data-tc="stats"]');
    const stat = stats.locator('[data-tc="stat"][data-rule="social-care/any-inconvenience"]');
    await expect(stat).toHaveAttribute('data-count', '1', { timeout: 10_000 });
    const checks = Number(
      await stats.locator('[data-tc="stat-total"][data-metric="checks"]').getAttribute('data-count'),
    );
    expect(checks).toBeGreaterThan(0);

    // More typing in the same box: the finding stays, so it is not counted again; a new one is.
    await coachPage.bringToFront();
    await coach.focus();
    await coachPage.keyboard.press('End');
    await coach.type(' Kindly DM us.');
    await expect(stats.locator('[data-tc="stat"][data-rule="plain-language/formal-words"]')).toHaveAttribute(
      'data-count',
      '1',
      { timeout: 10_000 },
    );
    await expect(stat).toHaveAttribute('data-count', '1');

    // Apply in the panel: a fix of that rule.
    await coachPage.bringToFront();
    await coach.openPanel();
    await coach.panel.locator('[data-tc="finding"][data-rule="formal-words"] [data-tc="apply"]').first().click();
    await expect(
      stats.locator('[data-tc="stat"][data-rule="plain-language/formal-words"] [data-tc="stat-fixes"]'),
    ).toHaveText('1', { timeout: 10_000 });
    await expect(stats.locator('[data-tc="stat-total"][data-metric="fix"]')).toHaveAttribute('data-count', '1');

    const rows = await stats
      .locator('[data-tc="stat"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-rule')!, Number(e.getAttribute('data-count'))] as const),
      );
    const download = page.waitForEvent('download');
    await page.locator('[data-tc="stats-csv"]').click();
    const csv = readFileSync((await (await download).path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('day,site,channel,metric,subject,count');
    const fromCsv = new Map<string, number>();
    for (const line of csv.slice(1)) {
      const [, site, , metric, subject, count] = line.split(',');
      expect(site).toBe('secure.helpscout.net');
      if (metric === 'finding') fromCsv.set(subject!, (fromCsv.get(subject!) ?? 0) + Number(count));
      if (metric === 'fix') expect(`${subject},${count}`).toBe('plain-language/formal-words,1');
    }
    expect(new Map(rows)).toEqual(fromCsv);
    expect(csv.join('\n')).not.toContain('inconvenience.'); // never the text of a reply

    // Clear, with confirmation.
    await page.locator('[data-tc="stats-clear"]').click();
    await page.locator('[data-tc="stats-clear-confirm"]').click();
    await expect(stats.locator('[data-tc="stat"]')).toHaveCount(0);
  });
});

const s2 = BUILTIN_SCENARIOS.find((x) => x.id === 'x-dm-with-reason')!.goodReply;
