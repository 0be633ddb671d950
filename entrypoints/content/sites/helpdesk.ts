// The shape every helpdesk and mail adapter shares: a composer that is a reply or a note, and a thread whose
// latest customer message is being answered. Each site file only says where those are on its pages.
import type { Channel } from '../../../rules/schema';
import type { SiteAdapter, SiteReading } from './types';
import { withFallback } from './generic';
import {
  NOT_FOUND,
  closestOf,
  composerMode,
  destinationFrom,
  labelOf,
  nameOnly,
  nearest,
  queryAll,
  textOf,
  type Destination,
} from './read';
import { readThread, type ThreadSpec } from './thread';

export interface HelpdeskSpec {
  id: string;
  name: string;
  hosts: string[];
  editor: string;
  channels: Channel[];
  reads: string;
  /** The reply box, or an element around it. */
  composer: string[];
  /** Fields on the site that are never replies (search, subject, recipients...). */
  notAReply?: string;
  /** The control showing where the reply goes (reply/note switch, channel picker); its label or data-channel. */
  mode?: string[];
  thread: ThreadSpec;
  /** Recipient chips near the composer ("To"), read for the customer's name when the thread gives none. */
  recipient?: string[];
  /** True when the box starts a new conversation (a new email): no message is being answered, no fallback. */
  newConversation?(box: HTMLElement, doc: Document): boolean;
  /** Where a reply goes when the page does not say. */
  usual: Destination;
  /** Markers only this app draws: the page is recognised on a custom domain (an added site). */
  recognise?: string;
}

export function helpdesk(spec: HelpdeskSpec): SiteAdapter {
  return {
    id: spec.id,
    name: spec.name,
    hosts: spec.hosts,
    editor: spec.editor,
    channels: spec.channels,
    reads: spec.reads,
    ...(spec.recognise ? { recognise: (doc: Document) => !!doc.querySelector(spec.recognise!) } : {}),
    isReplyBox(box) {
      if (closestOf(box, spec.composer)) return true;
      if (spec.notAReply && box.matches(spec.notAReply)) return false;
      return undefined;
    },
    read(box, doc) {
      const composer = closestOf(box, spec.composer);
      const debug: Record<string, string> = { box: composer ? composer.selector : 'fallback: not a known composer' };
      let destination: Destination = spec.usual;
      const switchEl = spec.mode?.length ? nearest(box, queryAll(box, doc, spec.mode.join(','))) : undefined;
      const fromSwitch =
        switchEl && (destinationFrom(switchEl.getAttribute('data-channel')) ?? destinationFrom(labelOf(switchEl)));
      const generic = fromSwitch ? undefined : composerMode(box);
      if (switchEl && fromSwitch) {
        destination = fromSwitch.generic ? spec.usual : fromSwitch;
        debug.mode = `${destination.kind} (from the switch "${labelOf(switchEl) || switchEl.getAttribute('data-channel')}")`;
      } else if (generic) {
        destination = generic.destination.generic ? spec.usual : generic.destination;
        debug.mode = `${destination.kind} (${spec.mode?.length ? 'fallback: ' : ''}from ${generic.from})`;
      } else {
        debug.mode = `${spec.usual.kind} (${spec.mode?.length ? 'fallback: ' : ''}the page does not say; the usual reply here)`;
      }
      const reading: SiteReading = { context: { channel: destination.channel, audience: destination.audience }, debug };
      const chip = spec.recipient?.length ? nearest(box, queryAll(box, doc, spec.recipient.join(','))) : undefined;
      // A chip shows the name and keeps the address in name/title/email attributes.
      const recipient = nameOnly(chip?.getAttribute('name') ?? (chip ? textOf(chip, 100) || labelOf(chip) : undefined));
      if (spec.newConversation?.(box, doc)) {
        debug.kind = 'new conversation (nothing is being answered)';
        if (recipient) {
          reading.context.customerName = recipient;
          debug.name = 'recipient';
        }
        return reading;
      }
      const thread = readThread(box, doc, spec.thread);
      if (thread.customer) {
        reading.context.customerMessage = thread.customer.text;
        if (thread.customer.name) reading.context.customerName = thread.customer.name;
        debug.message = `latest customer message (${thread.found} in the thread)`;
      }
      if (!reading.context.customerName && recipient) {
        reading.context.customerName = recipient;
        debug.name = 'recipient';
      }
      if (thread.signOff) {
        reading.context.signOff = thread.signOff;
        debug.signOff = "the agent's own earlier replies";
      }
      // Messages found but none from the customer (an outbound ticket): nothing is being answered. Only a thread
      // the site's markers cannot find at all falls back to the generic reading.
      if (thread.found > 0 && !thread.customer) {
        debug.message = thread.unknown
          ? `${NOT_FOUND}: ${thread.unknown} of ${thread.found} messages do not say who wrote them`
          : `no customer message in the thread (${thread.found} messages)`;
        if (thread.unknown) debug.unread = NOT_FOUND;
        return reading;
      }
      return withFallback(reading, box, doc);
    },
  };
}
