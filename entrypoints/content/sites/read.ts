// Small DOM readers shared by the site adapters. Plain reads only: no layout (no innerText, no
// getBoundingClientRect), no mutation, so reading the context before every check stays cheap.
import type { Channel } from '../../../rules/schema';

const ELEMENT = 1;
const TEXT = 3;
/** Elements that start a new line in the text a reader sees. */
const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'DT',
  'FIGURE',
  'FIGCAPTION',
  'HR',
]);
/** Never part of a message: code, controls (button labels like "Show more"), timestamps, other drafts. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'TIME',
  'TONE-COACH-UI',
]);

/** Said on the context line (debug key `unread`) when no message can be told to be the customer's. */
export const NOT_FOUND = "customer's message not found";

/** Longest customer message kept (the engine estimates mood from it; the panel shows it). */
export const MAX_MESSAGE = 2000;

/**
 * The text of an element as a reader sees it: blocks on their own lines, runs of spaces collapsed, emoji
 * images (X draws emoji as <img alt="😀">) kept, controls and editable boxes left out, and descendants matching
 * `skip` (quoted history, signatures) left out too. Stops after `max`.
 */
export function textOf(el: Element | null | undefined, max = MAX_MESSAGE, skip?: string): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > max) return;
    if (node.nodeType === TEXT) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const e = node as HTMLElement;
    // What is never part of a message; the element asked about is read whatever it is (a labelled button).
    if (e !== el) {
      if (SKIP.has(e.tagName) || e.getAttribute('aria-hidden') === 'true' || e.hidden) return;
      if (e.getAttribute('role') === 'button') return; // "Like", "Reply", "Show more" drawn as divs
      if (e.getAttribute('contenteditable') === 'true' || (skip && e.matches(skip))) return;
    }
    if (e.tagName === 'IMG') {
      const alt = e.getAttribute('alt') ?? '';
      if (alt && alt.length <= 8 && /\p{Extended_Pictographic}/u.test(alt)) parts.push(alt);
      return;
    }
    const block = BLOCK.has(e.tagName);
    if (block) parts.push('\n');
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(el);
  return clean(parts.join('')).slice(0, max).trim();
}

/** Collapses spaces, trims lines, drops empty lines. */
export function clean(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Where a box's page lives: its own root (a shadow root for a composer drawn inside a web component, e.g. X Chat's
 * `[data-testid="xchatEmbedRoute"]`), else the document.
 */
export function rootOf(box: Node, doc: Document): Document | ShadowRoot {
  const root = box.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : doc; // 11: a (shadow) fragment
}

let shadowCache: { doc: Document; at: number; roots: ShadowRoot[] } | undefined;

/** The open shadow roots under `doc` (one walk of the tree, reused for 2 s: reads run before every check). */
function openShadowRoots(doc: Document): ShadowRoot[] {
  const now = Date.now();
  if (shadowCache?.doc === doc && now - shadowCache.at < 2000) return shadowCache.roots;
  const roots: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const sr = (n as Element).shadowRoot;
      if (sr) {
        roots.push(sr);
        visit(sr);
      }
    }
  };
  visit(doc);
  shadowCache = { doc, at: now, roots };
  return roots;
}

/**
 * Every element matching `selector` around the box: in its own root first; when none is there, in the document
 * and the open shadow roots of the page (a contact card or a thread drawn in a web component).
 */
export function queryAll(box: Node, doc: Document, selector: string): Element[] {
  const own = rootOf(box, doc);
  const found = Array.from(own.querySelectorAll(selector));
  if (found.length) return found;
  const roots = [...(own === doc ? [] : [doc]), ...openShadowRoots(doc).filter((r) => r !== own)];
  for (const r of roots) {
    const more = r.querySelectorAll(selector);
    if (more.length) return Array.from(more);
  }
  return [];
}

/** The first element matching `selector` around the box (see `queryAll`). */
export function queryOne(box: Node, doc: Document, selector: string): Element | undefined {
  return rootOf(box, doc).querySelector(selector) ?? queryAll(box, doc, selector)[0];
}

