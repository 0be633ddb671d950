// The shared end-to-end checks every editor runs through the real extension: type a canned reply, see the
// underline and badge, Apply (model text exact, caret, next keystroke), undo/redo, Ignore, fix by hand, several
// applies in a row, a box added after load, and no network request from the extension while typing.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './extension';
import { CANNED, CANNED_WORDS, coreChecks, type CoreCheckName } from './core-checks';
import { playwrightDriver } from './driver';

export { CANNED, CANNED_WORDS };
/** A reply with several findings that have suggestions, for applying in a row. */
const SEVERAL = 'We apologize for any inconvenience. Your feedback is important to us.';

export interface EditorCase {
  /** Shown in test titles, e.g. 'Draft.js'. */
  name: string;
  /** tests/fixtures/pages/<fixture>.html and tests/fixtures/editors/<fixture>.ts[x]. */
  fixture: string;
  /** A realistic address on a supported host. */
  url: string;
  /** Key that starts a new paragraph in this editor. */
  newParagraph?: string;
  /** A one-line field: paragraphs in the shared checks are typed as spaces. */
  singleLine?: boolean;
  /** Redo shortcut when the editor does not take Ctrl+Shift+Z. */
  redo?: string;
  /**
   * Undo and redo through the fixture's undo()/redo() (the editor's own history API) instead of the keyboard,
   * with the reason the keyboard cannot be used in this fixture.
   */
  undoViaApi?: string;
  /**
   * Selector of the iframe whose body is the editable area (TinyMCE, CKEditor 4): the overlay is drawn in that frame,
   * which runs its own content script.
   */
  frame?: string;
  /** Checks known to fail for this editor, with the reason (run as test.fixme so they stay visible). */
  known?: Partial<Record<CheckName, string>>;
  /** Every check known to fail for this editor, with the reason (an editor not coached yet). */
  knownAll?: string;
}

export class Coach {
  readonly badge: Locator;
  readonly panel: Locator;
  readonly card: Locator;

  constructor(
    readonly page: Page,
    readonly c: EditorCase,
  ) {
    // Playwright's CSS locators pierce open shadow roots: these find elements inside <tone-coach-ui>.
    const ui = c.frame ? page.frameLocator(c.frame) : page;
    this.badge = ui.locator('tone-coach-ui [data-tc="badge"]');
    this.panel = ui.locator('tone-coach-ui [data-tc="panel"]');
    this.card = ui.locator('tone-coach-ui [data-tc="card"]');
  }

  /** Loads the fixture page, waits for the editor to mount and puts the caret in it. */
  async open(html = `${this.c.fixture}.html`, serve?: (url: string, html: string) => Promise<void>): Promise<void> {
    if (serve) await serve(this.c.url, html);
    await this.page.goto(this.c.url);
    await this.page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
    await this.page.evaluate(() => (window as any).__fixtureReady);
    await this.page.waitForFunction(() => {
      const root = (window as any).__fixture.editors[0].root as HTMLElement;
      return root.isContentEditable || root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement;
    });
    await this.focus();
  }

  async focus(index = 0): Promise<void> {
    await this.page.evaluate((i) => ((window as any).__fixture.editors[i].root as HTMLElement).focus(), index);
  }

  modelText(index = 0): Promise<string> {
    return this.page.evaluate((i) => (window as any).__fixture.editors[i].getText() as string, index);
  }

