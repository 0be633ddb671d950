// Instagram: comments on posts and reels (public), direct messages (private).
// Editors: a textarea for comments, Lexical for direct messages. Markers, from public scripts and extensions (read
// 2026-11-23; the code index does not name their repositories):
// the comment box is textarea[aria-label="Add a comment…"] in the post's <form>; the post is an <article>
// (or the post dialog) whose <header> links to the author's profile (/handle/) and whose caption is the first
// <h1>; "Reply" under a comment pre-fills the box with "@handle "; direct messages live under /direct/ and
// use Meta's chat markup (see messenger.ts). Language-neutral first: the comment box is the textarea of a post's
// <form> (the only textarea Instagram draws in a post); its label in five languages (labels.ts) is the fallback.
import type { SiteAdapter, SiteReading } from './types';
import { unknownBox, withFallback } from './generic';
import { handleFromHref, handleIn, hintOf, textOf } from './read';
import { readMetaChat } from './messenger';
import { labelRe, labelSelector } from './labels';
import { catalogueEntry } from '../../../utils/site-catalogue';

const COMMENT_BOX = `article form textarea, [role="dialog"] form textarea, ${labelSelector('comment', 'aria-label', 'textarea')}, ${labelSelector('comment', 'placeholder', 'textarea')}`;
const POST = 'article, [role="dialog"], main';
const NOT_A_REPLY = 'input[type="search"], [role="combobox"], input[aria-label^="Search" i]';

/** The profile a link points to, if it is one (/handle/), not a post, tag or explore link. */
function profileHandle(a: Element): string | undefined {
  const href = a.getAttribute('href') ?? '';
  return /^\/(?:p|reel|reels|explore|stories|direct|accounts)\//.test(href) ? undefined : handleFromHref(href);
}

function readComment(box: HTMLTextAreaElement, doc: Document): SiteReading {
  const debug: Record<string, string> = { box: 'comment box (Add a comment…)' };
  const reading: SiteReading = { context: { channel: 'instagram', audience: 'public' }, debug };
  const post = box.closest(POST);
  const replyTo = handleIn(/^\s*@\S+/.exec(box.value)?.[0]);
  const comment =
    replyTo && post
      ? Array.from(post.querySelectorAll('ul li')).find((li) =>
          Array.from(li.querySelectorAll('a[href]')).some(
            (a) => profileHandle(a)?.toLowerCase() === replyTo.toLowerCase(),
          ),
        )
      : undefined;
  if (replyTo && comment) {
    debug.kind = 'reply to a comment (the box starts with their @handle)';
    reading.context.customerHandle = replyTo;
    // The comment's words without its author's profile link (drawn right before them).
    const name = replyTo.slice(1);
    reading.context.customerMessage = textOf(comment, undefined, `a[href="/${name}/" i], a[href="/${name}" i]`);
    debug.answering = 'the comment (ul li) by that handle';
  } else if (post) {
    debug.kind = 'comment on a post';
    const author = Array.from(post.querySelectorAll('header a[href]')).map(profileHandle).find(Boolean);
    if (author) reading.context.customerHandle = author;
    const caption = post.querySelector('h1');
    if (caption) {
      reading.context.customerMessage = textOf(caption);
      debug.answering = 'caption (first h1 of the post)';
    }
  }
  return withFallback(reading, box, doc);
}

export const instagram: SiteAdapter = {
  ...catalogueEntry('instagram'),
  editor: 'textarea (comments); Lexical (direct messages)',
  channels: ['instagram'],
  reads: "author's or commenter's @handle, the caption or comment answered, public comment vs private DM",
  isReplyBox(box) {
    if (box.matches(COMMENT_BOX)) return true;
    if (box.getAttribute('role') === 'textbox' && labelRe('message').test(hintOf(box))) return true;
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read(box, doc) {
    if (box.matches(COMMENT_BOX)) return readComment(box as HTMLTextAreaElement, doc);
    if (/^\/direct\//.test(doc.location?.pathname ?? '') || labelRe('message').test(hintOf(box)))
      return readMetaChat(box, doc, 'instagram');
    return unknownBox(box, doc, 'instagram', 'Instagram');
  },
};
