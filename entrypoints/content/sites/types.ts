import type { ContextInput } from '../../../rules/schema';

/** What a site adapter read about the box being typed in. `debug` is shown in the debug view. */
export interface SiteReading {
  context: ContextInput;
  /** Which markers were found, or 'fallback: …' when the site's own markers were missing. */
  debug: Record<string, string>;
}

export interface SiteAdapter {
  /** Same as the file name, e.g. 'x'. */
  id: string;
  name: string;
  /** Match patterns, e.g. 'https://x.com/*'. */
  hosts: string[];
  /** Editor the site uses, for the README table. */
  editor: string;
  /** true/false when the site knows whether `box` is a reply box; undefined = use generic detection. */
  isReplyBox?(box: HTMLElement): boolean | undefined;
  read(box: HTMLElement, doc: Document): SiteReading;
}
