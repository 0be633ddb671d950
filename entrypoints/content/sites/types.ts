import type { Channel } from '../../../rules/types';
import type { SiteReading } from '../../../utils/protocol';

export type { SiteReading };

export interface SiteAdapter {
  /** Same as the file name, e.g. 'x'. */
  id: string;
  name: string;
  /** Match patterns, e.g. 'https://x.com/*'. */
  hosts: string[];
  /** Editor the site uses, for the table in docs/sites.md. */
  editor: string;
  /** Channels this site can produce, for the table in docs/sites.md (optional for backward compatibility). */
  channels?: Channel[];
  /** What context the adapter reads, in a few words, for the table in docs/sites.md. */
  reads?: string;
  /** true/false when the site knows whether `box` is a reply box; undefined = use generic detection. */
  isReplyBox?(box: HTMLElement): boolean | undefined;
  read(box: HTMLElement, doc: Document): SiteReading;
  /**
   * True when `doc` is this app on a host it does not list (a Zendesk or Freshdesk account on its own domain,
   * added with "Add this site"), from markers only that app draws.
   */
  recognise?(doc: Document): boolean;
  /**
   * Set on the adapter `siteFor()` returns: false while the user has switched this site off in the popup (or
   * removed the site they had added); the content script should then stop coaching.
   */
  enabled?(): boolean;
  /** Set by `siteFor()`: calls `listener` when the site is switched off or on; returns an unsubscribe. */
  onEnabledChange?(listener: (on: boolean) => void): () => void;
}
