// Messenger (messenger.com): one-to-one chats, private. Editor: Lexical.
// Markers (Meta's accessibility markup, used by public scripts for Messenger, Facebook chat and Instagram DMs):
// the message list is labelled "Messages in conversation with <name>", each message is a [role="row"], its
// words are in [dir="auto"] blocks, and the composer is a Lexical [role="textbox"] labelled "Message". The list's
// label is now also "Messages in conversation titled <name>" (public scripts found by that exact string,
// 2026-11-26: several Messenger / Marketplace bots observe div[aria-label*='Messages in conversation titled'] and
// read its [role="row"] children; the index does not name their repositories). Labels in five languages
// (labels.ts); a message is the other person's only when its heading names them, the agent's when it is "You sent"
// (or its translation): a row whose heading says neither is not guessed.
import type { Channel } from '../../../rules/schema';
import type { SiteAdapter, SiteReading } from './types';
import { withFallback } from './generic';
import { NOT_FOUND, clean, hintOf, nameOnly, nearest, queryAll } from './read';
import { afterLabel, labelRe, labelSelector } from './labels';
import { readThread } from './thread';
import { catalogueEntry } from '../../../utils/site-catalogue';

/** The message list of a Meta conversation; its label names the other person. */
const CONVERSATION = labelSelector('conversation');
const NOT_A_REPLY = 'input[type="search"], [role="combobox"], [aria-label^="Search" i]';

/** Reads a Meta chat (Messenger, Facebook chat, Instagram DMs) around `box`. Private by nature. */
export function readMetaChat(box: HTMLElement, doc: Document, channel: Channel): SiteReading {
  const debug: Record<string, string> = { box: `${channel} message box`, kind: 'private message' };
  const reading: SiteReading = { context: { channel, audience: 'private' }, debug };
  const conversation = nearest(box, queryAll(box, doc, CONVERSATION));
  let name: string | undefined;
  if (conversation) {
    const label = clean(conversation.getAttribute('aria-label') ?? '');
    name = nameOnly(afterLabel('conversation', label));
    if (name) reading.context.customerName = name;
    debug.name = `${CONVERSATION} "${label}"`;
  } else {
    debug.name = 'not found (no conversation label)';
  }
  const thread = readThread(box, doc, {
    message: '[role="row"]',
    body: '[dir="auto"]',
    skip: 'h1, h2, h3, h4, h5, h6',
    // Meta's screen-reader heading: "You sent" (translated) on the agent's own messages, the sender's name on theirs.
    who(m) {
      const heading = clean(m.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '');
      if (labelRe('youSent').test(heading)) return 'agent';
      const first = name?.split(' ')[0];
      return first && heading.includes(first) ? 'customer' : undefined;
    },
  });
  if (thread.customer) {
    reading.context.customerMessage = thread.customer.text;
    debug.message = `last [role="row"] from them (${thread.found} messages)`;
  }
  if (thread.signOff) reading.context.signOff = thread.signOff;
  if (thread.found > 0 && !thread.customer) {
    debug.message = thread.unknown ? `${NOT_FOUND} (${thread.found} messages)` : `no message from them yet`;
    if (thread.unknown) debug.unread = NOT_FOUND;
    return reading;
  }
  return withFallback(reading, box, doc);
}

export const messenger: SiteAdapter = {
  ...catalogueEntry('messenger'),
  editor: 'Lexical',
  channels: ['messenger'],
  reads: "the other person's name, their last message; always private",
  isReplyBox(box) {
    if (box.getAttribute('role') === 'textbox' && labelRe('message').test(hintOf(box))) return true;
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read: (box, doc) => readMetaChat(box, doc, 'messenger'),
};
