// Facebook: a reply under a customer's comment is coached with that comment and its author, in public; the
// top-level comment box answers the post (the Page's own post gives no customer name); the search box is
// left alone; the canned deflection is an error in a public comment.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const POST = 'https://www.facebook.com/AcmeAir/posts/pfbid02xyz';
/** The same kind of page in German (tests/fixtures/sites/facebook-de.html). */
const POST_DE = 'https://de-de.facebook.com/AcmeAir/posts/pfbid02abc';

plain.describe('Facebook adapter reads the page (isolated world, real Lexical)', () => {
  const site = adapterPages();

  plain('reply to a comment: the commenter, their comment, public, the Page sign-off', async () => {
    const s = await site.open(POST, 'facebook');
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'facebook',
      audience: 'public',
      customerName: 'Jane Doe',
      customerMessage: 'My bag has been lost for 5 days and nobody answers the phone. Terrible service.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('comment on the post: the post text; the Page itself is not taken for the customer', async () => {
    const s = await site.open(POST, 'facebook');
    const r = await s.read('[data-fixture-root="comment"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'facebook',
      audience: 'public',
      customerMessage: 'New routes this summer: Lisbon, Porto and Madeira! Where will you fly first?',
      signOff: '-Kim',
    });
    expect(await s.isReplyBox('input[type="search"]')).toBe(false);
  });

  plain("in German: the commenter and their comment, never the Page's own reply above the box", async () => {
    const s = await site.open(POST_DE, 'facebook-de');
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'facebook',
      audience: 'public',
      customerName: 'Jana Novak',
      customerMessage: 'Mein Koffer ist seit 5 Tagen verschwunden und niemand geht ans Telefon. Furchtbar.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    // The top-level box ("Kommentieren als Acme Air") answers the Page's own post: no customer name.
    expect((await s.read('[data-fixture-root="comment"]')).context).toEqual({
      channel: 'facebook',
      audience: 'public',
      customerMessage: 'Neue Strecken diesen Sommer: Lissabon, Porto und Madeira!',
      signOff: '-Kim',
    });
  });
});

test.describe('Facebook through the extension', () => {
  test('the reply box is coached with the comment it answers; the canned deflection is an error in public', async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, POST, 'facebook');
    await coach.typeIn('[aria-label="Reply to Jane Doe"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Reply to Jane Doe'));
    expect(ctx).toMatchObject({ site: 'facebook', channel: 'facebook', audience: 'public', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('My bag has been lost for 5 days and nobody answers the phone. Terrible service.');
    await expect(coach.finding('canned', 'error')).not.toHaveCount(0);
  });

  test("in German, the reply box is coached with the customer's comment, not the Page's reply", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, POST_DE, 'facebook-de');
    await coach.typeIn('[aria-label="Antworten an Jana Novak"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Antworten an Jana Novak'));
    expect(ctx).toMatchObject({
      site: 'facebook',
      channel: 'facebook',
      audience: 'public',
      customerName: 'Jana Novak',
    });
    expect(ctx.customerMessage).toBe(
      'Mein Koffer ist seit 5 Tagen verschwunden und niemand geht ans Telefon. Furchtbar.',
    );
  });

  test('the search box is not coached', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, POST, 'facebook');
    await coach.typeIn('input[type="search"]', CANNED);
    await page.waitForTimeout(800);
    await expect(coach.badgeFor('Search Facebook')).toHaveCount(0);
  });
});
