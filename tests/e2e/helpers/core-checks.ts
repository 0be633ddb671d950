// The editor checks every browser runs, written against the thin PageDriver (driver.ts): Chromium runs them in
// coachSuite (coach.ts) next to its other checks, Firefox in tests/firefox/. Underline and badge, Apply from the card
// (exact text, caret, next key), one undo restores the draft and redo re-applies, no request from the extension.
import { expect } from '@playwright/test';
import { clickOn, overlayAttribute, overlayCount, type PageDriver } from './driver';

/**
 * A canned line the built-in rules flag in every channel, public or private (category "canned", with a
 * suggestion). "Please call our 800 number" is flagged only in public replies, and several fixtures are private
 * channels (Messenger, e-mail).
 */
export const CANNED = 'We apologize for any inconvenience.';
/** The words of CANNED that the underline covers. */
export const CANNED_WORDS = 'any inconvenience';

/** What the shared checks need to know about an editor (the rest of EditorCase is Chromium's). */
export interface CoreCase {
  /** Key that starts a new paragraph in this editor. */
  newParagraph?: string;
  /** A one-line field: a replacement's line breaks become spaces. */
  singleLine?: boolean;
  /** Redo shortcut when the editor does not take Ctrl+Shift+Z. */
  redo?: string;
  /** Undo and redo through the fixture's undo()/redo() instead of the keyboard, with the reason. */
  undoViaApi?: string;
}

export const BADGE = '[data-tc="badge"]';
export const PANEL = '[data-tc="panel"]';
export const CARD = '[data-tc="card"]';
export const findingOf = (category: string): string => `${PANEL} [data-tc="finding"][data-category="${category}"]`;

/** The first fixture editor's text, from the editor's own model. */
export function modelText(d: PageDriver, index = 0): Promise<string> {
  return d.evaluate((i) => (window as any).__fixture.editors[i].getText() as string, index);
}

/** Caret as a text offset: the field's selection, or the text before the caret in the editor's root. */
export function caret(d: PageDriver): Promise<number | null> {
  return d.evaluate(() => {
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
  }, null);
}

/** The texts our underlines cover: highlight ranges in rich editors, drawn boxes over form fields. */
export function underlined(d: PageDriver): Promise<string[]> {
  return d.evaluate(() => {
    const out: string[] = [];
    const field = (window as any).__fixture.editors[0].root as HTMLElement;
    // The editor's own document: an iframe editor's highlights and overlay are in its frame.
    const doc = field.ownerDocument;
    for (const name of ['tc-error', 'tc-warning', 'tc-suggestion']) {
      const h = (doc.defaultView as typeof window).CSS.highlights?.get(name);
      if (h) for (const r of h as unknown as Iterable<Range>) out.push(r.toString());
    }
    const host = doc.querySelector('tone-coach-ui');
    if (host?.shadowRoot && (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
      for (const u of Array.from(host.shadowRoot.querySelectorAll<HTMLElement>('[data-tc="underline"]'))) {
        out.push(`box:${Math.round(u.getBoundingClientRect().width)}`);
      }
    }
    return out;
  }, null);
}

/** Viewport point on the first underline, to hover it. */
export function underlineCentre(d: PageDriver): Promise<{ x: number; y: number }> {
  return d.evaluate(() => {
    const doc = ((window as any).__fixture.editors[0].root as HTMLElement).ownerDocument;
    const host = doc.querySelector('tone-coach-ui')!;
    const drawn = host.shadowRoot!.querySelector<HTMLElement>('[data-tc="underline"]');
    let r: DOMRect | undefined;
    if (drawn) r = drawn.getBoundingClientRect();
    else {
      for (const name of ['tc-error', 'tc-warning', 'tc-suggestion']) {
        const h = (doc.defaultView as typeof window).CSS.highlights?.get(name);
        const first = h && (Array.from(h as unknown as Iterable<Range>)[0] as Range | undefined);
        if (first) {
          r = first.getClientRects()[0];
          break;
        }
      }
    }
    if (!r) throw new Error('no underline');
    // In an iframe editor, from the frame's viewport to the page's (the frame's content box).
    const frame = doc.defaultView!.frameElement;
    const f = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const x = f.left + (frame?.clientLeft ?? 0) + r.left + Math.min(r.width / 2, 20);
    return { x, y: f.top + (frame?.clientTop ?? 0) + (drawn ? r.top - 6 : r.top + r.height / 2) };
  }, null);
}

/** A suggestion as the card or panel shows it: "…left<del>old</del>right…" before, `replacement` after. */
export interface Suggestion {
  left: string;
  old: string;
  right: string;
  replacement: string;
}

/** Reads the suggestion of the first overlay element matching `item` (a finding or the card). */
export function suggestionIn(d: PageDriver, item: string): Promise<Suggestion> {
  return d.evaluate((sel) => {
    const doc = ((window as any).__fixture?.editors?.[0]?.root?.ownerDocument ?? document) as Document;
    const hosts = Array.from(doc.querySelectorAll('tone-coach-ui'));
    const el = hosts.map((h) => h.shadowRoot?.querySelector(sel)).find(Boolean);
    const before = el?.querySelector('[data-tc="before"]');
    const del = before?.querySelector('del');
    if (!before || !del) throw new Error(`no suggestion in ${sel}`);
    const nodes = [...before.childNodes];
    const at = nodes.indexOf(del);
    const left = nodes
      .slice(0, at)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/^…/, '');
    const right = nodes
      .slice(at + 1)
      .map((n) => n.textContent)
      .join('')
      .replace(/…$/, '');
    // textContent, not innerText: a replacement may hold line breaks that the card shows collapsed.
    const replacement = el!.querySelector('[data-tc="after"] ins')?.textContent ?? '';
    return { left, old: del.textContent ?? '', right, replacement };
  }, item);
}

