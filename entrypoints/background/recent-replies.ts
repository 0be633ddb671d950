// The agent's recent replies, as fingerprints only (rules/fingerprint.ts: the text cannot be recovered from them),
// for the repetition rule: "you sent nearly this reply a moment ago". Kept in this browser's local storage for a
// week, at most 50.
import { storage } from 'wxt/utils/storage';
import { fingerprint } from '../../rules/fingerprint';

export const RECENT_LIMIT = 50;
export const RECENT_DAYS = 7;

interface Sent {
  fingerprint: string;
  at: number;
}

export const recentRepliesItem = storage.defineItem<Sent[]>('local:recentReplies', { fallback: [], version: 1 });

const fresh = (list: Sent[], now: number): Sent[] => list.filter((s) => now - s.at < RECENT_DAYS * 86_400_000);

/** Remembers a reply the agent just sent (its fingerprint, never its text). */
export async function rememberSent(text: string, now = Date.now()): Promise<void> {
  const fp = fingerprint(text);
  if (!fp) return;
  const list = fresh(await recentRepliesItem.getValue(), now);
  await recentRepliesItem.setValue([...list, { fingerprint: fp, at: now }].slice(-RECENT_LIMIT));
}

export async function recentFingerprints(now = Date.now()): Promise<string[]> {
  return fresh(await recentRepliesItem.getValue(), now).map((s) => s.fingerprint);
}
