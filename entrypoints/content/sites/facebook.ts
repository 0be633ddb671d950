// Facebook: comments and replies on posts (public), chats and the Page inbox in business.facebook.com
// (private). Editor: Lexical. Markers, from public scripts and extensions that work on Facebook:
// comment boxes are Lexical [role="textbox"] labelled "Write a comment…", "Comment as <Page>" or
// "Reply to <name>"; comments are [role="article"] labelled "Comment by <name> …" / "Reply by <name> …" with
// their words in [dir="auto"] blocks; a post's text carries data-ad-preview="message" (also
// data-ad-comet-preview / data-ad-rendering-role="story_message") and its author data-ad-rendering-role="profile_name".
import type { SiteAdapter, SiteReading } from './types';
import { unknownBox, withFallback } from './generic';
import { around, clean, destinationFrom, hintOf, nameOnly, nearest, pick, signOffIn, textOf } from './read';
import { META_MESSAGE_BOX, readMetaChat } from './messenger';
import { catalogueEntry } from '../../../utils/site-catalogue';

const COMMENT = '[role="article"][aria-label^="Comment by " i], [role="article"][aria-label^="Reply by " i]';
const POST_TEXT = [
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
  '[data-ad-rendering-role="story_message"]',
];
const POST_AUTHOR = ['[data-ad-rendering-role="profile_name"]', 'h2', 'h3', 'h4'];
/** A post: the post dialog, or a feed story (an article that is not a comment). */
const POST = '[role="dialog"], [role="article"]:not([aria-label^="Comment by " i]):not([aria-label^="Reply by " i])';
const COMMENT_HINT = /\b(?:comment|reply|answer)/i;
const NOT_A_REPLY = 'input[type="search"], [role="combobox"], [aria-label^="Search" i]';

/** "Comment by Jane Doe 2 hours ago" -> "Jane Doe"; "Reply to Jane Doe's comment" -> "Jane Doe". */
function nameIn(label: string, prefix: RegExp): string | undefined {
  const rest = label.replace(prefix, '');
  if (rest === label) return undefined;
  return nameOnly(
    rest
      .replace(/(?:'s comment)?[\s.…]*$/i, '')
      .replace(/\s+\d+(?:\s?[a-z]+)?\s+ago$/i, '')
      .replace(/\s+(just now|yesterday)$/i, ''),
  );
}

/** The words of a comment: its [dir="auto"] blocks without the author's name line. */
function commentText(comment: Element, name: string | undefined): string {
  const blocks = Array.from(comment.querySelectorAll('div[dir="auto"]')).filter(
    (b) => !b.parentElement?.closest('div[dir="auto"]'),
  );
  const text = (blocks.length ? blocks.map((b) => textOf(b)).join('\n') : textOf(comment))
    .split('\n')
    .filter((line) => line !== name)
    .join('\n');
  return clean(text);
}

/** "Comment as Acme Support" (on this box or another on the page): the Page the agent answers as. */
function pageName(doc: Document, hint: string): string | undefined {
  const label = /^comment as\s+/i.test(hint)
    ? hint
    : (doc.querySelector('[aria-label^="Comment as " i]')?.getAttribute('aria-label') ?? '');
  return nameIn(label, /^comment as\s+/i);
}

function readComment(box: HTMLElement, doc: Document, hint: string): SiteReading {
  const debug: Record<string, string> = { box: `comment box "${hint}"` };
  const reading: SiteReading = { context: { channel: 'facebook', audience: 'public' }, debug };
  const comments = Array.from(doc.querySelectorAll(COMMENT));
  const replyTo = nameIn(hint, /^reply to\s+/i);
  if (replyTo) {
    const theirs = comments.filter(
      (c) => nameIn(c.getAttribute('aria-label') ?? '', /^(comment|reply) by\s+/i) === replyTo,
    );
    const comment = nearest(box, theirs.length ? theirs : comments);
    debug.kind = 'reply to a comment';
    reading.context.customerName = replyTo;
    if (comment) {
      reading.context.customerMessage = commentText(comment, replyTo);
      debug.answering = `[role="article"] "${clean(comment.getAttribute('aria-label') ?? '')}"`;
    }
  } else {
    debug.kind = 'comment on a post';
    const post = box.closest(POST) ?? nearest(box, doc.querySelectorAll(POST_TEXT.join(',')))?.closest(POST);
    const text = pick(post, POST_TEXT);
    const author = pick(post, POST_AUTHOR);
    if (text) {
      reading.context.customerMessage = textOf(text.el);
      debug.answering = `post text ${text.selector}`;
    }
    const name = nameOnly(author ? textOf(author.el, 200) : undefined);
    if (name && name === pageName(doc, hint)) debug.name = 'the post is by the Page itself (no customer name)';
    else if (name) reading.context.customerName = name;
  }
  // The Page's own comments show its sign-off.
  const page = pageName(doc, hint);
  if (page) {
    const own = around(comments, box).filter(
      (c) => nameIn(c.getAttribute('aria-label') ?? '', /^(comment|reply) by\s+/i) === page,
    );
    const signOff = signOffIn(own.map((c) => commentText(c, page)));
    if (signOff) {
      reading.context.signOff = signOff;
      debug.signOff = `${page}'s own comments`;
    }
  }
  return withFallback(reading, box, doc);
}

export const facebook: SiteAdapter = {
  ...catalogueEntry('facebook'),
  editor: 'Lexical',
  channels: ['facebook', 'messenger', 'instagram'],
  reads:
    "commenter's or poster's name, the comment or post answered, public comment vs private chat, the Page's sign-off",
  isReplyBox(box) {
    if (
      box.getAttribute('role') === 'textbox' &&
      (COMMENT_HINT.test(hintOf(box)) || META_MESSAGE_BOX.test(hintOf(box)))
    )
      return true;
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read(box, doc) {
    const hint = hintOf(box);
    const path = doc.location?.pathname ?? '';
    if (COMMENT_HINT.test(hint)) {
      // The Page inbox also answers Instagram comments there; the box says which.
      const dest = destinationFrom(hint);
      const reading = readComment(box, doc, hint);
      if (dest?.channel === 'instagram') reading.context.channel = 'instagram';
      return reading;
    }
    if (META_MESSAGE_BOX.test(hint) || /^\/(?:messages|latest\/inbox)(?:\/|$)/.test(path)) {
      // Page inbox threads can be Instagram DMs: the page names the platform in the URL or the box's hint.
      const instagram = /instagram/i.test(`${doc.location?.search ?? ''} ${hint}`);
      return readMetaChat(box, doc, instagram ? 'instagram' : 'messenger');
    }
    return unknownBox(box, doc, 'facebook', 'Facebook');
  },
};