/** The first element matching one of `selectors` (tried in order), with the selector that matched. */
export function pick<T extends Element = HTMLElement>(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
): { el: T; selector: string } | undefined {
  if (!root) return undefined;
  for (const selector of selectors) {
    const el = root.querySelector<T & Element>(selector);
    if (el) return { el, selector };
  }
  return undefined;
}

/** The closest ancestor of `el` (itself included) matching one of `selectors`, with the selector. */
export function closestOf(
  el: Element,
  selectors: readonly string[],
): { el: HTMLElement; selector: string } | undefined {
  for (const selector of selectors) {
    const found = el.closest<HTMLElement>(selector);
    if (found) return { el: found, selector };
  }
  return undefined;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The last of `candidates` (in document order) that comes before `box` and does not contain it. */
export function lastBefore<T extends Element>(candidates: Iterable<T>, box: Element): T | undefined {
  let found: T | undefined;
  for (const c of candidates) {
    if (c.contains(box)) continue;
    if (c.compareDocumentPosition(box) & FOLLOWING) found = c;
  }
  return found;
}

/** The parent in the composed tree: past a shadow root to its host (a thread drawn in a web component). */
export function parentOf(el: Element): Element | null {
  return el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}

/**
 * The candidate nearest to `box` in the tree: the one sharing the deepest common ancestor with it; among
 * equals, the nearest one before it, else the first after it. One pass, no layout. Used to pair a reply box
 * with the post, tweet or comment it sits under, whatever the page's nesting. The composed tree is walked, so a
 * message inside an open shadow root pairs with a box outside it (and the other way round).
 */
export function nearest<T extends Element>(box: Element, candidates: Iterable<T>): T | undefined {
  // Each ancestor of the box, with its distance and the child on the box's side (to order candidates under it).
  const path = new Map<Element, [number, Element]>();
  let d = 0;
  for (let a: Element | null = box, child: Element = box; a; child = a, a = parentOf(a)) path.set(a, [d++, child]);
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.contains(box)) continue;
    let a: Element | null = c;
    let under: Element = c;
    while (a && !path.has(a)) [under, a] = [a, parentOf(a)];
    if (!a) continue;
    const [dist, boxSide] = path.get(a)!;
    const before = (under.compareDocumentPosition(boxSide) & FOLLOWING) !== 0;
    if (dist < bestDistance || (dist === bestDistance && before)) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

/**
 * The `radius` elements of `elements` (in document order) nearest to `box` on each side: long threads and
 * timelines are read around the box only, so a read costs the same on a 10-message and a 1,000-message page.
 * The newest messages sit next to the composer whichever way a site sorts its thread.
 */
export function around<T extends Element>(elements: readonly T[], box: Element, radius = 40): T[] {
  if (elements.length <= radius * 2) return [...elements];
  // Binary search for the first element after the box (elements are in document order).
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid]!.compareDocumentPosition(box) & FOLLOWING) lo = mid + 1;
    else hi = mid;
  }
  return elements.slice(Math.max(0, lo - radius), lo + radius);
}

/** Keeps the outermost of nested matches (document order: a nested match follows its container). */
export function outermost<T extends Element>(elements: Iterable<T>): T[] {
  const kept: T[] = [];
  for (const el of elements) if (!kept.length || !kept[kept.length - 1]!.contains(el)) kept.push(el);
  return kept;
}

/** The first @handle in `text` ('@' included), or undefined. */
export function handleIn(text: string | null | undefined): string | undefined {
  const m = /(?:^|[^\w@])@(\w(?:[\w.]{0,29}\w)?)/.exec(text ?? '');
  return m ? `@${m[1]}` : undefined;
}

/** The first @handle written as its own text inside `el` (pages draw "Acme Air" and "@AcmeAir" side by side). */
export function handleInside(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const h = /^\s*@/.test(n.nodeValue ?? '') ? handleIn(n.nodeValue) : undefined;
    if (h) return h;
  }
  return handleIn(el.textContent);
}