  /** Types like a person; "\n" is the editor's new-paragraph key. */
  async type(text: string, delay = 15): Promise<void> {
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await this.page.keyboard.press(this.c.newParagraph ?? 'Enter');
      if (parts[i]) await this.page.keyboard.type(parts[i]!, { delay });
    }
  }

  finding(category: string): Locator {
    return this.panel.locator(`[data-tc="finding"][data-category="${category}"]`);
  }

  /** The texts our underlines cover: highlight ranges in rich editors, drawn boxes over form fields. */
  async underlined(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: string[] = [];
      const field = (window as any).__fixture.editors[0].root as HTMLElement;
      // The editor's own document: an iframe editor's highlights and overlay are in its frame.
      const doc = field.ownerDocument;
      const highlights = (doc.defaultView as typeof window).CSS.highlights;
      for (const name of ['tc-error', 'tc-warning', 'tc-suggestion']) {
        const h = highlights.get(name);
        if (h) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
      }
      const host = doc.querySelector('tone-coach-ui');
      if (host?.shadowRoot && (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
        for (const u of Array.from(host.shadowRoot.querySelectorAll<HTMLElement>('[data-tc="underline"]'))) {
          out.push(`box:${Math.round(u.getBoundingClientRect().width)}`);
        }
      }
      return out;
    });
  }

  /** Viewport centre of the first underline, to hover it. */
  async underlineCentre(): Promise<{ x: number; y: number }> {
    return this.page.evaluate(() => {
      const doc = ((window as any).__fixture.editors[0].root as HTMLElement).ownerDocument;
      const host = doc.querySelector('tone-coach-ui')!;
      const drawn = host.shadowRoot!.querySelector<HTMLElement>('[data-tc="underline"]');
      let r: DOMRect | undefined;
      if (drawn) r = drawn.getBoundingClientRect();
      else {
        for (const name of ['tc-error', 'tc-warning', 'tc-suggestion']) {
          const h = (doc.defaultView as typeof window).CSS.highlights.get(name);
          const first = h && (Array.from(h as unknown as Iterable<Range>)[0] as Range | undefined);
          if (first) {
            r = first.getClientRects()[0];
            break;
          }
        }
      }
      if (!r) throw new Error('no underline');
      // In an iframe editor, from the frame's viewport to the page's (the frame's content box).
      const frame = doc.defaultView!.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const border = doc.defaultView!.frameElement ?? { clientLeft: 0, clientTop: 0 };
      const x = frame.left + border.clientLeft + r.left + Math.min(r.width / 2, 20);
      return { x, y: frame.top + border.clientTop + (drawn ? r.top - 6 : r.top + r.height / 2) };
    });
  }

  /** Caret as a text offset: the field's selection, or the text before the caret in the editor's root. */
  caret(): Promise<number | null> {
    return this.page.evaluate(() => {
      const root = (window as any).__fixture.editors[0].root as HTMLElement;
      if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
        return root.selectionStart === root.selectionEnd ? root.selectionStart : null;
      }
      const sel = root.ownerDocument.getSelection();
      if (!sel || !sel.isCollapsed || !sel.anchorNode || !root.contains(sel.anchorNode)) return null;
      const r = root.ownerDocument.createRange();
      r.setStart(root, 0);
      r.setEnd(sel.anchorNode, sel.anchorOffset);
      return r.toString().replace(/[\u200B\uFEFF]/g, '').length;
    });
  }

  async count(): Promise<number> {
    return Number(await this.badge.first().getAttribute('data-count'));
  }

  /**
   * Waits until the findings shown are those of the text as it is now: the overlay's paint after the last key has
   * run (two frames), and the badge says no check is due or under way.
   */
  async checked(): Promise<void> {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(this.badge.first()).toHaveAttribute('data-checking', 'false');
  }

  async openPanel(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.badge.first().click();
    await expect(this.panel).toBeVisible();
  }

  /** What applying `item`'s suggestion does to `text`: its before/after, checked to be unambiguous. */
  async expectedAfterApply(item: Locator, text: string): Promise<{ text: string; caret: number }> {
    // "Before …<left><del>old</del><right>…": left and right locate the span (old may be empty: an insertion).
    const parts = await item.locator('[data-tc="before"]').evaluate((el) => {
      const del = el.querySelector('del')!;
      const left = [...el.childNodes]
        .slice(0, [...el.childNodes].indexOf(del))
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .replace(/^…/, '');
      const right = [...el.childNodes]
        .slice([...el.childNodes].indexOf(del) + 1)
        .map((n) => n.textContent)
        .join('')
        .replace(/…$/, '');
      return { left, old: del.textContent ?? '', right };
    });
    // textContent, not innerText: a replacement may hold line breaks that the card shows collapsed.
    let replacement = (await item.locator('[data-tc="after"] ins').textContent()) ?? '';
    if (this.c.singleLine) replacement = replacement.replace(/[ \t]*\n+[ \t]*/g, ' '); // what a one-line field can hold
    const whole = parts.left + parts.old + parts.right;
    const at = text.indexOf(whole);
    expect(at, `"${whole}" in "${text}"`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(whole, at + 1), `"${whole}" occurs once in "${text}"`).toBe(-1);
    const start = at + parts.left.length;
    return {
      text: text.slice(0, start) + replacement + text.slice(start + parts.old.length),
      caret: start + replacement.length,
    };
  }
}

async function typedCanned(coach: Coach): Promise<void> {
  await coach.type(CANNED);
  await expect(coach.badge.first()).not.toHaveAttribute('data-count', '0');
  await expect.poll(() => coach.modelText()).toBe(CANNED);
}

