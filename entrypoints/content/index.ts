import { SUPPORTED_HOST_PATTERNS } from '../../utils/site-catalogue';
import { startCoaching } from './app';

export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  // Helpdesk composers often live in iframes, some of them about:blank or srcdoc frames written by the page.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    // Never throw into the page: anything unexpected at start-up stops coaching in this frame, quietly.
    startCoaching(ctx).catch((e: unknown) => {
      if (!ctx.isInvalid) console.debug('[Tone Coach] not started:', e);
    });
  },
});
