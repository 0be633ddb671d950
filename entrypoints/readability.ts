// Injected by the worker (tc:load-readability) into a frame whose generic reading needs Readability: see
// utils/readability-slot.ts for why it is not in the content script.
import { Readability } from '@mozilla/readability';
import { provideReadability } from '../utils/readability-slot';

export default defineUnlistedScript(() => {
  provideReadability(Readability);
});
