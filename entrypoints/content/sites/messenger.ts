// Messenger (messenger.com): one-to-one chats, private. Editor: Lexical.
// Markers (Meta's accessibility markup, used by public scripts for Messenger, Facebook chat and Instagram DMs):
// the message list is labelled "Messages in conversation with <name>", each message is a [role="row"], its
// words are in [dir="auto"] blocks, and the composer is a Lexical [role="textbox"] labelled "Message".
import type { Channel } from '../../../rules/schema';
import type { SiteAdapter, SiteReading } from './types';
import { withFallback } from './generic';
import { clean, hintOf, nameOnly, nearest } from './read';
import { readThread } from './thread';
import { catalogueEntry } from '../../../utils/site-catalogue';

/** The message list of a Meta conversation; its label names the other person. */
const CONVERSATION = '[aria-label*="conversation with" i]';
/** A message box in Meta's chats: "Message", "Message…", "Aa" (older Messenger). */
export const META_MESSAGE_BOX = /^(message|aa)\b/i;
const NOT_A_REPLY = 'input[type="search"], [role="combobox"], [aria-label^="Search" i]';

/** Reads a Meta chat (Messenger, Facebook chat, Instagram DMs) around `box`. Private by nature. */
export function readMetaChat(box: HTMLElement, doc: Document, channel: Channel): SiteReading {
  const debug: Record<string, string> = { box: `${channel} message box`, kind: 'private message' };
  const reading: SiteReading = { context: { channel, audience: 'private' }, debug };
  const conversation = nearest(box, doc.querySelectorAll(CONVERSATION));
  if (conversation) {
    const label = clean(conversation.getAttribute('aria-label') ?? '');
    const name = nameOnly(/conversation with\s+(\S.*)$/i.exec(label)?.[1]);
    if (name) reading.context.customerName = name;
    debug.name = `${CONVERSATION} "${label}"`;
  } else {
    debug.name = 'not found (no conversation label)';
  }
  const thread = readThread(box, doc, {
    message: '[role="row"]',
    body: '[dir="auto"]',
    skip: 'h1, h2, h3, h4, h5, h6',
    // Meta's screen-reader heading "You sent" marks the agent's own messages.
    who: (m) =>
      /^\s*you sent\b/i.test(m.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '') ? 'agent' : undefined,
  });
  if (thread.customer) {
    reading.context.customerMessage = thread.customer.text;
    debug.message = `last [role="row"] from them (${thread.found} messages)`;
  }
  if (thread.signOff) reading.context.signOff = thread.signOff;
  if (thread.found > 0 && !thread.customer) {
    debug.message = `no message from them yet (${thread.found} messages)`;
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
    if (box.getAttribute('role') === 'textbox' && META_MESSAGE_BOX.test(hintOf(box))) return true;
    if (box.matches(NOT_A_REPLY)) return false;
    return undefined;
  },
  read: (box, doc) => readMetaChat(box, doc, 'messenger'),
};
