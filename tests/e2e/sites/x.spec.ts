// X / Twitter: the reply under a post is coached with the post's author and words as context, in public; a DM
// (X Chat, drawn inside an open shadow root) is private and reads the other person's last message, never the
// agent's own; the search box is never coached; "Please call our 800 number" in a public reply is an error.
import { test as plain, expect } from '@playwright/test';
import { setSettings, test } from '../helpers/extension';
import { adapterPages, fallbacks, sitePage } from './harness';
import { CANNED, SiteCoach } from './extension';

/** The extension APIs, inside the service worker's evaluate (no @types/chrome in this project). */
declare const chrome: any;

const STATUS = 'https://x.com/janedoe/status/1790000000000000001';
const DM = 'https://x.com/i/chat/1790000000-1790000001';
/** X Chat's box, inside the open shadow root of [data-testid="xchatEmbedRoute"]. */
const CHAT_BOX = 'textarea[data-testid="dm-composer-textarea"]';

plain.describe('X adapter reads the page (isolated world, real Draft.js)', () => {
  const site = adapterPages();

  plain('reply under a post: the post, its author and handle, public, the brand sign-off', async () => {
    const s = await site.open(STATUS, 'x');
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.site).toBe('x');
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'x',
      audience: 'public',
      customerName: 'Jane Doe',
      customerHandle: '@janedoe',
      customerMessage: '@AcmeAir my flight AA12 was cancelled and nobody at the gate can help. 3 hours on hold 😡',
      signOff: '^KM',
    });
    expect(r.debug.kind).toBe('reply');
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox('[data-testid="SearchBox_Search_Input"]')).toBe(false);
  });

  plain("X Chat in a shadow root: private, the other person and their last message, not the agent's", async () => {
    const s = await site.open(DM, 'x-dm');
    const r = await s.read(CHAT_BOX);
    expect(r.isReplyBox).toBe(true);
    // The agent's own reply (justify-end) is the last row above the box: theirs (justify-start) is answered.
    expect(r.context).toEqual({
      channel: 'x',
      audience: 'private',
      customerName: 'Jane Doe',
      customerHandle: '@janedoe',
      customerMessage: 'Still waiting for the refund you promised last week. This is ridiculous.',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain("X Chat rows that do not say who sent them: the customer's message is not found, not guessed", async () => {
    const s = await site.open(DM, 'x-dm');
    await s.eval(`
      const root = document.querySelector('[data-testid="xchatEmbedRoute"]').shadowRoot;
      for (const row of root.querySelectorAll('[data-dm-message-row]')) row.className = 'flex';`);
    const r = await s.read(CHAT_BOX);
    expect(r.context.customerMessage).toBeUndefined();
    expect(r.context.customerName).toBe('Jane Doe');
    expect(r.debug.unread).toBe("customer's message not found");
  });

  plain('quote: the quoted post below the box in the dialog; a new post on /home answers nobody', async () => {
    const html = `<!doctype html><html><body>
      <main role="main"><div data-testid="primaryColumn">
        <div id="compose" data-fixture-editor="draftjs" aria-label="Post text"></div>
        <div role="dialog" aria-modal="true" aria-labelledby="modal-header"><h2 id="modal-header">Quote</h2>
          <div id="quote" data-fixture-editor="draftjs" aria-label="Post text"></div>
          <div role="link" tabindex="0"><div data-testid="User-Name"><div><span>Omar Ali</span></div><div><span>@omar_ali</span></div></div>
            <div data-testid="tweetText"><span>Lost my bag on the Lisbon flight, anyone else?</span></div></div>
        </div>
        <article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="/someone"><span>Some One</span></a><a href="/someone"><span>@someone</span></a></div>
          <div data-testid="tweetText">A timeline post below the new-post box.</div></article>
      </div></main><script src="/__tc_fixtures__/draftjs.js"></script></body></html>`;
    const s = await site.open('https://x.com/home', 'x', html);
    const quote = await s.read('[data-fixture-root="quote"]');
    expect(quote.context).toEqual({
      channel: 'x',
      audience: 'public',
      customerName: 'Omar Ali',
      customerHandle: '@omar_ali',
      customerMessage: 'Lost my bag on the Lisbon flight, anyone else?',
    });
    expect(quote.debug.kind).toBe('quote');
    const compose = await s.read('[data-fixture-root="compose"]');
    expect(compose.isReplyBox).toBe(true);
    expect(compose.context).toEqual({ channel: 'x', audience: 'public' });
    expect(compose.debug.kind).toBe('new post (no post being answered)');
  });

  plain('X markers gone (X changed its DOM): generic detection takes over, and the debug view says so', async () => {
    const html = sitePage('x')
      .replaceAll('data-testid="tweetText"', 'data-testid="postBody"')
      .replaceAll('data-testid="User-Name"', 'data-testid="Author"');
    const s = await site.open(STATUS, 'x', html);
    const r = await s.read('[data-fixture-root="reply"]');
    expect(r.context).toMatchObject({ channel: 'x', audience: 'public' });
    expect(r.context.customerMessage).toContain('my flight AA12 was cancelled');
    expect(fallbacks(r.debug)).toEqual(['message: fallback: nearest message above the box (<article>)']);
  });
});

test.describe('X through the extension', () => {
  test('the reply box is coached with what the adapter read; the canned deflection is an error in public', async ({
    page,
    serve,
    extensionRequests,
    context,
  }) => {
    await setSettings(context, { debugView: true }); // the raw read-out (ctx.debug) is shown only in the debug view
    const coach = new SiteCoach(page);
    await coach.open(serve, STATUS, 'x');
    await coach.root('reply');
    await coach.typeIn('[data-fixture-root="reply"]', CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Post text'));
    expect(ctx).toMatchObject({
      site: 'x',
      channel: 'x',
      audience: 'public',
      customerName: 'Jane Doe',
      customerHandle: '@janedoe',
    });
    expect(ctx.customerMessage).toContain('my flight AA12 was cancelled');
    expect(ctx.debug.kind).toBe('reply');
    await expect(coach.finding('canned', 'error')).not.toHaveCount(0);
    expect(extensionRequests).toEqual([]);
  });

  test('the panel lists the error first, then warnings, then suggestions', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, STATUS, 'x');
    await coach.root('reply');
    // In reading order: no name (suggestion, first sentence), no acknowledgement of an upset customer (a suggestion),
    // then the phone deflection (error) at the end.
    await coach.typeIn('[data-fixture-root="reply"]', 'Thanks for the details. Please call our 800 number.');
    await coach.openPanel(coach.badgeFor('Post text'));
    const read = (): Promise<Array<string | null>> =>
      coach.panel.locator('[data-tc="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    // The panel may first show the check of part of the text (typed before the call); it updates in place.
    await expect.poll(async () => (await read())[0]).toBe('error');
    const severities = await read();
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'suggestion'].indexOf(a!) - ['error', 'warning', 'suggestion'].indexOf(b!),
      ),
    );
    expect(new Set(severities).size).toBeGreaterThan(1);
  });

  test("what the adapter read reaches the rules: the customer's name and the brand's sign-off", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, STATUS, 'x');
    await coach.root('reply');
    await coach.typeIn(
      '[data-fixture-root="reply"]',
      'We are looking into your flight now and will update you within the hour.',
    );
    await coach.openPanel(coach.badgeFor('Post text'));
    // Personal (use the name read from the post) and on-brand (sign like the brand's own replies: ^KM).
    await expect(coach.panel.locator('[data-tc="finding"][data-rule="use-name"]')).toHaveCount(1);
    await expect(coach.panel.locator('[data-tc="finding"][data-rule="sign-off"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.locator('[data-fixture-root="reply"]').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Jane, we are looking into your flight now and will update you within the hour. ^KM', {
      delay: 5,
    });
    await coach.openPanel(coach.badgeFor('Post text'));
    await expect(coach.panel.locator('[data-tc="finding"][data-rule="use-name"]')).toHaveCount(0);
    await expect(coach.panel.locator('[data-tc="finding"][data-rule="sign-off"]')).toHaveCount(0);
  });

  test('the search box is not coached', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, STATUS, 'x');
    await coach.typeIn('[data-testid="SearchBox_Search_Input"]', CANNED);
    await page.waitForTimeout(800); // past the check delay
    // The reply box (a known reply box) has its badge from the start; the search box never gets one.
    await expect(coach.badgeFor('Post text')).toHaveCount(1);
    await expect(coach.badgeFor('Search query')).toHaveCount(0);
    await expect(coach.badges).toHaveCount(1);
  });

  test("an X Chat message inside a shadow root is private, with the other person's last message", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, DM, 'x-dm');
    await coach.typeIn(CHAT_BOX, CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Start a new message'));
    expect(ctx).toMatchObject({
      site: 'x',
      channel: 'x',
      audience: 'private',
      customerName: 'Jane Doe',
      customerHandle: '@janedoe',
    });
    expect(ctx.customerMessage).toBe('Still waiting for the refund you promised last week. This is ridiculous.');
  });
});