/** Each check takes a page with the editor focused and empty. */
const checks = {
  // Underline and badge, Apply from the card, one undo: shared with Firefox (core-checks.ts, tests/firefox/).
  ...(Object.fromEntries(
    (Object.keys(coreChecks) as CoreCheckName[]).map((name) => [
      name,
      (coach: Coach, requests: string[]) => coreChecks[name](playwrightDriver(coach.page), coach.c, requests),
    ]),
  ) as Record<CoreCheckName, (coach: Coach, requests: string[]) => Promise<void>>),
  async 'ignore keeps that finding hidden while typing goes on'(coach: Coach): Promise<void> {
    await typedCanned(coach);
    await coach.openPanel();
    const rule = await coach.finding('canned').getAttribute('data-rule');
    const before = await coach.count();
    await coach.finding('canned').locator('[data-tc="ignore"]').click();
    await expect(coach.badge.first()).toHaveAttribute('data-count', String(before - 1));
    await expect.poll(() => coach.underlined().then((u) => u.join('|'))).not.toContain(CANNED_WORDS);
    await coach.focus();
    await coach.page.keyboard.press('End');
    await coach.type(' Thanks for waiting.');
    await expect.poll(() => coach.modelText()).toBe(`${CANNED} Thanks for waiting.`);
    await coach.checked();
    await coach.openPanel();
    await expect(coach.panel.locator(`[data-tc="finding"][data-rule="${rule}"]`)).toHaveCount(0);
  },

  async 'a finding disappears when the agent fixes the text by hand'(coach: Coach): Promise<void> {
    await typedCanned(coach);
    await coach.openPanel();
    const rule = await coach.finding('canned').getAttribute('data-rule');
    await coach.focus();
    await coach.page.keyboard.press('End');
    for (let i = 0; i < 'apologize for any inconvenience.'.length; i++) await coach.page.keyboard.press('Backspace');
    await coach.type('are sorry the parcel is late and will fix it today.');
    await expect.poll(() => coach.modelText()).toBe('We are sorry the parcel is late and will fix it today.');
    await expect(coach.page.locator(`tone-coach-ui [data-tc="finding"][data-rule="${rule}"]`)).toHaveCount(0);
    await coach.checked();
    await coach.openPanel();
    await expect(coach.panel.locator(`[data-tc="finding"][data-rule="${rule}"]`)).toHaveCount(0);
    expect(await coach.underlined().then((u) => u.join('|'))).not.toContain(CANNED_WORDS);
  },

  async 'paragraphs and emoji before a finding: Apply lands on the right words'(coach: Coach): Promise<void> {
    const multi = `Hi Sam 😀, thanks for writing!\n\n${CANNED}`;
    const text = coach.c.singleLine ? multi.replace(/\n+/g, ' ') : multi;
    await coach.type(text);
    await expect.poll(() => coach.modelText()).toBe(text);
    await coach.openPanel();
    await expect(coach.finding('canned')).toHaveCount(1);
    const item = coach.finding('canned');
    const want = await coach.expectedAfterApply(item, text);
    await item.locator('[data-tc="apply"]').click();
    await expect.poll(() => coach.modelText()).toBe(want.text);
  },

  async 'several findings applied in a row'(coach: Coach): Promise<void> {
    await coach.type(SEVERAL);
    await expect.poll(() => coach.modelText()).toBe(SEVERAL);
    await expect(coach.badge.first()).toHaveAttribute('data-count', /^[2-9]/);
    let text = SEVERAL;
    let applied = 0;
    for (let round = 0; round < 6; round++) {
      await coach.openPanel();
      // Canned findings: their fixes are words in a sentence. (Whole-reply suggestions such as an e-mail greeting
      // insert paragraphs, which editors lay out in their own way; the adapters accept that, see block-editor.ts.)
      const item = coach.panel.locator('[data-tc="finding"][data-category="canned"]:has([data-tc="apply"])').first();
      if ((await item.count()) === 0) break;
      const want = await coach.expectedAfterApply(item, text);
      await item.locator('[data-tc="apply"]').click();
      await expect.poll(() => coach.modelText()).toBe(want.text);
      text = want.text;
      applied++;
      await coach.checked(); // the re-check after an apply
    }
    expect(applied).toBeGreaterThanOrEqual(2);
    expect(await coach.modelText()).toBe(text);
  },
};

type CheckName = keyof typeof checks;

/** One describe block per editor: every shared check through the built extension. */
export function coachSuite(c: EditorCase): void {
  test.describe(`${c.name} with the extension`, () => {
    for (const name of Object.keys(checks) as CheckName[]) {
      const reason = c.known?.[name] ?? c.knownAll;
      const body = async ({
        page,
        serve,
        extensionRequests,
      }: {
        page: Page;
        serve: (u: string, h: string) => Promise<void>;
        extensionRequests: string[];
      }): Promise<void> => {
        const coach = new Coach(page, c);
        await coach.open(undefined, serve);
        await checks[name](coach, extensionRequests);
      };
      if (reason) test.fixme(`${name} (${reason})`, body);
      else test(name, body);
    }

    test('a box added after the page loaded is coached', async ({ page, serve }) => {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${c.name}</title></head><body><main id="app"></main></body></html>`;
      await serve(c.url, html);
      await page.goto(c.url);
      await page.waitForTimeout(300);
      // The app renders its composer later, as single-page apps do.
      await page.evaluate((fixture) => {
        const host = document.createElement('div');
        host.setAttribute('data-fixture-editor', fixture);
        host.setAttribute('aria-label', 'Reply');
        document.getElementById('app')!.append(host);
        const s = document.createElement('script');
        s.src = `/__tc_fixtures__/${fixture}.js`;
        document.body.append(s);
      }, c.fixture);
      const coach = new Coach(page, c);
      await page.waitForFunction(() => (window as any).__fixture?.editors?.length > 0);
      await page.evaluate(() => (window as any).__fixtureReady);
      await coach.focus();
      await coach.type(CANNED);
      // The text is in the editor first (a failure here is the fixture's, not the coaching's), then it is coached.
      await expect.poll(() => coach.modelText()).toBe(CANNED);
      await expect(coach.badge.first()).toHaveAttribute('data-count', /^[1-9]/);
    });
  });
}
