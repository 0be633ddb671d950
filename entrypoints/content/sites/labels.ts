// The words a few sites put in their accessible labels, in English, Spanish, French, German and Portuguese. Adapters
// read language-neutral markers first (data-testid, data-* attributes, roles, structure); these labels are only the
// fallback, so an agent using the app in another language is never read as the customer. One line per label:
// keep it short (the content script has a size budget). Sources: each adapter's header comment.

/** Label prefixes, per meaning. Matching is case-insensitive, from the start of the label. */
export const LABELS = {
  /** Facebook: a comment's aria-label, "Comment by Jane Doe 2 hours ago". */
  commentBy: ['Comment by', 'Comentario de', 'Commentaire de', 'Kommentar von', 'Comentário de'],
  /** Facebook: a reply's aria-label, "Reply by Acme Air". */
  replyBy: ['Reply by', 'Respuesta de', 'Réponse de', 'Antwort von', 'Resposta de'],
  /** Facebook: the top-level box, "Comment as Acme Air". */
  commentAs: ['Comment as', 'Comentar como', 'Commenter en tant que', 'Kommentieren als', 'Comentar como'],
  /** Facebook: the box under a comment, "Reply to Jane Doe". */
  replyTo: ['Reply to', 'Responder a', 'Répondre à', 'Antworten an', 'Responder a', 'Responder para'],
  /** Facebook and Instagram comment boxes: "Write a comment…", "Add a comment…". */
  comment: [
    'Write a comment',
    'Add a comment',
    'Escribe un comentario',
    'Agrega un comentario',
    'Añade un comentario',
    'Écrivez un commentaire',
    'Ajoutez un commentaire',
    'Kommentieren',
    'Schreibe einen Kommentar',
    'Füge einen Kommentar hinzu',
    'Escreva um comentário',
    'Adicione um comentário',
  ],
  /** Meta chats: the box, "Message", "Aa". */
  message: ['Message', 'Aa', 'Mensaje', 'Nachricht', 'Mensagem'],
  /** Meta chats: the message list, "Messages in conversation with Jane" / "… titled Jane". */
  conversation: [
    'Messages in conversation with',
    'Messages in conversation titled',
    'Mensajes de la conversación con',
    'Mensajes en la conversación con',
    'Messages dans la conversation avec',
    'Nachrichten in der Unterhaltung mit',
    'Mensagens na conversa com',
  ],
  /** Meta chats: the heading of the agent's own message. */
  youSent: ['You sent', 'Enviaste', 'Vous avez envoyé', 'Du hast gesendet', 'Você enviou'],
  /** Outlook: a message body, read or written. */
  messageBody: ['Message body', 'Cuerpo del mensaje', 'Corps du message', 'Nachrichtentext', 'Corpo da mensagem'],
} as const;

export type LabelKind = keyof typeof LABELS;

const cache = new Map<LabelKind, RegExp>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** /^(?:Comment by|Comentario de|…)\s*()/i: matches a label starting with one of the words of `kind`. */
export function labelRe(kind: LabelKind): RegExp {
  let re = cache.get(kind);
  if (!re) cache.set(kind, (re = new RegExp(`^\\s*(?:${LABELS[kind].map(escape).join('|')})(?![\\p{L}])\\s*`, 'iu')));
  return re;
}

/** What follows the label's words ("Comentario de Jana Novak" -> "Jana Novak"), or undefined when it is not one. */
export function afterLabel(kind: LabelKind, label: string | null | undefined): string | undefined {
  const m = labelRe(kind).exec(label ?? '');
  return m ? (label ?? '').slice(m[0].length) : undefined;
}

/** A CSS selector for elements whose `attr` starts with one of the words of `kind`, e.g. [aria-label^="…" i]. */
export function labelSelector(kind: LabelKind, attr = 'aria-label', prefix = ''): string {
  return LABELS[kind].map((w) => `${prefix}[${attr}^="${w}" i]`).join(',');
}
