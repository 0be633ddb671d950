// Intercom: the ProseMirror composer is coached as a chat reply with the customer's latest message (not the
// teammate's note); the Note tab makes it an internal note.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const CONVERSATION = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/123';
const BOX = '.ProseMirror';

plain.describe('Intercom adapter reads the page (isolated world, real ProseMirror)', () => {
  const site = adapterPages();

  plain('reply: chat, the customer and their latest message, the agent sign-off', async () => {
    const s = await site.open(CONVERSATION, 'intercom');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'chat',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Any update? I need that money back today.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('Note tab: an internal note', async () => {
    const s = await site.open(CONVERSATION, 'intercom');
    await s.page.locator('#tab-note').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

test.describe('Intercom through the extension', () => {
  test('the reply is coached as a private chat reply with the customer as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, CONVERSATION, 'intercom');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'intercom', channel: 'chat', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('Any update? I need that money back today.');
  });
});
