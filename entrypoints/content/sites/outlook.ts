// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): new emails and replies,
// private. Editor: a contenteditable driven by Microsoft's roosterjs. Markers (uncertain: used by public
// scripts, not documented by Microsoft): the compose body div[role="textbox"][aria-label^="Message body"]
// (contenteditable), the subject input[aria-label="Add a subject"], the To field's recipient chips
// (span[title*="@"]), and each message body of the reading pane, div[aria-label="Message body"] that is not
// editable (its sender is not read: no stable marker is known; the name comes from the To field).
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const outlook = helpdesk({
  ...catalogueEntry('outlook'),
  editor: 'contenteditable (roosterjs)',
  channels: ['email'],
  reads: "sender's or recipient's name, the latest email from them (without quoted history)",
  composer: [
    'div[role="textbox"][aria-label^="Message body" i][contenteditable="true"]',
    'div[aria-label^="Message body" i][contenteditable="true"]',
  ],
  notAReply:
    'input[aria-label="Add a subject"], input[type="search"], input[aria-label^="Search" i], [role="combobox"], [aria-label="To"], [aria-label="Cc"], [aria-label="Bcc"]',
  thread: {
    message: 'div[aria-label="Message body"]:not([contenteditable])',
    skip: '#divRplyFwdMsg, #appendonsend, blockquote, [id^="x_divRplyFwdMsg"]',
  },
  recipient: ['[aria-label="To"] span[title*="@"]', 'div[role="textbox"][aria-label="To"] [title]'],
  newConversation: (_box, doc) => !doc.querySelector('div[aria-label="Message body"]:not([contenteditable])'),
  usual: { channel: 'email', audience: 'private', kind: 'email' },
});
