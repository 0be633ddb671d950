// Pages no adapter knows (sites the user added), and the fallback of every adapter whose own markers are
// missing: find the message being answered from the page's structure, else with Readability on a COPY of the
// document (Readability rewrites the DOM it is given; the live page is never touched).
import type { Channel } from '../../../rules/schema';
import type { SiteAdapter, SiteReading } from './types';
import { MAX_MESSAGE, composerMode, lastBefore, nameOnly, rootOf, textOf } from './read';
import { catalogueEntry } from '../../../utils/site-catalogue';
import { providedReadability } from '../../../utils/readability-slot';

/** Elements that usually hold one message, post or comment, on pages we have never seen. */
const MESSAGE_LIKE = [
  'article',
  '[role="article"]',
  '[role="listitem"]',
  'blockquote',
  '[itemprop="text"]',
  '[data-testid*="message" i]',
  '[class*="message" i]',
  '[class*="comment" i]',
  '[class*="post-body" i]',
].join(',');

/** At least a few words: skips badges, counters and labels that happen to match MESSAGE_LIKE. */
function looksLikeMessage(text: string): boolean {
  return text.length >= 15 && text.split(/\s+/).length >= 3;
}

/**
 * The nearest message-like element before the box (document order), skipping those that contain the box
 * (the thread around it) and those too short to be a message. Also used by adapters as their fallback.
 */
export function messageBefore(
  box: HTMLElement,
  doc: Document,
  selectors = MESSAGE_LIKE,
): { el: Element; text: string } | undefined {
  const before: Element[] = [];
  // From the box's own root: a composer inside a shadow root has its thread there too.
  for (const el of rootOf(box, doc).querySelectorAll(selectors)) if (lastBefore([el], box)) before.push(el);
  for (let i = before.length - 1; i >= 0; i--) {
    const el = before[i]!;
    // An element holding a later candidate is a thread wrapper, not one message.
    if (i < before.length - 1 && el.contains(before[i + 1]!)) continue;
    const text = textOf(el);
    if (looksLikeMessage(text)) return { el, text };
  }
  return undefined;
}

interface Article {
  text: string;
  byline?: string;
  title?: string;
}
const READABILITY_TTL_MS = 30_000;
let cached: { href: string; at: number; article: Article | null } | undefined;

/**
 * Readability's main text of the page, run on a clone without any editable box (so the agent's own draft is
 * never taken for the customer's message). Cached per URL for 30 s: it costs a clone and a parse.
 */
export function readabilityArticle(doc: Document): Article | null {
  const href = doc.location?.href ?? '';
  const now = Date.now();
  if (cached && cached.href === href && now - cached.at < READABILITY_TTL_MS) return cached.article;
  const Readability = providedReadability();
  if (!Readability) {
    whenMissing?.(); // not loaded in this frame yet: no context for now, and a look again once it is
    return null;
  }
  let article: Article | null = null;
  try {
    const copy = doc.cloneNode(true) as Document;
    copy.querySelectorAll('[contenteditable], textarea, input, select, tone-coach-ui').forEach((el) => el.remove());
    const parsed = new Readability<Node>(copy, {
      charThreshold: 100,
      maxElemsToParse: 20_000,
      serializer: (n) => n,
    }).parse();
    const content = parsed?.content;
    const text =
      content && content.nodeType === 1 ? textOf(content as Element, MAX_MESSAGE) : clip(parsed?.textContent ?? '');
    if (text) article = { text, byline: parsed?.byline ?? undefined, title: parsed?.title ?? undefined };
  } catch {
    article = null; // too many elements, or a page Readability cannot handle: no context rather than an error
  }
  cached = { href, at: now, article };
  return article;
}

function clip(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, MAX_MESSAGE);
}

let whenMissing: (() => void) | undefined;
/** What to do when a read needs Readability and this frame has not loaded it (the content script asks the worker). */
export function onReadabilityMissing(load: () => void): void {
  whenMissing = load;
}

/** Forgets the cached Readability result (tests, and the content script after a navigation if it wants). */
export function forgetReadability(): void {
  cached = undefined;
}

/** Reads what a page we know nothing about tells us about the box. */
export function readGeneric(box: HTMLElement, doc: Document): SiteReading {
  const debug: Record<string, string> = {};
  // A plain "Reply" names no destination here (a forum reply is public, a portal reply private): only an
  // explicit note/channel switch changes the default.
  const found = composerMode(box);
  const mode = found && !found.destination.generic ? found : undefined;
  const context: SiteReading['context'] = mode
    ? { channel: mode.destination.channel, audience: mode.destination.audience }
    : { channel: 'other', audience: 'public' };
  debug.audience = mode
    ? `${mode.destination.kind} (from ${mode.from})`
    : 'public (assumed: nothing on the page says otherwise)';
  const structural = messageBefore(box, doc);
  if (structural) {
    context.customerMessage = structural.text;
    debug.message = `nearest message above the box (<${structural.el.tagName.toLowerCase()}>)`;
  } else {
    const article = readabilityArticle(doc);
    if (article) {
      context.customerMessage = article.text;
      const name = nameOnly(article.byline);
      if (name) context.customerName = name;
      debug.message = 'readability (main text of a copy of the page)';
    } else {
      debug.message = 'none found';
    }
  }
  return { context, debug };
}

/**
 * Fills what a site adapter could not read from its own markers with the generic reading, and says so in the
 * debug map ('fallback: …'), so a site that changed its DOM degrades instead of failing silently.
 */
export function withFallback(reading: SiteReading, box: HTMLElement, doc: Document): SiteReading {
  if (reading.context.customerMessage) return reading;
  const generic = readGeneric(box, doc);
  if (generic.context.customerMessage) {
    reading.context.customerMessage = generic.context.customerMessage;
    reading.debug.message = `fallback: ${generic.debug.message}`;
    if (!reading.context.customerName && generic.context.customerName)
      reading.context.customerName = generic.context.customerName;
  } else {
    reading.debug.message = 'fallback: none found';
  }
  return reading;
}

/**
 * A box on a known site that the site's own markers do not explain (a new composer, a changed DOM): the
 * generic reading on that site's channel, public unless the page shows a note/private switch, marked as a
 * fallback in the debug view.
 */
export function unknownBox(box: HTMLElement, doc: Document, channel: Channel, site: string): SiteReading {
  const generic = readGeneric(box, doc);
  const isPrivate = generic.context.audience === 'private';
  return {
    context: {
      ...generic.context,
      channel: isPrivate ? generic.context.channel : channel,
      audience: isPrivate ? 'private' : 'public',
    },
    debug: {
      box: `fallback: not a known ${site} box`,
      ...generic.debug,
      message: `fallback: ${generic.debug.message}`,
    },
  };
}

export const generic: SiteAdapter = {
  ...catalogueEntry('generic'),
  editor: 'any (textarea, contenteditable, the rich editors the content script knows)',
  channels: ['other', 'ticket'],
  reads:
    'message being answered (nearest message above the box, else Readability on a copy of the page); note vs reply from an accessible Reply/Note switch',
  isReplyBox: () => undefined,
  read: readGeneric,
};
