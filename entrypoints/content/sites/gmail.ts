// Gmail (mail.google.com): new emails and replies, private. Editor: Google's own contenteditable.
// Markers, from public extensions that read Gmail: the body div[aria-label="Message Body"][role="textbox"]
// carrying g_editable="true" (the aria-label is translated, g_editable is not); each message of a thread is a
// div.adn with the sender in span.gD[email][name] and the words in div.a3s (quoted history in .gmail_quote,
// signatures in .gmail_signature); the signed-in account is named in the Google bar's
// a[aria-label^="Google Account"] ("Google Account: Ann Agent (ann@brand.com)"); recipients in a compose
// window are chips carrying [email] and [name].
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

const ACCOUNT = 'a[aria-label^="Google Account" i], [aria-label^="Google Account" i]';

/** The signed-in address, to tell the agent's own messages from the customer's. */
function accountEmail(doc: Document): string | undefined {
  const label = doc.querySelector(ACCOUNT)?.getAttribute('aria-label') ?? '';
  return /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(label)?.[0].toLowerCase();
}

export const gmail = helpdesk({
  ...catalogueEntry('gmail'),
  editor: 'contenteditable (Gmail)',
  channels: ['email'],
  reads: "sender's or recipient's name, the latest email from them (without quoted history), the agent's sign-off",
  composer: ['div[g_editable="true"]', 'div[aria-label="Message Body"][role="textbox"]'],
  notAReply:
    'input[name="subjectbox"], input[name="to"], input[name="cc"], input[name="bcc"], input[type="search"], form[role="search"] input, [role="combobox"]',
  thread: {
    message: 'div.adn, div[data-message-id]',
    author: 'span.gD[email]',
    body: 'div.a3s',
    skip: '.gmail_quote, .gmail_extra, .gmail_signature, blockquote',
    who(m) {
      const from = m.querySelector('span.gD[email]')?.getAttribute('email')?.toLowerCase();
      if (!from) return undefined;
      return from === accountEmail(m.ownerDocument) ? 'agent' : 'customer';
    },
  },
  recipient: ['[role="dialog"] [email]', 'form [email]', 'span[email][name]'],
  // A compose window with no thread open is a new email.
  newConversation: (_box, doc) => !doc.querySelector('div.adn, div[data-message-id]'),
  usual: { channel: 'email', audience: 'private', kind: 'email' },
});
