// What the site adapter last read in this frame, for the popup's debug view. The popup asks the tab with a
// runtime message; only frames that have read something answer. Nothing leaves the browser.
import { browser } from 'wxt/browser';
import type { SiteReading } from './types';

export const SITE_READING_MESSAGE = 'tc:site-reading';

export interface LastReading {
  site: string;
  siteName: string;
  url: string;
  /** Date.now() when it was read. */
  at: number;
  reading: SiteReading;
}

let last: LastReading | undefined;
let listening = false;

export function recordReading(entry: LastReading): void {
  last = entry;
  if (listening) return;
  listening = true;
  const onMessage = browser?.runtime?.onMessage;
  if (!onMessage) return; // outside an extension (tests that drive the adapters directly)
  onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: LastReading) => void) => {
    if ((message as { type?: string } | null)?.type !== SITE_READING_MESSAGE || !last) return undefined;
    sendResponse(last);
    return undefined;
  });
}
