import { SUPPORTED_HOST_PATTERNS } from './sites/hosts';

export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Filled in by the live-coaching work: watcher, sessions, overlay.
  },
});
