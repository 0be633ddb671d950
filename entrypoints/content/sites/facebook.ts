// Facebook: comments and replies on posts (public), chats and the Page inbox in business.facebook.com
// (private). Editor: Lexical. Markers, from public scripts and extensions that work on Facebook (read 2026-11-23 and
// 2026-11-26: disrex-group/FB-Comments-Exporter-User-script facebook-comment-scraper.user.js v16.7: comments are
// [role="article"] in the post [role="dialog"], labelled "Comment…" (or in Dutch "Opmerking…"), linked by comment_id;
// data-ad-rendering-role="profile_name" / "story_message" in several scripts found by that exact string):
// comment boxes are Lexical [role="textbox"] labelled "Write a comment…", "Comment as <Page>" or
// "Reply to <name>"; comments are [role="article"] labelled "Comment by <name> …" / "Reply by <name> …" with
// their words in [dir="auto"] blocks; a post's text carries data-ad-preview="message" (also
// data-ad-comet-preview / data-ad-rendering-role="story_message") and its author data-ad-rendering-role="profile_name".
// Language-neutral first: a comment is a [role="article"] holding its permalink (a[href*="comment_id="], the link
// public comment scrapers key on, 2026-11-26), a box inside a post's article is a comment box and a box inside a
// comment's list item answers that comment; the translated labels ("Comment by", "Comentario de", …, labels.ts) are
// the fallback for the names.
import type { SiteAdapter, SiteReading } from './types';
import { unknownBox, withFallback } from './generic';
import { around, clean, destinationFrom, hintOf, nameOnly, nearest, pick, queryAll, signOffIn, textOf } from './read';
import { afterLabel, labelRe, labelSelector } from './labels';
import { readMetaChat } from './messenger';
import { catalogueEntry } from '../../../utils/site-catalogue';

const BY = `${labelSelector('commentBy', 'aria-label', '[role="article"]')},${labelSelector('replyBy', 'aria-label', '[role="article"]')}`;
/** A comment's own permalink (its time stamp); a post's article also holds its comments' links. */
const PERMALINK = 'a[href*="comment_id="]';
const ARTICLE = '[role="article"]';

/** A comment: an article whose permalink is its own (not a nested comment's), or labelled "Comment by …". */
function isComment(el: Element): boolean {
  if (el.matches(BY)) return true;
  for (const a of el.querySelectorAll(PERMALINK)) if (a.closest(ARTICLE) === el) return true;
  return false;
}

/** The post around the box: the post dialog, or the nearest article that is not a comment. */
function postAround(el: Element | null): Element | null {
  for (
    let a = el?.closest(`[role="dialog"], ${ARTICLE}`);
    a;
    a = a.parentElement?.closest(`[role="dialog"], ${ARTICLE}`)
  )
    if (!isComment(a)) return a;
  return null;
}
const POST_TEXT = [
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
  '[data-ad-rendering-role="story_message"]',
];
const POST_AUTHOR = ['[data-ad-rendering-role="profile_name"]', 'h2', 'h3', 'h4'];
const isCommentHint = (hint: string): boolean =>
  labelRe('comment').test(hint) || labelRe('commentAs').test(hint) || labelRe('replyTo').test(hint);
const NOT_A_REPLY = 'input[type="search"], [role="combobox"], [aria-label^="Search" i]';

/**
 * "Comment by Jane Doe 2 hours ago" / "Kommentar von Jana Novak vor 2 Stunden" -> the name (labels.ts). Only the
 * label's start is read: the trims below take the square of the length of a long run of spaces in it.
 */
export function nameIn(
  label: string | null | undefined,
  ...kinds: Parameters<typeof afterLabel>[0][]
): string | undefined {
  for (const kind of kinds) {
    const rest = afterLabel(kind, label?.slice(0, 400));
    if (rest !== undefined)
      return nameOnly(
        rest
          .replace(/(?:'s comment)?[\s.…]*$/i, '')
          // "2 hours ago", "vor 2 Stunden", "hace 2 horas", "il y a 2 heures", "há 2 horas"
          .replace(/\s+(?:\d+\s?\p{L}*\s+ago|(?:vor|hace|il y a|há) \d.*)$/iu, '')
          .replace(/\s+(just now|yesterday)$/i, ''),
      );
  }
  return undefined;
}

/** Who wrote a comment: its label's name, else the text of its first link (the author's profile). */
function commenter(comment: Element): string | undefined {
  return (
    nameIn(comment.getAttribute('aria-label'), 'commentBy', 'replyBy') ??
    nameOnly(textOf(comment.querySelector('a[href]:not([href*="comment_id="])'), 100))
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
  return (
    nameIn(hint, 'commentAs') ??
    nameIn(doc.querySelector(labelSelector('commentAs'))?.getAttribute('aria-label'), 'commentAs')
  );
}

function readComment(box: HTMLElement, doc: Document, hint: string): SiteReading {
  const debug: Record<string, string> = { box: `comment box "${hint}"` };
  const reading: SiteReading = { context: { channel: 'facebook', audience: 'public' }, debug };
  const comments = queryAll(box, doc, ARTICLE).filter(isComment);
  // A box inside a comment's list item answers that comment (no words needed); "Reply to <name>" confirms the name.
  const under = Array.from(box.closest('li')?.querySelectorAll(ARTICLE) ?? []).find(isComment);
  const replyTo = nameIn(hint, 'replyTo');
  if (under || replyTo) {
    const theirs = replyTo ? comments.filter((c) => commenter(c) === replyTo) : [];
    const comment = under ?? nearest(box, theirs.length ? theirs : comments);
    const name = replyTo ?? (comment ? commenter(comment) : undefined);
    debug.kind = 'reply to a comment';
    if (name) reading.context.customerName = name;
    if (comment) {
      reading.context.customerMessage = commentText(comment, name);
      debug.answering = `the comment [role="article"] ${under ? 'the box sits under' : `by ${name}`}`;
    }
  } else {
    debug.kind = 'comment on a post';
    const post = postAround(box) ?? postAround(nearest(box, queryAll(box, doc, POST_TEXT.join(','))) ?? null);
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
    const own = around(comments, box).filter((c) => commenter(c) === page);
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
    if (box.getAttribute('role') === 'textbox') {
      // Language-neutral: a Lexical box inside a post's article is a comment box; else the box's label says.
      const hint = hintOf(box);
      if (box.closest('[role="article"]') || isCommentHint(hint) || labelRe('message').test(hint)) return true;
    }
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read(box, doc) {
    const hint = hintOf(box);
    const path = doc.location?.pathname ?? '';
    if (box.closest('[role="article"]') || isCommentHint(hint)) {
      // The Page inbox also answers Instagram comments there; the box says which.
      const dest = destinationFrom(hint);
      const reading = readComment(box, doc, hint);
      if (dest?.channel === 'instagram') reading.context.channel = 'instagram';
      return reading;
    }
    if (labelRe('message').test(hint) || /^\/(?:messages|latest\/inbox)(?:\/|$)/.test(path)) {
      // Page inbox threads can be Instagram DMs: the page names the platform in the URL or the box's hint.
      const instagram = /instagram/i.test(`${doc.location?.search ?? ''} ${hint}`);
      return readMetaChat(box, doc, instagram ? 'instagram' : 'messenger');
    }
    return unknownBox(box, doc, 'facebook', 'Facebook');
  },
};
