// Freshdesk: the Froala reply editor is coached with the requester's latest message (not the agent's reply,
// not a private note); "Add note" makes it a private note (channel ticket).
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const TICKET = 'https://acme.freshdesk.com/a/tickets/1';
const BOX = '.fr-element.fr-view';

plain.describe('Freshdesk adapter reads the page (isolated world, real Froala)', () => {
  const site = adapterPages();

  plain('reply: the requester and their latest message, email, the agent sign-off', async () => {
    const s = await site.open(TICKET, 'freshdesk');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Any news? This is taking forever.',
      signOff: '-Sam',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain("on the account's own domain (an added site) the page is recognised as Freshdesk", async () => {
    const s = await site.open('https://help.acme-shop.example/a/tickets/1', 'freshdesk');
    const id = await s.eval<string>('return globalThis.__tcSites.adapterFor(location, document).id;');
    expect(id).toBe('freshdesk');
    expect(await s.eval<string>('return globalThis.__tcSites.adapterFor(location).id;')).toBe('generic');
  });

  plain('"Add note": a private note', async () => {
    const s = await site.open(TICKET, 'freshdesk');
    await s.page.locator('#tab-note').click();
    const r = await s.read(BOX);
    expect(r.context).toMatchObject({ channel: 'ticket', audience: 'private' });
    expect(r.debug.mode).toContain('"Add note"');
  });
});

test.describe('Freshdesk through the extension', () => {
  test('a note is coached as private, with the requester as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'freshdesk');
    await page.locator('#tab-note').click();
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'freshdesk', channel: 'ticket', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('Any news? This is taking forever.');
    await expect(coach.finding('canned', 'error')).toHaveCount(0);
  });

  test('switching reply to note and back re-checks at once, without a keystroke: findings follow the context', async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'freshdesk');
    await coach.typeIn(BOX, 'Refund approved by finance, the money is on its way.');
    const badge = coach.badges.first();
    const greeting = coach.panel.locator('[data-tc="finding"][data-rule="greeting"]');
    await coach.openPanel(badge);
    await expect(greeting).toHaveCount(1);
    expect((await coach.context()).channel).toBe('email');
    await page.keyboard.press('Escape');

    await page.locator('#tab-note').click(); // no keystroke in the box
    await expect(badge).toHaveAttribute('data-score', '100');
    await page.locator(BOX).scrollIntoViewIfNeeded(); // the unlicensed Froala build moves its box down the page on blur
    await badge.click();
    await expect.poll(async () => (await coach.context()).channel).toBe('ticket');
    await expect(greeting).toHaveCount(0);
    await page.keyboard.press('Escape');

    await page.locator('#tab-reply').click();
    await expect(badge).toHaveAttribute('data-score', /^(?!100$)\d+$/);
    await page.locator(BOX).scrollIntoViewIfNeeded();
    await badge.click();
    await expect.poll(async () => (await coach.context()).channel).toBe('email');
    await expect(greeting).toHaveCount(1);
  });
});
