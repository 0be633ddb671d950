// Pages that are hostile to an extension without meaning to be: a strict Content-Security-Policy with Trusted Types
// (as on X and Gmail), a single-page app that re-creates the reply box while the agent types, a page that freezes
// the DOM prototypes, and a page whose own key handlers stop propagation. The draft must come through intact.
import { test, expect } from './helpers/extension';
import { CANNED } from './helpers/coach';

const URL = 'https://mail.google.com/mail/u/0/#inbox/hostile';

/** A reply box as a page's own contenteditable, plus what the page does to be hostile (`script`, run first). */
function page(script: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>Hostile</title>
<script nonce="n0nce">${script}</script>
<style nonce="n0nce">body { font: 15px 'Liberation Sans', sans-serif; margin: 24px }
#reply { min-height: 6em; border: 1px solid #ccc; padding: 8px }</style></head>
<body><div id="reply" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message Body"></div>
</body></html>`;
}

const badge = 'tone-coach-ui [data-tc="badge"]';
const text = (p: import('@playwright/test').Page): Promise<string> =>
  p.evaluate(() => (document.querySelector('[contenteditable]') as HTMLElement).innerText.trim());

/** Type the canned reply, see it flagged, Apply from the panel: the text changes only where the fix says. */
async function typeAndApply(p: import('@playwright/test').Page): Promise<void> {
  await p.locator('[contenteditable]').click();
  await p.keyboard.type(CANNED, { delay: 10 });
  await expect(p.locator(badge)).toHaveAttribute('data-count', /^[1-9]/);
  await p.locator(badge).click();
  const item = p.locator('tone-coach-ui [data-tc="finding"][data-category="canned"]');
  const replacement = (await item.locator('[data-tc="after"] ins').textContent()) ?? '';
  const old = (await item.locator('[data-tc="before"] del').textContent()) ?? '';
  await item.locator('[data-tc="apply"]').click();
  await expect.poll(() => text(p)).toBe(CANNED.replace(old, replacement));
}

test('strict CSP with Trusted Types: coached and applied, and no violation from the extension', async ({
  page: p,
  serve,
}) => {
  const csp =
    "default-src 'none'; script-src 'nonce-n0nce'; style-src 'self' 'nonce-n0nce'; img-src 'self'; require-trusted-types-for 'script'; trusted-types none";
  await serve(
    URL,
    page(
      `window.__violations = [];
       document.addEventListener('securitypolicyviolation', (e) =>
         window.__violations.push(e.violatedDirective + ' ' + (e.sourceFile || e.blockedURI)));`,
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    ),
  );
  const console: string[] = [];
  p.on('console', (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) console.push(m.text());
  });
  await p.goto(URL);
  await typeAndApply(p);
  await expect(p.locator('tone-coach-ui [data-tc="panel"]')).toBeVisible();
  expect(await p.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(console).toEqual([]);
});

test('a box the app re-creates while the agent types is coached again, its words intact', async ({
  page: p,
  serve,
}) => {
  // Like a framework re-mounting its composer: after the first word, the box is replaced by a copy with the
  // same text, focused, caret at the end.
  await serve(
    URL,
    page(`document.addEventListener('input', (e) => {
      const old = e.target;
      if (window.__swapped || !old.textContent.includes(' ')) return;
      window.__swapped = true;
      const box = old.cloneNode(true);
      old.replaceWith(box);
      box.focus();
      getSelection().selectAllChildren(box);
      getSelection().collapseToEnd();
    });`),
  );
  await p.goto(URL);
  await typeAndApply(p);
  expect(await p.evaluate(() => (window as any).__swapped)).toBe(true);
  await expect(p.locator(badge)).toHaveCount(1);
});

test('a page that freezes the DOM prototypes: coached, applied and undone', async ({ page: p, serve }) => {
  await serve(
    URL,
    page(`for (const c of [EventTarget, Node, Element, HTMLElement, Document, Range, Selection, InputEvent,
      KeyboardEvent, ClipboardEvent, DataTransfer, MutationObserver, CSSStyleSheet])
      Object.freeze(c.prototype);
    Object.freeze(CSS); Object.freeze(window.CSS.highlights);`),
  );
  await p.goto(URL);
  await typeAndApply(p);
  await p.keyboard.press('Control+z');
  await expect.poll(() => text(p)).toBe(CANNED);
});

test('a page whose key handlers stop propagation: still coached, applied, and the shortcut works', async ({
  page: p,
  serve,
}) => {
  await serve(
    URL,
    page(`for (const t of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'])
      window.addEventListener(t, (e) => e.stopImmediatePropagation(), true);`),
  );
  await p.goto(URL);
  await typeAndApply(p);
  await p.locator('[contenteditable]').click();
  await p.keyboard.press('Alt+Shift+C');
  await expect(p.locator('tone-coach-ui [data-tc="panel"]')).toBeVisible();
});
