// Gmail: the reply body is coached as an email with the sender's latest message (without the quoted history,
// never the agent's own message); the search box is left alone.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

// Gmail keeps the thread in the fragment (the page is served at the path).
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmkjrqNpxdZrTnVfLmBc';
const BOX = 'div[aria-label="Message Body"][g_editable="true"]';
/** Gmail in Spanish (tests/fixtures/sites/gmail-es.html): every label translated. */
const BOX_ES = 'div[g_editable="true"]';

plain.describe('Gmail adapter reads the page (isolated world)', () => {
  const site = adapterPages();

  plain('reply: the sender, their latest email without quoted history, the agent sign-off', async () => {
    const s = await site.open(THREAD, 'gmail');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: "It still hasn't arrived and it's been 10 days. Why is this so slow?",
      signOff: '-Ann',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox('input[aria-label="Search mail"]')).toBe(false);
  });

  plain("in Spanish: the customer's email, never the agent's own reply right above the box", async () => {
    const s = await site.open(THREAD, 'gmail-es');
    const r = await s.read(BOX_ES);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Lucía Pérez',
      customerMessage: 'Hola, cancelé mi pedido el lunes y todavía no tengo el reembolso. ¿Qué pasa?',
      signOff: '-Ana',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox('input[aria-label="Buscar correo"]')).toBe(false);
  });

  plain('a new email (no thread open) answers nothing and takes the recipient from the To field', async () => {
    const s = await site.open(THREAD, 'gmail');
    await s.page.evaluate(() => {
      document.querySelectorAll('div.adn').forEach((m) => m.remove());
      const to = document.createElement('span');
      to.setAttribute('email', 'omar@example.com');
      to.setAttribute('name', 'Omar Ali');
      to.textContent = 'Omar Ali';
      document.querySelector('form')!.prepend(to);
    });
    const r = await s.read(BOX);
    expect(r.context).toEqual({ channel: 'email', audience: 'private', customerName: 'Omar Ali' });
    expect(r.debug.kind).toBe('new conversation (nothing is being answered)');
  });
});

test.describe('Gmail through the extension', () => {
  test('the reply is coached as an email with the sender as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'gmail');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Message Body'));
    expect(ctx).toMatchObject({ site: 'gmail', channel: 'email', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe("It still hasn't arrived and it's been 10 days. Why is this so slow?");
  });

  test("in Spanish, the panel shows the customer's email, not the agent's own reply above the box", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'gmail-es');
    await coach.typeIn(BOX_ES, CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Cuerpo del mensaje'));
    expect(ctx).toMatchObject({ site: 'gmail', channel: 'email', audience: 'private', customerName: 'Lucía Pérez' });
    expect(ctx.customerMessage).toBe('Hola, cancelé mi pedido el lunes y todavía no tengo el reembolso. ¿Qué pasa?');
  });

  test('the search box is not coached', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'gmail');
    await coach.typeIn('input[aria-label="Search mail"]', CANNED);
    await page.waitForTimeout(800);
    await expect(coach.badgeFor('Search mail')).toHaveCount(0);
  });
});
