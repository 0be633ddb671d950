// Where Tone Coach runs beyond the listed sites, and the per-site switch. By default it runs only on the listed
// sites (manifest host permissions); the user adds any other site from the popup: the browser asks for that
// origin's permission (optional host permission), then its content script is registered here; removing the
// site unregisters it and gives the permission back. Used by the popup and the background worker alike.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isSupportedUrl } from './site-catalogue';
import { addedSitesItem, sitesOffItem, type AddedSite } from './site-switch';

export class SiteError extends Error {}

/** The origin and match pattern a page's URL is added as: the whole origin, any path. */
export function siteOf(url: string): { origin: string; host: string; patterns: string[] } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SiteError('This is not a web page address.');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new SiteError('Tone Coach can only run on web pages (http and https).');
  return { origin: u.origin, host: u.hostname, patterns: [`${u.protocol}//${u.hostname}/*`] };
}

/** The id of a site's registered content script. */
function scriptIdFor(origin: string): string {
  return `tc-site:${origin}`;
}

/** The content script as the manifest declares it (its built file names differ per browser and build). */
function contentScriptFiles(): { js: string[]; css?: string[] } {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  if (!declared?.js?.length) throw new SiteError('The extension has no content script to register.');
  // Firefox's getManifest() gives the files as full moz-extension: addresses, which registerContentScripts refuses
  // ("must be a relative URL"); Chrome gives them relative already.
  const root = browser.runtime.getURL('/');
  const relative = (files: string[]): string[] => files.map((f) => (f.startsWith(root) ? f.slice(root.length) : f));
  return { js: relative(declared.js), ...(declared.css?.length ? { css: relative(declared.css) } : {}) };
}

async function hasPermission(patterns: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins: patterns });
}

/** Registers (or re-registers) the content script for an added site. Idempotent. */
async function register(site: AddedSite): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [site.scriptId] });
  if (existing.length) return;
  try {
    await browser.scripting.registerContentScripts([
      {
        id: site.scriptId,
        matches: site.patterns,
        ...contentScriptFiles(),
        allFrames: true,
        runAt: 'document_idle',
      },
    ]);
  } catch (e) {
    // The popup and the worker may both register right after the permission is granted: one wins.
    if (!/duplicate/i.test(String((e as Error)?.message ?? e))) throw e;
  }
}

/**
 * Adds the site of `url` once the user granted its permission (the popup asks, from the click): registers the
 * content script there and remembers the site. Refuses listed sites (they need nothing) and refuses without
 * the permission.
 */
export async function addSite(url: string): Promise<AddedSite> {
  const { origin, patterns } = siteOf(url);
  if (isSupportedUrl(url)) throw new SiteError('This site is already coached: it is one of the listed sites.');
  if (!(await hasPermission(patterns))) throw new SiteError('Tone Coach was not allowed to run on this site.');
  const added = await addedSitesItem.getValue();
  const site = added.find((s) => s.origin === origin) ?? {
    origin,
    patterns,
    scriptId: scriptIdFor(origin),
    addedAt: Date.now(),
  };
  await register(site);
  if (!added.some((s) => s.origin === origin)) await addedSitesItem.setValue([...added, site]);
  return site;
}

/**
 * The site the user last asked to add from the popup, and when. Other pages ask for host permissions too (the
 * manager, for a subscribed rule file's host): only a grant for this site adds a site.
 */
const askedSiteItem = storage.defineItem<{ origin: string; at: number } | null>('local:siteAsked', { fallback: null });
/** An ask older than this (the user never answered, or said no) adds nothing. */
const ASK_LIFETIME_MS = 10 * 60_000;

/**
 * Notes, from the popup's click and before it asks the browser, that the user wants this site: Firefox may close the
 * popup while it asks, and the background then adds the site once granted (watchSites).
 */
export function noteSiteAsked(origin: string): Promise<void> {
  return askedSiteItem.setValue({ origin, at: Date.now() });
}

/** Adds the site the popup asked for once its permission is there: run on either event, whichever comes last. */
async function addAskedSite(): Promise<void> {
  const asked = await askedSiteItem.getValue();
  if (!asked || Date.now() - asked.at > ASK_LIFETIME_MS) return;
  const url = `${asked.origin}/`;
  if (isSupportedUrl(url) || !(await hasPermission(siteOf(url).patterns))) return;
  await addSite(url);
  await askedSiteItem.setValue(null);
}

/** Removes an added site: unregisters its content script, gives the permission back, forgets it. */
export async function removeSite(origin: string): Promise<void> {
  const added = await addedSitesItem.getValue();
  const site = added.find((s) => s.origin === origin);
  const scriptId = site?.scriptId ?? scriptIdFor(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [scriptId] });
  await addedSitesItem.setValue(added.filter((s) => s.origin !== origin));
  const host = new URL(origin).hostname;
  const off = await sitesOffItem.getValue();
  if (off.includes(host)) await sitesOffItem.setValue(off.filter((h) => h !== host));
  try {
    await browser.permissions.remove({ origins: site?.patterns ?? siteOf(origin).patterns });
  } catch {
    // A permission the extension cannot give back (granted by policy or the manifest) stays; the site is
    // still removed: nothing is registered for it any more.
  }
}

/** Switches coaching on or off for a host (listed or added). */
export async function setSiteOn(host: string, on: boolean): Promise<void> {
  const off = await sitesOffItem.getValue();
  const next = on ? off.filter((h) => h !== host) : off.includes(host) ? off : [...off, host];
  if (next.length !== off.length) await sitesOffItem.setValue(next);
}

/**
 * Makes the registered content scripts match the added sites whose permission is still granted: after a browser
 * start or an extension update, and after the user revoked a permission in the browser's own settings.
 */
async function syncRegistrations(): Promise<void> {
  const added = await addedSitesItem.getValue();
  const kept: AddedSite[] = [];
  for (const site of added) {
    if (await hasPermission(site.patterns)) {
      await register(site);
      kept.push(site);
    }
  }
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('tc-site:'));
  const stale = ours.filter((s) => !kept.some((k) => k.scriptId === s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (kept.length !== added.length) await addedSitesItem.setValue(kept);
}

/** The background worker's wiring: follow permission changes and keep registrations in step. */
export function watchSites(): void {
  // Granted from the popup (which may close while the browser asks, in Firefox): add it here too. Not every granted
  // host: the one the popup noted (a subscribed rule file's host is granted too, and is no site to coach).
  browser.permissions.onAdded.addListener(() => void addAskedSite().catch(() => undefined));
  askedSiteItem.watch(() => void addAskedSite().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void syncRegistrations().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncRegistrations().catch(() => undefined));
}