/** A profile link's handle: href="/acme" or "https://x.com/acme" -> "@acme" (one path segment only). */
export function handleFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const m = /^(?:https?:\/\/[^/]+)?\/@?([\w.]{1,30})\/?(?:[?#].*)?$/.exec(href);
  return m ? `@${m[1]}` : undefined;
}

/**
 * The agent's sign-off convention, read from their own earlier messages: a trailing "^JS" (initials, the X
 * convention) or "-Ann" / "– Ann" / "~Ann". The most frequent wins; undefined when none signs.
 */
export function signOffIn(messages: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const tail = m.trim().split('\n').pop() ?? '';
    const caret = /(?:^|\s)\^([A-Z]{1,4})$/.exec(tail);
    const dash = /(?:^|\s)[-–—~]\s?(\p{Lu}[\p{L}'.]{0,20})$/u.exec(tail);
    const sign = caret ? `^${caret[1]}` : dash ? `-${dash[1]}` : undefined;
    if (sign) counts.set(sign, (counts.get(sign) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [sign, n] of counts) if (n > most) [best, most] = [sign, n];
  return best;
}

/** The label a person sees on a control: aria-label, then title, then its text. */
export function labelOf(el: Element | null | undefined): string {
  if (!el) return '';
  return clean(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? textOf(el, 200)).slice(0, 200);
}

/** The hint a box shows: its aria-label, placeholder, or the placeholder an editor draws (data-placeholder). */
export function hintOf(box: Element): string {
  const own = box.getAttribute('aria-label') ?? box.getAttribute('placeholder') ?? box.getAttribute('data-placeholder');
  if (own) return clean(own);
  const drawn = box.querySelector('[data-placeholder], .public-DraftEditorPlaceholder-inner, [placeholder]');
  return clean(
    drawn?.getAttribute('data-placeholder') ?? drawn?.getAttribute('placeholder') ?? drawn?.textContent ?? '',
  );
}

export interface Destination {
  channel: Channel;
  audience: 'public' | 'private';
  /** Plain words for the debug view, e.g. 'internal note'. */
  kind: string;
  /** A plain "Reply" that names no channel: the caller substitutes the site's usual destination. */
  generic?: boolean;
}

/**
 * Where a reply goes, from the words a helpdesk shows on its reply/note switch or channel picker
 * ("Internal note", "Public reply", "Email", "Facebook comment", "WhatsApp", ...) or a channel id
 * ("internal", "native_messaging", "twitter"). Social comments are public; everything else reaches one
 * customer (private) or, for notes, only teammates (channel 'ticket', private). Undefined when unknown.
 */
export function destinationFrom(label: string | null | undefined): Destination | undefined {
  const l = (label ?? '').toLowerCase().replace(/[_-]+/g, ' ');
  if (!l.trim()) return undefined;
  const dm = /\b(?:dm|direct message|private message|messages?)\b/.test(l);
  if (/\b(?:internal|private note|note|notes|whisper|side conversation)\b/.test(l)) {
    return { channel: 'ticket', audience: 'private', kind: 'internal note' };
  }
  if (/\b(?:twitter|tweet|x post|x reply|x mention)\b/.test(l)) {
    return dm
      ? { channel: 'x', audience: 'private', kind: 'X direct message' }
      : { channel: 'x', audience: 'public', kind: 'public X reply' };
  }
  if (/\binstagram\b|\big\b/.test(l)) {
    return dm
      ? { channel: 'instagram', audience: 'private', kind: 'Instagram direct message' }
      : { channel: 'instagram', audience: 'public', kind: 'public Instagram comment' };
  }
  if (/\bmessenger\b/.test(l) || (/\bfacebook\b/.test(l) && dm)) {
    return { channel: 'messenger', audience: 'private', kind: 'Messenger message' };
  }
  if (/\bfacebook\b|\bfb\b/.test(l))
    return { channel: 'facebook', audience: 'public', kind: 'public Facebook comment' };
  // A bare "comment" in a helpdesk is a teammate comment (Front, HubSpot); social comments are caught above.
  if (/\bcomments?\b/.test(l)) return { channel: 'ticket', audience: 'private', kind: 'internal comment' };
  if (/\b(?:chat|messaging|whatsapp|sms|text message|live|line|wechat|telegram|viber)\b/.test(l)) {
    return { channel: 'chat', audience: 'private', kind: 'chat message' };
  }
  if (/\b(?:e ?mail|web|web form|api)\b/.test(l)) return { channel: 'email', audience: 'private', kind: 'email reply' };
  // "Reply" alone names no channel: the reply goes where the conversation came from (the site's usual).
  if (/\b(?:public reply|reply|reply all|forward|respond)\b/.test(l)) {
    return { channel: 'email', audience: 'private', kind: 'reply', generic: true };
  }
  return undefined;
}

/**
 * Controls that show which mode a composer is in: Reply / Note tabs, a pressed toggle, a checked radio, or a
 * channel picker button showing the current choice ("Email ▾", "Facebook comment ▾").
 */
const SELECTED_MODE = [
  '[role="tab"][aria-selected="true"]',
  '[role="radio"][aria-checked="true"]',
  '[role="menuitemradio"][aria-checked="true"]',
  'button[aria-pressed="true"]',
  'button[aria-haspopup="listbox"]',
  'button[aria-haspopup="menu"]',
  '[role="combobox"]:not(input)',
];

/**
 * The mode a composer is in, read from the nearest control around the box that names a destination (walking
 * up at most `levels` ancestors), then from the box's own hint ("Add an internal note…"), then from the name
 * of a wrapper (…note-editor). Works on helpdesks whose markup we have never seen, as long as they expose the
 * switch accessibly; controls whose label names no destination ("Insert ▾") are passed over.
 */
export function composerMode(
  box: HTMLElement,
  extra: readonly string[] = [],
  levels = 8,
): { destination: Destination; from: string } | undefined {
  const selectors = [...extra, ...SELECTED_MODE];
  let a: HTMLElement | null = box.parentElement;
  for (let i = 0; a && i < levels; i++, a = a.parentElement) {
    for (const selector of selectors) {
      for (const el of a.querySelectorAll(selector)) {
        if (el.contains(box)) continue;
        const label = labelOf(el);
        const destination = destinationFrom(el.getAttribute('data-channel')) ?? destinationFrom(label);
        if (destination) return { destination, from: `${selector} "${label}"` };
      }
    }
  }
  const hint = hintOf(box);
  const destination = destinationFrom(hint);
  if (destination) return { destination, from: `box hint "${hint}"` };
  // Last resort: a composer wrapper named after its mode (class="note-editor", data-test-id="reply-editor").
  a = box.parentElement;
  for (let i = 0; a && i < levels; i++, a = a.parentElement) {
    const named = `${a.id} ${a.getAttribute('class') ?? ''} ${a.getAttribute('data-test-id') ?? ''} ${a.getAttribute('data-testid') ?? ''}`;
    const word =
      /\b(?:private[-_ ]?note|internal[-_ ]?note|note|reply|forward)(?=[-_ ]?(?:editor|composer|form|box|container|area|mode)\b)/i.exec(
        named.replace(/([a-z])([A-Z])/g, '$1-$2'),
      );
    const fromName = destinationFrom(word?.[0]);
    if (fromName) return { destination: fromName, from: `composer named "${word![0]}"` };
  }
  return undefined;
}

/**
 * How much of a page's name attribute or text is read: a name is at most 80 characters, and the trims below take the
 * square of the length of a long run of "·" or "|" (a 40,000-character one: 1.5 s on the page's thread).
 */
const NAME_READ = 400;

/** Trims a display name ("Jane Doe ✓", "Jane Doe (customer)") to the name itself. */
export function nameOnly(s: string | null | undefined): string | undefined {
  const name = clean((s ?? '').slice(0, NAME_READ))
    .split('\n')[0]!
    .replace(/\s*[(<[].*$/, '')
    .replace(/[\s·•|,:]+$/, '')
    .trim();
  return name && name.length <= 80 ? name : undefined;
}
