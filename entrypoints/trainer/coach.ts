// Live coaching on the trainer page. Content scripts cannot be declared for the extension's own pages, so the page
// loads the very file the browser injects into X or Zendesk (content-scripts/content.js, built by WXT from
// entrypoints/content/) as a script of its own: the same watcher, session, overlay and <tone-coach-ui> badge, talking
// to the worker with the same messages. Nothing is imported from the content script's folder, so this page bundles
// none of it. The practice box tells the generic site adapter where the reply goes the way a helpdesk does: an
// accessible tab naming the channel beside the box (entrypoints/content/sites/read.ts, composerMode).
import { browser } from 'wxt/browser';
import type { ScenarioChannel } from '../../utils/scenario';

let loaded = false;

/** Starts the content script in this page, once. */
export function startLiveCoach(): void {
  if (loaded) return;
  loaded = true;
  const script = document.createElement('script');
  script.src = browser.runtime.getURL('/content-scripts/content.js' as Parameters<typeof browser.runtime.getURL>[0]);
  script.dataset.tc = 'coach-script';
  document.head.append(script);
}

/**
 * The words on the practice box's destination tab: what the content script's reading of an unknown composer maps
 * to the scenario's channel and audience (read.ts destinationFrom). E-mail and chat are always private there.
 */
export function destinationWords(channel: ScenarioChannel, audience: 'public' | 'private'): string {
  const pub = audience === 'public';
  switch (channel) {
    case 'x':
      return pub ? 'Twitter reply' : 'Twitter direct message';
    case 'facebook':
      return pub ? 'Facebook comment' : 'Facebook message';
    case 'messenger':
      return 'Messenger';
    case 'instagram':
      return pub ? 'Instagram comment' : 'Instagram direct message';
    case 'email':
      return 'Email';
    case 'chat':
      return 'Chat';
  }
}
