// Per-site checks through the real extension: serve the site fixture at the site's URL, type in a box, open
// the panel from that box's badge, and read what the panel shows: the context section (what the site adapter
// read) and the findings it causes.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../helpers/extension';
import { sitePage } from './harness';

/** The canned deflection the built-in social pack flags as a `canned` error on public channels. */
export const CANNED = 'Please call our 800 number.';

export interface PanelContext {
  site: string;
  channel: string;
  audience: string;
  customerName: string;
  customerHandle: string;
  customerMessage: string;
  debug: Record<string, string>;
}

export class SiteCoach {
  readonly badges: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.badges = page.locator('tone-coach-ui [data-tc="badge"]');
    this.panel = page.locator('tone-coach-ui [data-tc="panel"]');
  }

  /** Serves tests/fixtures/sites/<name>.html at `url`, loads it and waits for its editors. */
  async open(serve: (url: string, html: string) => Promise<void>, url: string, name: string): Promise<void> {
    await serve(url.replace(/#.*$/, ''), sitePage(name)); // a request never carries the fragment
    await this.page.goto(url);
    await this.page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
    await this.page.evaluate(() => (window as any).__fixtureReady);
    await this.page.waitForFunction(() =>
      ((window as any).__fixture.editors as { root: HTMLElement }[]).every(
        (e) => e.root.isContentEditable || e.root instanceof HTMLTextAreaElement || e.root instanceof HTMLInputElement,
      ),
    );
  }

  /** The editor root of the fixture editor whose host had id `id`. */
  root(id: string): Promise<void> {
    return this.page.evaluate((i) => {
      const e = ((window as any).__fixture.editors as { id: string; root: HTMLElement }[]).find((x) => x.id === i);
      if (!e) throw new Error(`no fixture editor ${i}`);
      e.root.setAttribute('data-fixture-root', i);
    }, id);
  }

  /** Clicks into the box matched by `selector` and types like a person. */
  async typeIn(selector: string, text: string): Promise<void> {
    const box = this.page.locator(selector);
    await box.click();
    await this.page.keyboard.type(text, { delay: 10 });
  }

  /** The badge of the box labelled `label` (data-label; its accessible name is its own), once checked. */
  badgeFor(label: string): Locator {
    return this.page.locator(`tone-coach-ui [data-tc="badge"][data-label*="${label.replace(/"/g, '\\"')}"]`);
  }

  /** Opens the panel from `badge` (after the check of the text as typed finished) and returns its context section. */
  async openPanel(badge: Locator): Promise<PanelContext> {
    await expect(badge).toHaveAttribute('data-score', /\d+/);
    // A score may be an earlier check's, of part of the text (a pause while typing under load): the context read
    // then is not the reply's ("@jan" is not yet the commenter's handle). Wait for the last keystroke's check.
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(badge).toHaveAttribute('data-checking', 'false');
    await badge.click();
    await expect(this.panel).toBeVisible();
    return this.context();
  }

  async context(): Promise<PanelContext> {
    const section = this.panel.locator('[data-tc="context"]');
    await expect(section).toHaveCount(1);
    const attr = async (n: string): Promise<string> => (await section.getAttribute(n)) ?? '';
    const message = section.locator('[data-tc="customer-message"]');
    const debug: Record<string, string> = {};
    const dl = section.locator('[data-tc="debug"]');
    const keys = await dl.locator('dt').allTextContents();
    const values = await dl.locator('dd').allTextContents();
    keys.forEach((k, i) => (debug[k] = values[i] ?? ''));
    return {
      site: await attr('data-site'),
      channel: await attr('data-channel'),
      audience: await attr('data-audience'),
      customerName: await attr('data-customer-name'),
      customerHandle: await attr('data-customer-handle'),
      customerMessage: (await message.count()) ? ((await message.textContent()) ?? '') : '',
      debug,
    };
  }

  finding(category: string, severity?: string): Locator {
    return this.panel.locator(
      `[data-tc="finding"][data-category="${category}"]${severity ? `[data-severity="${severity}"]` : ''}`,
    );
  }
}
