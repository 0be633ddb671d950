// A setting written to a full extension storage (chrome.storage.local holds 10 MB): the write fails as a whole and
// the stored value stays as it was, so the agent is told in plain words where they acted, and nothing is lost.
// (The rule library has its own message naming the largest sets: utils/rule-store.ts.)

export function isStorageFull(e: unknown): boolean {
  return /quota/i.test(e instanceof Error ? e.message : String(e));
}

export const STORAGE_FULL =
  "Tone Coach's storage is full, so this change was not saved; your earlier settings are kept. " +
  'Free some space in Manage rule sets (export, then delete sets you no longer use).';

/** Awaits a storage write; a full storage becomes an Error the agent can read. */
export async function saving<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (e) {
    throw isStorageFull(e) ? new Error(STORAGE_FULL) : e;
  }
}