test.describe('X in the popup', () => {
  test('X is a listed site; the debug view shows what was read; switched off, a reloaded X page is not coached', async ({
    page,
    serve,
    context,
    extensionId,
  }) => {
    // Later routes win: let the popup's own files through the fixture's catch-all.
    await context.route('chrome-extension://**', (route) => route.continue());
    const coach = new SiteCoach(page);
    await coach.open(serve, STATUS, 'x');
    await coach.root('reply');
    await coach.typeIn('[data-fixture-root="reply"]', CANNED);
    await expect(coach.badgeFor('Post text')).toHaveAttribute('data-count', /^[1-9]/);

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]?.id);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-tc-popup="site"]')).toHaveAttribute('data-state', 'listed');
    await expect(popup.locator('[data-tc-popup="site"]')).toContainText('X (Twitter), X Pro: coached by default.');
    await expect(popup.locator('[data-tc-popup="add"]')).toHaveCount(0);
    const reading = popup.locator('[data-tc-popup="reading"]');
    await expect(reading.locator('[data-field="customer-name"]')).toHaveText('Jane Doe');
    await expect(reading.locator('[data-field="customer-handle"]')).toHaveText('@janedoe');
    await expect(reading.locator('[data-field="channel"]')).toHaveText('x (public)');
    await expect(reading.locator('[data-field="customer-message"]')).toContainText('my flight AA12 was cancelled');
    // The last draft, drawn by the same components as the panel: score, breakdown, marked words, top findings.
    const score = await coach.badgeFor('Post text').getAttribute('data-score');
    const draft = popup.locator('[data-tc-popup="draft"]');
    await expect(draft.locator('[data-tc="score"]')).toHaveAttribute('data-score', score!);
    await expect(draft.locator('[data-tc="category-score"][data-category="canned"]')).toHaveCount(1);
    await expect(draft.locator('[data-tc="highlighted-reply"]')).toHaveText(CANNED);
    await expect(draft.locator('[data-tc="mark"][data-severity="error"]').first()).toBeVisible();
    await expect(draft.locator('[data-tc="finding"]').first()).toHaveAttribute('data-severity', 'error');
    await expect(reading).not.toHaveAttribute('open'); // the debug read-out waits behind "Details"

    await popup.locator('[data-tc-popup="switch"]').click();
    await expect(popup.locator('[data-tc-popup="switch"]')).not.toBeChecked();
    await page.bringToFront();
    await coach.open(serve, STATUS, 'x');
    await coach.root('reply');
    await coach.typeIn('[data-fixture-root="reply"]', CANNED);
    await page.waitForTimeout(800);
    await expect(coach.badges).toHaveCount(0);
  });
});