/** What applying `s` does to `text`, checked to be unambiguous: the text after and the caret. */
export function expectedAfter(s: Suggestion, text: string, singleLine = false): { text: string; caret: number } {
  const replacement = singleLine ? s.replacement.replace(/[ \t]*\n+[ \t]*/g, ' ') : s.replacement;
  const whole = s.left + s.old + s.right;
  const at = text.indexOf(whole);
  expect(at, `"${whole}" in "${text}"`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(whole, at + 1), `"${whole}" occurs once in "${text}"`).toBe(-1);
  const start = at + s.left.length;
  return {
    text: text.slice(0, start) + replacement + text.slice(start + s.old.length),
    caret: start + replacement.length,
  };
}

/** Types like a person; "\n" is the editor's new-paragraph key. */
export async function typeText(d: PageDriver, c: CoreCase, text: string, delay = 15): Promise<void> {
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) await d.press(c.newParagraph ?? 'Enter');
    if (parts[i]) await d.type(parts[i]!, delay);
  }
}

const badgeCount = (d: PageDriver): Promise<number> =>
  overlayAttribute(d, BADGE, 'data-count').then((n) => Number(n ?? 0));

export async function openPanel(d: PageDriver): Promise<void> {
  if ((await overlayCount(d, PANEL)) === 0) await clickOn(d, BADGE);
  await expect.poll(() => overlayCount(d, PANEL)).toBe(1);
}

async function typedCanned(d: PageDriver, c: CoreCase): Promise<void> {
  await typeText(d, c, CANNED);
  await expect.poll(() => badgeCount(d)).toBeGreaterThan(0);
  await expect.poll(() => modelText(d)).toBe(CANNED);
}

async function undo(d: PageDriver, c: CoreCase): Promise<void> {
  if (c.undoViaApi) await d.evaluate(() => (window as any).__fixture.editors[0].undo(), null);
  else await d.press('Control+z');
}

async function redo(d: PageDriver, c: CoreCase): Promise<void> {
  if (c.undoViaApi) await d.evaluate(() => (window as any).__fixture.editors[0].redo(), null);
  else await d.press(c.redo ?? 'Control+Shift+z');
}

/** Each check takes a page with the editor focused and empty. */
export const coreChecks = {
  // How fast the underline comes is measured by `npm run bench:typing` (last key -> underline), not here: a deadline in
  // an end-to-end test measures the machine's load as much as the extension.
  async 'canned reply: underline and badge, nothing sent'(
    d: PageDriver,
    c: CoreCase,
    requests: string[],
  ): Promise<void> {
    await typeText(d, c, CANNED);
    await expect.poll(() => badgeCount(d)).toBeGreaterThan(0);
    await expect.poll(() => underlined(d)).not.toEqual([]);
    const lines = await underlined(d);
    if (!lines[0]!.startsWith('box:')) expect(lines.join('|')).toContain(CANNED_WORDS);
    expect(Number(await overlayAttribute(d, BADGE, 'data-score'))).toBeLessThan(100);
    await openPanel(d);
    await expect.poll(() => overlayCount(d, findingOf('canned'))).toBe(1);
    expect(await modelText(d)).toBe(CANNED);
    expect(requests, 'requests made by the extension').toEqual([]);
  },

  async 'apply from the card: exact text, caret after, next key lands there'(
    d: PageDriver,
    c: CoreCase,
  ): Promise<void> {
    await typedCanned(d, c);
    const at = await underlineCentre(d);
    await d.move(at.x, at.y);
    await expect.poll(() => overlayAttribute(d, CARD, 'data-category')).toBe('canned');
    const want = expectedAfter(await suggestionIn(d, CARD), CANNED, c.singleLine);
    await clickOn(d, `${CARD} [data-tc="apply"]`);
    await expect.poll(() => modelText(d)).toBe(want.text);
    await expect.poll(() => caret(d)).toBe(want.caret);
    await d.type('!');
    await expect.poll(() => modelText(d)).toBe(want.text.slice(0, want.caret) + '!' + want.text.slice(want.caret));
  },

  async 'undo restores the original in one step, redo re-applies'(d: PageDriver, c: CoreCase): Promise<void> {
    await typedCanned(d, c);
    await openPanel(d);
    const want = expectedAfter(await suggestionIn(d, findingOf('canned')), CANNED, c.singleLine);
    await clickOn(d, `${findingOf('canned')} [data-tc="apply"]`);
    await expect.poll(() => modelText(d)).toBe(want.text);
    await undo(d, c);
    await expect.poll(() => modelText(d)).toBe(CANNED);
    await redo(d, c);
    await expect.poll(() => modelText(d)).toBe(want.text);
  },
};

export type CoreCheckName = keyof typeof coreChecks;
