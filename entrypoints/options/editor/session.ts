// An unsaved draft survives closing the editor, opening another set and reloading the page (for the tab's life):
// kept in sessionStorage under the set's library key, together with the saved version it started from, so a draft
// of an older version is never laid over a newer save.
import { isObject, type Json } from './draft';

const key = (entryKey: string): string => `tone-coach:rule-set-draft:${entryKey}`;

interface Stored {
  base: string;
  draft: Json;
}

export function loadDraft(entryKey: string, base: string): Json | null {
  try {
    const raw = sessionStorage.getItem(key(entryKey));
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    return stored.base === base && isObject(stored.draft) ? stored.draft : null;
  } catch {
    return null;
  }
}

export function storeDraft(entryKey: string, base: string, draft: Json): void {
  try {
    if (JSON.stringify(draft) === base) sessionStorage.removeItem(key(entryKey));
    else sessionStorage.setItem(key(entryKey), JSON.stringify({ base, draft } satisfies Stored));
  } catch {
    // A full or unavailable sessionStorage: the draft still lives in the page.
  }
}

export function forgetDraft(entryKey: string): void {
  try {
    sessionStorage.removeItem(key(entryKey));
  } catch {
    // nothing to forget
  }
}
