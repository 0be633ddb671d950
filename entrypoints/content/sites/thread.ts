// Reads a conversation thread (helpdesks, mail, chat): the customer's latest message next to the reply box,
// who wrote it, and the agent's own earlier messages (for their sign-off). Shared by the site adapters, which
// only say where a message, its author and its body are on their page.
import { around, clean, nameOnly, nearest, outermost, parentOf, queryAll, signOffIn, textOf } from './read';

export type Author = 'customer' | 'agent' | 'note';

export interface ThreadSpec {
  /** One message (or note) of the thread. */
  message: string;
  /** Inside a message: its author's name. */
  author?: string;
  /** Inside a message: its body (else the whole message). */
  body?: string;
  /** Inside a body: what is not the customer's new words (quoted history, signatures). */
  skip?: string;
  /** Who wrote a message; undefined = cannot tell (then the words on the element decide, see `authorOf`). */
  who?(message: Element): Author | undefined;
}

export interface ThreadReading {
  /** The customer's message answered: the latest one by time, else the one nearest the box. */
  customer?: { el: Element; name?: string; text: string };
  /** The agent's own earlier messages (text), for their sign-off. */
  signOff?: string;
  /** How many messages the spec found (0 = the site's markers are missing). */
  found: number;
  /** How many of them carry no sign of who wrote them (then the customer's message is not guessed). */
  unknown: number;
}

const NOTE_WORDS = /\b(?:note|internal|private[-_ ]?note|whisper)\b/i;
const AGENT_WORDS = /\b(?:agent|admin|teammate|staff|outgoing|outbound|operator|bot|from[-_ ]?me)\b/i;
const CUSTOMER_WORDS = /\b(?:customer|end[-_ ]?user|requester|contact|client|visitor|incoming|inbound|lead|user)\b/i;

/**
 * Who wrote a message, from the words its markup carries (class, data-* and type attributes, aria-label),
 * e.g. type="end-user", class="message--agent", data-author-type="customer". Notes first: a note is by an
 * agent but is never the message being answered.
 */
export function authorOf(el: Element): Author | undefined {
  const words = [el.getAttribute('class'), el.getAttribute('type'), el.getAttribute('aria-label')]
    .concat(
      Array.from(el.attributes)
        .filter((a) => a.name.startsWith('data-'))
        .map((a) => `${a.name} ${a.value}`),
    )
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]{1,2}/g, ' ');
  if (NOTE_WORDS.test(words)) return 'note';
  if (AGENT_WORDS.test(words)) return 'agent';
  if (CUSTOMER_WORDS.test(words)) return 'customer';
  return undefined;
}

function timeOf(el: Element): number | undefined {
  const t = el.querySelector('time[datetime]')?.getAttribute('datetime');
  const ms = t ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

export function readThread(box: HTMLElement, doc: Document, spec: ThreadSpec): ThreadReading {
  // Outermost matches only (a loose selector may also match a message's own parts), around the box only, searched
  // from the box's own root (a shadow root) and through open shadow roots.
  const all = around(outermost(queryAll(box, doc, spec.message)), box).filter((m) => !m.contains(box));
  // Only the thread this box belongs to: helpdesks keep other tickets (tabs) in the page.
  const closest = nearest(box, all);
  const scope = closest ? commonScope(box, closest) : null;
  const messages = scope ? all.filter((m) => inside(scope, m)) : all;
  const who = (m: Element): Author | undefined => spec.who?.(m) ?? authorOf(m);
  const labelled = messages.map((m) => ({ m, by: who(m) }));
  // Only a message the page marks as the customer's is answered: when authors cannot be told apart, the agent's
  // own reply could be taken for the customer's, so nothing is guessed.
  const candidates = labelled.filter((x) => x.by === 'customer').map((x) => x.m);
  const times = candidates.map(timeOf);
  let answered: Element | undefined;
  if (candidates.length && times.every((t) => t !== undefined)) {
    answered = candidates[times.indexOf(Math.max(...(times as number[])))];
  } else {
    answered = nearest(box, candidates) ?? candidates.at(-1);
  }
  const reading: ThreadReading = { found: messages.length, unknown: labelled.filter((x) => !x.by).length };
  if (answered) {
    const bodyEl = (spec.body && answered.querySelector(spec.body)) || answered;
    const text = textOf(bodyEl, undefined, spec.skip);
    const authorEl = spec.author ? answered.querySelector(spec.author) : null;
    const name = nameOnly(authorEl?.getAttribute('name') ?? (authorEl ? clean(authorEl.textContent ?? '') : undefined));
    if (text) reading.customer = { el: answered, name, text };
  }
  const own = labelled
    .filter((x) => x.by === 'agent')
    .map((x) => textOf((spec.body && x.m.querySelector(spec.body)) || x.m, undefined, spec.skip));
  reading.signOff = signOffIn(own);
  return reading;
}

/** True when `el` is `scope` or under it, in the composed tree. */
function inside(scope: Element, el: Element): boolean {
  for (let a: Element | null = el; a; a = parentOf(a)) if (a === scope) return true;
  return false;
}

/** The smallest ancestor of `box` that also contains `other`, in the composed tree (across shadow roots). */
function commonScope(box: Element, other: Element): Element | null {
  const above = new Set<Element>();
  for (let a: Element | null = other; a; a = parentOf(a)) above.add(a);
  let a = parentOf(box);
  while (a && !above.has(a)) a = parentOf(a);
  return a;
}
