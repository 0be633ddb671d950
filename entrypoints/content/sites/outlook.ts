// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): new emails and replies,
// private. Editor: a contenteditable driven by Microsoft's roosterjs. Markers (uncertain: used by public
// scripts, not documented by Microsoft): the compose body div[role="textbox"][aria-label^="Message body"]
// (contenteditable), the subject input[aria-label="Add a subject"], the To field's recipient chips
// (span[title*="@"]), and each message body of the reading pane, div[aria-label="Message body"] that is not
// editable; whose message it is comes from the sender's address beside it compared with the To field's (when
// neither tells, the customer's message is reported not found rather than guessed). Labels in five languages (labels.ts). Work accounts
// now open at outlook.cloud.microsoft (public extensions' and userscripts' match patterns list
// https://outlook.cloud.microsoft/* beside outlook.office.com, found by that exact string, 2026-11-26).
// toggl/track-extension src/content/outlook.js (read 2026-11-26) keys on [aria-label="Message actions"] and
// [aria-label="Add a subject"]: English labels, hence the translations.
import { helpdesk } from './helpdesk';
import { labelSelector } from './labels';
import { catalogueEntry } from '../../../utils/site-catalogue';

/** The body's label, "Message body", in the five languages of labels.ts (no language-neutral marker is known). */
const BODY = labelSelector('messageBody');
const READ_BODY = labelSelector('messageBody', 'aria-label', 'div:not([contenteditable])');
const RECIPIENT = ['[aria-label="To"] span[title*="@"]', 'div[role="textbox"][aria-label="To"] [title]'];

/**
 * Whose message a body is, without words: the sender's address (span[title="jane@…"]) in the message item around
 * the body is the address the reply goes to (the To field's chip) for the customer's message, another for the
 * agent's own. Undefined when either address is missing.
 */
function sender(body: Element): 'customer' | 'agent' | undefined {
  const to = body.ownerDocument.querySelector(RECIPIENT.join(','))?.getAttribute('title')?.toLowerCase();
  let item: Element | null = body.parentElement;
  for (let i = 0; item && i < 4 && !item.querySelector(':scope > [title*="@"], :scope > * > [title*="@"]'); i++)
    item = item.parentElement;
  const from = item?.querySelector('[title*="@"]')?.getAttribute('title')?.toLowerCase();
  if (!to || !from) return undefined;
  return from === to ? 'customer' : 'agent';
}

export const outlook = helpdesk({
  ...catalogueEntry('outlook'),
  editor: 'contenteditable (roosterjs)',
  channels: ['email'],
  reads: "sender's or recipient's name, the latest email from them (without quoted history)",
  composer: [
    BODY.split(',')
      .map((b) => `div${b}[contenteditable="true"]`)
      .join(','),
  ],
  notAReply:
    'input[aria-label="Add a subject"], input[type="search"], input[aria-label^="Search" i], [role="combobox"], [aria-label="To"], [aria-label="Cc"], [aria-label="Bcc"]',
  thread: {
    message: READ_BODY,
    skip: '#divRplyFwdMsg, #appendonsend, blockquote, [id^="x_divRplyFwdMsg"]',
    who: sender,
  },
  recipient: RECIPIENT,
  newConversation: (_box, doc) => !doc.querySelector(READ_BODY),
  usual: { channel: 'email', audience: 'private', kind: 'email' },
});
