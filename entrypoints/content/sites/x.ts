// X / Twitter: replies, quotes and new posts (public), direct messages (private); also X Pro.
// Editor: Draft.js. Markers: the data-testid attributes X ships for its own tests, as used by
// public automation scripts and extensions (read 2026-11-23, checked 2026-11-26: yailPeralta/x-scraper
// src/modules/twitter-scraper/constants/twitter-selectors.constants.ts: tweetText, User-Name, SearchBox_Search_Input;
// moeru-ai/airi services/twitter-services/src/utils/selectors.ts: tweetTextarea_0, primaryColumn; also
// inline_reply_offscreen, dmComposerTextInput, messageEntry). X Chat (/i/chat, evidence: an extension's
// src/x/content/xChat.ts read 2026-11-26, found by the exact string "xchatEmbedRoute" in the code index, which does
// not name its repository; written against saved layouts of the real Chat; other hits for the string agree): the whole
// chat is drawn in the open shadow root of [data-testid="xchatEmbedRoute"]; the person is
// [data-testid="dm-conversation-header"] (a link to /<handle>) and [data-testid="dm-conversation-username"]; each
// message is [data-testid="message-<id>"][data-dm-message-row], laid out "justify-end" when the agent sent it and
// "justify-start" when the other person did (language-neutral), its words in [data-testid^="message-text-"]; the
// box is textarea[data-testid="dm-composer-textarea"]. Reads start from the box's own root (the shadow root).
import type { SiteAdapter, SiteReading } from './types';
import { unknownBox, withFallback } from './generic';
import {
  NOT_FOUND,
  around,
  closestOf,
  handleFromHref,
  handleIn,
  handleInside,
  lastBefore,
  pick,
  rootOf,
  signOffIn,
  textOf,
} from './read';
import { catalogueEntry } from '../../../utils/site-catalogue';

/** Post boxes: the reply under a post, the reply/quote dialog, the new-post box (one per post of a thread). */
const POST_BOX = ['[data-testid^="tweetTextarea_"]'];
/** Direct-message boxes: legacy DMs (/messages) and X Chat (/i/chat). */
const DM_BOX = ['[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'];
/** Fields on X that are never replies. */
const NOT_A_REPLY =
  '[data-testid="SearchBox_Search_Input"], input[type="search"], [role="combobox"], [role="searchbox"]';

const TWEET = 'article[data-testid="tweet"]';
const USER_NAME = '[data-testid="User-Name"]';
const TWEET_TEXT = '[data-testid="tweetText"]';
/** Wraps the reply box under the focal post of a /status/ page. */
const INLINE_REPLY = '[data-testid="inline_reply_offscreen"]';
const DIALOG = '[role="dialog"]';
/** The signed-in account (the brand) in the side navigation: its handle finds the brand's own earlier replies. */
const ACCOUNT = '[data-testid="SideNav_AccountSwitcher_Button"]';
/** X Chat's rows, and the legacy DM entries (which do not say who sent them). */
const DM_MESSAGE = '[data-dm-message-row], [data-testid="messageEntry"]';
const DM_TEXT = '[data-testid^="message-text-"], [data-testid="tweetText"]';
const DM_NAME = ['[data-testid="dm-conversation-username"]'];
const DM_HEADER = [
  '[data-testid="dm-conversation-header"]',
  '[data-testid="DMDrawerHeader"]',
  '[data-testid="dm-conversation-title"]',
];

/** Who sent an X Chat row, from its layout class; undefined when the row does not say. */
function dmSender(row: Element): 'me' | 'them' | undefined {
  if (row.classList.contains('justify-end')) return 'me';
  if (row.classList.contains('justify-start')) return 'them';
  return undefined;
}

function isDm(box: HTMLElement, doc: Document): boolean {
  if (closestOf(box, DM_BOX)) return true;
  const path = doc.location?.pathname ?? '';
  return /^\/(?:messages|i\/chat)(?:\/|$)/.test(path) && !closestOf(box, POST_BOX);
}

/** Display name and @handle from a User-Name block ("Jane Doe", "@janedoe", "·", "2h"). */
function author(block: Element | null | undefined): { name?: string; handle?: string } {
  if (!block) return {};
  const lines = textOf(block, 300).split('\n');
  const name = lines.find((l) => l && !l.startsWith('@') && l !== '·' && !/^\d+[smhd]$/.test(l));
  let handle: string | undefined;
  for (const a of block.querySelectorAll('a[href]')) {
    const h = handleFromHref(a.getAttribute('href'));
    if (h && textOf(a, 40).startsWith('@')) handle = h;
  }
  handle ??= handleInside(block);
  return { name, handle };
}

/** The smallest block around a User-Name that also holds the post text (a quoted-post card). */
function cardOf(userName: Element, box: Element): Element | undefined {
  for (let a = userName.parentElement; a && !a.contains(box); a = a.parentElement)
    if (a.querySelector(TWEET_TEXT)) return a;
  return undefined;
}

