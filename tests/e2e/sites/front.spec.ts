// Front: the reply draft goes to the customer (email), the comment box stays with teammates (channel ticket);
// both read the customer's latest inbound message, inside [data-testid="conversation"] only and without the name of
// a file attached to it (i3devco/front-attachment-viewer's markers).
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const CONVERSATION = 'https://app.frontapp.com/open/cnv_8a2b3c';

plain.describe('Front adapter reads the page (isolated world)', () => {
  const site = adapterPages();

  plain('reply: email, the customer and their latest inbound message, the agent sign-off', async () => {
    const s = await site.open(CONVERSATION, 'front');
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Still empty. How long will this take?',
      signOff: '-Kim',
    });
    // Another conversation's preview in a side panel (nearer the box, same markers) is not part of this thread.
    expect(r.debug.message).toBe('latest customer message (3 in the thread)');
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('comment: teammates only', async () => {
    const s = await site.open(CONVERSATION, 'front');
    expect((await s.read('[data-fixture-root="comment"]')).context).toMatchObject({
      channel: 'ticket',
      audience: 'private',
    });
  });
});

test.describe('Front through the extension', () => {
  test('the comment box is coached as an internal comment', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, CONVERSATION, 'front');
    await coach.typeIn('[aria-label="Add a comment…"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Add a comment'));
    expect(ctx).toMatchObject({ site: 'front', channel: 'ticket', audience: 'private', customerName: 'Jane Doe' });
    await expect(coach.finding('canned', 'error')).toHaveCount(0);
  });
});
