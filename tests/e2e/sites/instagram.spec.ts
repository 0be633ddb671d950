// Instagram: a reply to a comment (the box starts with their @handle) is coached in public with that comment;
// a direct message is private; the search box is left alone.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const POST = 'https://www.instagram.com/p/C7abc123/';
const DM = 'https://www.instagram.com/direct/t/340282366841710300949128/';
const COMMENT_BOX = 'textarea[aria-label="Add a comment…"]';

plain.describe('Instagram adapter reads the page (isolated world)', () => {
  const site = adapterPages();

  plain('reply to a comment: the @handle the box starts with, their comment, public', async () => {
    const s = await site.open(POST, 'instagram');
    await s.page.locator(COMMENT_BOX).fill('@janedoe ');
    const r = await s.read(COMMENT_BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'instagram',
      audience: 'public',
      customerHandle: '@janedoe',
      customerMessage: 'my refund for the cancelled flight never arrived and support ignores me',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox('input[aria-label="Search input"]')).toBe(false);
  });

  plain('a new comment answers the post: its author and caption', async () => {
    const s = await site.open(POST, 'instagram');
    const r = await s.read(COMMENT_BOX);
    expect(r.context).toEqual({
      channel: 'instagram',
      audience: 'public',
      customerHandle: '@acmeair',
      customerMessage: 'Sunset over Lisbon ✈️ Where should we fly next?',
    });
  });

  plain('direct message: private, the other person and their message', async () => {
    const s = await site.open(DM, 'instagram-dm');
    const r = await s.read('[data-fixture-root="dm"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'instagram',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Is my seat upgrade confirmed for Friday?',
    });
  });
});

test.describe('Instagram through the extension', () => {
  test('a reply to a comment is coached in public; the canned deflection is an error', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, POST, 'instagram');
    await coach.typeIn(COMMENT_BOX, `@janedoe ${CANNED}`);
    const ctx = await coach.openPanel(coach.badgeFor('Add a comment'));
    expect(ctx).toMatchObject({
      site: 'instagram',
      channel: 'instagram',
      audience: 'public',
      customerHandle: '@janedoe',
    });
    expect(ctx.customerMessage).toBe('my refund for the cancelled flight never arrived and support ignores me');
    await expect(coach.finding('canned', 'error')).not.toHaveCount(0);
  });

  test('a direct message is private', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, DM, 'instagram-dm');
    await coach.typeIn('[aria-label="Message"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Message'));
    expect(ctx).toMatchObject({
      site: 'instagram',
      channel: 'instagram',
      audience: 'private',
      customerName: 'Jane Doe',
    });
  });
});