function post(el: Element): { name?: string; handle?: string; text: string } {
  return { ...author(el.querySelector(USER_NAME)), text: textOf(el.querySelector(TWEET_TEXT)) };
}

/** The brand's sign-off, from its own posts on the page (the agent's earlier replies in this thread). */
function brandSignOff(box: HTMLElement, doc: Document): string | undefined {
  const brand = handleInside(doc.querySelector(ACCOUNT));
  if (!brand) return undefined;
  const own: string[] = [];
  for (const t of around(Array.from(doc.querySelectorAll(TWEET)), box)) {
    const p = post(t);
    if (p.handle?.toLowerCase() === brand.toLowerCase() && p.text) own.push(p.text);
  }
  return signOffIn(own);
}

function readPostBox(box: HTMLElement, doc: Document): SiteReading {
  const debug: Record<string, string> = { box: 'post box (tweetTextarea)' };
  const reading: SiteReading = { context: { channel: 'x', audience: 'public' }, debug };
  const dialog = box.closest(DIALOG);
  const scope = dialog ?? doc;
  const tweets = Array.from(scope.querySelectorAll(TWEET));
  // A reply: the post above the box in the reply dialog, or the focal post above the inline reply box.
  const above = dialog || box.closest(INLINE_REPLY) ? lastBefore(tweets, box) : undefined;
  // A quote: the quoted post is drawn below the box in the dialog (a card with the same User-Name block).
  const quotedName =
    dialog && !above
      ? Array.from(dialog.querySelectorAll(USER_NAME)).find((u) => !lastBefore([u], box) && !u.contains(box))
      : undefined;
  const quoted = quotedName ? cardOf(quotedName, box) : undefined;
  const target = above ?? quoted;
  if (target) {
    const p = post(target);
    debug.kind = above ? 'reply' : 'quote';
    debug.answering = above ? `${TWEET} above the box` : `quoted post (${USER_NAME}) below the box`;
    if (p.name) reading.context.customerName = p.name;
    if (p.handle) reading.context.customerHandle = p.handle;
    if (p.text) reading.context.customerMessage = p.text;
  } else {
    debug.kind = 'new post (no post being answered)';
  }
  const signOff = brandSignOff(box, doc);
  if (signOff) {
    reading.context.signOff = signOff;
    debug.signOff = "the brand's own posts on the page";
  }
  // A reply or quote whose post text is missing means X changed its markup: fall back, visibly.
  return target ? withFallback(reading, box, doc) : reading;
}

function readDm(box: HTMLElement, doc: Document): SiteReading {
  const debug: Record<string, string> = { box: 'direct message', kind: 'direct message' };
  const reading: SiteReading = { context: { channel: 'x', audience: 'private' }, debug };
  // X Chat draws the conversation and the box in one shadow root: read from the box's own root.
  const root = rootOf(box, doc);
  const header = pick(root, DM_HEADER);
  const nameEl = pick(root, DM_NAME);
  if (header || nameEl) {
    const lines = textOf((nameEl ?? header)!.el, 300).split('\n');
    const name = lines.find((l) => l && !l.startsWith('@'));
    if (name) reading.context.customerName = name;
    let handle: string | undefined;
    for (const a of header?.el.querySelectorAll('a[href]') ?? []) handle ??= handleFromHref(a.getAttribute('href'));
    handle ??= handleIn(textOf(header?.el, 300).split('\n').join(' '));
    if (handle) reading.context.customerHandle = handle;
    debug.name = (nameEl ?? header)!.selector;
  } else {
    debug.name = 'not found (no conversation header)';
  }
  const rows = Array.from(root.querySelectorAll(DM_MESSAGE)).filter((r) => lastBefore([r], box));
  const theirs = rows.filter((r) => dmSender(r) === 'them');
  const last = theirs.at(-1);
  if (last) {
    reading.context.customerMessage = textOf(last.querySelector(DM_TEXT) ?? last);
    debug.message = 'their last message above the box (justify-start row)';
    return reading;
  }
  if (rows.length) {
    // Rows found, none of them theirs or none saying who sent it: never take the agent's own for theirs.
    const unknown = rows.some((r) => !dmSender(r));
    debug.message = unknown ? `${NOT_FOUND}: the messages do not say who sent them` : 'no message from them yet';
    if (unknown) debug.unread = NOT_FOUND;
    return reading;
  }
  return withFallback(reading, box, doc);
}

export const x: SiteAdapter = {
  ...catalogueEntry('x'),
  editor: 'Draft.js (posts, legacy DMs); textarea (X Chat)',
  channels: ['x'],
  reads:
    "author's name and @handle, the post replied to or quoted, public post vs private DM, the brand's ^initials from its own replies",
  isReplyBox(box) {
    if (closestOf(box, POST_BOX) || closestOf(box, DM_BOX)) return true;
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read(box, doc) {
    if (isDm(box, doc)) return readDm(box, doc);
    if (closestOf(box, POST_BOX)) return readPostBox(box, doc);
    return unknownBox(box, doc, 'x', 'X');
  },
};
