// Rule sets subscribed to by URL: a static file on any web host or CDN, which a brand updates for its whole team.
// Refreshed on an interval with ETag / Last-Modified (a file that did not change costs one small request). When a
// refresh fails or the new file is invalid, the last good copy stays in use and the error and its time are kept for
// the manager to show. No server of ours is involved.
import { storage } from 'wxt/utils/storage';
import type { RuleSet } from '../rules/schema';
import { readRuleSet } from './rule-set-files';
import type { LibraryEntry, Scope } from './rule-library';
import { RuleStoreError } from './rule-store';

export interface Subscription {
  url: string;
  enabled: boolean;
  scope: Scope;
  etag?: string;
  lastModified?: string;
  /** When the file was last fetched successfully (changed or not). */
  checkedAt?: number;
  /** The last refresh's problem; cleared by a successful one. */
  error?: { message: string; at: number };
}

export const subscriptionsItem = storage.defineItem<Subscription[]>('local:subscriptions', {
  fallback: [],
  version: 1,
});
const bodyKey = (url: string): `local:${string}` => `local:subscriptionSet:${url}`;

/** How often subscriptions are refreshed (the worker's alarm). */
export const REFRESH_MINUTES = 60;
/** A subscribed file larger than this is refused (a rule set is a few KB). */
const MAX_BYTES = 2_000_000;

/** The https URL, or a plain-words reason it cannot be subscribed to. */
export function subscriptionUrl(input: string): string {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new RuleStoreError(
      `"${input}" is not a web address. Paste the full address of the rule-set file (https://…).`,
    );
  }
  if (u.protocol !== 'https:')
    throw new RuleStoreError('Only https addresses can be subscribed to, so the file cannot be changed on the way.');
  return u.href;
}

/** The match pattern whose permission lets the extension fetch the file. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** Fetches and validates the file; the outcome is stored, and the stored subscription returned. */
export async function refreshSubscription(url: string, fetcher: Fetcher = fetch): Promise<Subscription> {
  const all = await subscriptionsItem.getValue();
  const sub = all.find((s) => s.url === url) ?? { url, enabled: true, scope: {} };
  const next = await fetchInto(sub, fetcher);
  await storage.setItems([
    ...(next.body !== undefined ? [{ key: bodyKey(url), value: next.body }] : []),
    { key: subscriptionsItem.key as `local:${string}`, value: upsert(await subscriptionsItem.getValue(), next.sub) },
  ]);
  return next.sub;
}

function upsert(list: Subscription[], sub: Subscription): Subscription[] {
  return list.some((s) => s.url === sub.url) ? list.map((s) => (s.url === sub.url ? sub : s)) : [...list, sub];
}

async function fetchInto(sub: Subscription, fetcher: Fetcher): Promise<{ sub: Subscription; body?: unknown }> {
  const at = Date.now();
  const fail = (message: string) => ({ sub: { ...sub, error: { message, at } } });
  let res: Response;
  try {
    res = await fetcher(sub.url, {
      cache: 'no-cache',
      credentials: 'omit',
      headers: {
        ...(sub.etag ? { 'If-None-Match': sub.etag } : {}),
        ...(sub.lastModified ? { 'If-Modified-Since': sub.lastModified } : {}),
      },
    });
  } catch (e) {
    return fail(`The file could not be fetched (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (res.status === 304) return { sub: { ...sub, checkedAt: at, error: undefined } };
  if (!res.ok) return fail(`The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`);
  const text = await res.text();
  if (text.length > MAX_BYTES) return fail(`The file is ${Math.round(text.length / 1024)} KB; at most 2 MB is read.`);
  const r = readRuleSet(text);
  if (!r.ok) return fail(`The new file is not a valid rule set: ${r.problems.slice(0, 3).join('; ')}.`);
  return {
    sub: {
      ...sub,
      etag: res.headers.get('ETag') ?? undefined,
      lastModified: res.headers.get('Last-Modified') ?? undefined,
      checkedAt: at,
      error: undefined,
    },
    body: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
  };
}

/** Adds a subscription and fetches it once; a first fetch that fails adds nothing and says why. */
export async function subscribe(url: string, fetcher: Fetcher = fetch): Promise<RuleSet> {
  const href = subscriptionUrl(url);
  const all = await subscriptionsItem.getValue();
  if (all.some((s) => s.url === href)) throw new RuleStoreError('You are already subscribed to this address.');
  const { sub, body } = await fetchInto({ url: href, enabled: true, scope: {} }, fetcher);
  if (body === undefined) throw new RuleStoreError(sub.error?.message ?? 'The file could not be read.');
  const r = readRuleSet(body);
  if (!r.ok) throw new RuleStoreError('The file is not a valid rule set.', r.problems);
  await storage.setItems([
    { key: bodyKey(href), value: body },
    { key: subscriptionsItem.key as `local:${string}`, value: [...all, sub] },
  ]);
  return r.ruleSet;
}

export async function unsubscribe(url: string): Promise<void> {
  await subscriptionsItem.setValue((await subscriptionsItem.getValue()).filter((s) => s.url !== url));
  await storage.removeItem(bodyKey(url));
}

export async function setSubscriptionState(url: string, state: { enabled?: boolean; scope?: Scope }): Promise<void> {
  const all = await subscriptionsItem.getValue();
  await subscriptionsItem.setValue(all.map((s) => (s.url === url ? { ...s, ...state } : s)));
}

/** Every subscription with its last good copy. `policyUrls` are the organisation's, shown locked. */
export async function loadSubscriptions(policyUrls: readonly string[] = []): Promise<LibraryEntry[]> {
  const all = await subscriptionsItem.getValue();
  const urls = [...new Set([...policyUrls, ...all.map((s) => s.url)])];
  const bodies = await storage.getItems(urls.map(bodyKey));
  return urls.map((url, i): LibraryEntry => {
    const sub = all.find((s) => s.url === url) ?? { url, enabled: true, scope: {} };
    const byPolicy = policyUrls.includes(url);
    const body = bodies[i]?.value;
    const r = body == null ? null : readRuleSet(body);
    const problem = sub.error
      ? { message: `${sub.error.message}${r?.ok ? ' The last good copy is in use.' : ''}`, at: sub.error.at }
      : body == null
        ? { message: 'Not fetched yet.' }
        : r && !r.ok
          ? { message: `The stored copy cannot be read: ${r.problems[0]}` }
          : undefined;
    return {
      key: `subscription:${url}`,
      origin: byPolicy ? 'policy' : 'subscription',
      ruleSet: r?.ok ? r.ruleSet : null,
      enabled: byPolicy || sub.enabled,
      locked: byPolicy,
      scope: sub.scope,
      url,
      ...(sub.checkedAt ? { updatedAt: sub.checkedAt } : {}),
      ...(problem ? { problem } : {}),
    };
  });
}

/** Refreshes every subscription (the user's and the policy's); one failing does not stop the others. */
export async function refreshAll(policyUrls: readonly string[] = [], fetcher: Fetcher = fetch): Promise<void> {
  const urls = new Set([...policyUrls, ...(await subscriptionsItem.getValue()).map((s) => s.url)]);
  for (const url of urls) await refreshSubscription(url, fetcher).catch(() => undefined);
}
