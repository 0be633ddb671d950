// Where coaching is on: the listed sites (unless the user switched one off) and the sites the user added.
// Shared by the popup, the background worker and the content script (small: storage items and matching).
import { storage } from 'wxt/utils/storage';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { isSupportedUrl } from './site-catalogue';

/** Host names the user switched off from the popup, e.g. "acme.zendesk.com". */
export const sitesOffItem = storage.defineItem<string[]>('local:sitesOff', { fallback: [], version: 1 });

export interface AddedSite {
  /** "https://support.acme.com" */
  origin: string;
  /** Match patterns granted and registered for it, e.g. ["https://support.acme.com/*"]. */
  patterns: string[];
  /** Id of its registered content script. */
  scriptId: string;
  addedAt: number;
}

/** Sites the user added at runtime (optional host permission granted + content script registered). */
export const addedSitesItem = storage.defineItem<AddedSite[]>('local:addedSites', { fallback: [], version: 1 });

/** Whether a URL belongs to a site the user added. */
function isAddedUrl(url: string | URL, added: readonly AddedSite[]): boolean {
  const href = new URL(String(url)).href;
  return added.some((s) => s.patterns.some((p) => new MatchPattern(p).includes(href)));
}

/** Coaching is on for a page when its site is listed or added, and the user has not switched its host off. */
export function coachingOn(url: string | URL, off: readonly string[], added: readonly AddedSite[]): boolean {
  const u = new URL(String(url));
  if (isTrainerPage(u) || isWelcomePage(u)) return true;
  return !off.includes(u.hostname) && (isSupportedUrl(u) || isAddedUrl(u, added));
}

/** The trainer's page, whose practice box is coached by the content script it loads (entrypoints/trainer/coach.ts). */
export function isTrainerPage(u: URL): boolean {
  return /^(?:chrome|moz)-extension:$/.test(u.protocol) && u.pathname === '/trainer.html';
}

/** The welcome page, whose demo box is coached by the content script it loads (entrypoints/welcome/main.tsx). */
export function isWelcomePage(u: URL): boolean {
  return /^(?:chrome|moz)-extension:$/.test(u.protocol) && u.pathname === '/welcome.html';
}

/**
 * For the content script: whether coaching is on for this page now, kept current as the user switches the
 * site off/on or removes it in the popup. `onChange` is called on every change of the answer.
 * Outside an extension (adapter tests) it stays on.
 */
export function watchCoachingOn(url: string | URL, onChange?: (on: boolean) => void): { on(): boolean; stop(): void } {
  let off: string[] = [];
  let added: AddedSite[] = [];
  let on = true;
  const update = (): void => {
    const next = coachingOn(url, off, added);
    if (next !== on) {
      on = next;
      onChange?.(on);
    }
  };
  let stops: (() => void)[] = [];
  try {
    void Promise.all([sitesOffItem.getValue(), addedSitesItem.getValue()]).then(
      ([o, a]) => {
        [off, added] = [o, a];
        update();
      },
      () => undefined,
    );
    stops = [
      sitesOffItem.watch((o) => {
        off = o;
        update();
      }),
      addedSitesItem.watch((a) => {
        added = a;
        update();
      }),
    ];
  } catch {
    // no extension storage here: always on
  }
  return { on: () => on, stop: () => stops.forEach((s) => s()) };
}
