// Messenger: the message box is coached as a private chat with the other person's name and last message; the
// agent's own messages are not taken for the customer's; the search box is left alone.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const THREAD = 'https://www.messenger.com/t/100012345';

plain.describe('Messenger adapter reads the page (isolated world, real Lexical)', () => {
  const site = adapterPages();

  plain('private chat: the other person, their last message, the agent sign-off from "You sent" messages', async () => {
    const s = await site.open(THREAD, 'messenger');
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'messenger',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'It has been two weeks. I am really angry now.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox('input[type="search"]')).toBe(false);
  });
});

test.describe('Messenger through the extension', () => {
  test('the message box is coached as a private chat', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'messenger');
    await coach.typeIn('[aria-label="Message"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Message'));
    expect(ctx).toMatchObject({
      site: 'messenger',
      channel: 'messenger',
      audience: 'private',
      customerName: 'Jane Doe',
    });
    expect(ctx.customerMessage).toBe('It has been two weeks. I am really angry now.');
  });

  test('the search box is not coached', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'messenger');
    await coach.typeIn('input[type="search"]', CANNED);
    await page.waitForTimeout(800);
    await expect(coach.badgeFor('Search Messenger')).toHaveCount(0);
  });
});
