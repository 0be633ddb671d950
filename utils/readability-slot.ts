// Readability (about 11 KB gzip, a third of what a page would otherwise load) is not part of the content script:
// only pages no adapter explains, with no message-like element above the box, need it. The worker injects
// /readability.js into that frame on the first such read (entrypoints/readability.ts); it lands in the content
// script's own isolated world, where this slot hands it over. The page's scripts never see it.
import type { Readability } from '@mozilla/readability';

export type ReadabilityClass = typeof Readability;

const SLOT = '__toneCoachReadability';

export function providedReadability(): ReadabilityClass | undefined {
  return (globalThis as Record<string, unknown>)[SLOT] as ReadabilityClass | undefined;
}

export function provideReadability(readability: ReadabilityClass): void {
  (globalThis as Record<string, unknown>)[SLOT] = readability;
}
