// HubSpot conversations inbox: the composer's tab decides: Chat and Email reach the contact (private),
// Comment stays with teammates.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const THREAD = 'https://app.hubspot.com/live-messages/2718281/inbox/314159';
const BOX = '.public-DraftEditor-content';

plain.describe('HubSpot adapter reads the page (isolated world, real Draft.js)', () => {
  const site = adapterPages();

  plain('chat: the contact and their message', async () => {
    const s = await site.open(THREAD, 'hubspot');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'chat',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Hi! Does the Pro plan include phone support?',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('Email and Comment tabs', async () => {
    const s = await site.open(THREAD, 'hubspot');
    await s.page.locator('#tab-email').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'email', audience: 'private' });
    await s.page.locator('#tab-comment').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

test.describe('HubSpot through the extension', () => {
  test('the chat reply is coached with the contact as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'hubspot');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'hubspot', channel: 'chat', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('Hi! Does the Pro plan include phone support?');
  });
});
