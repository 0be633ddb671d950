// The sites Tone Coach knows by name: id, display name and the hosts it runs on by default. Pages (the popup, the
// manager) read this small list; only the content script loads the site adapters, each of which takes its id, name
// and hosts from here (a unit test checks that every adapter and every entry match).
import { MatchPattern } from 'wxt/utils/match-patterns';

export interface SiteEntry {
  /** The adapter's file name in entrypoints/content/sites/. */
  id: string;
  name: string;
  /** Match patterns, e.g. 'https://x.com/*'. */
  hosts: string[];
}

export const SITE_CATALOGUE = {
  x: {
    id: 'x',
    name: 'X (Twitter), X Pro',
    hosts: ['https://x.com/*', 'https://twitter.com/*', 'https://pro.x.com/*'],
  },
  facebook: {
    id: 'facebook',
    name: 'Facebook (posts, comments, chats, Page inbox)',
    hosts: ['https://*.facebook.com/*'],
  },
  messenger: { id: 'messenger', name: 'Messenger', hosts: ['https://*.messenger.com/*'] },
  instagram: { id: 'instagram', name: 'Instagram', hosts: ['https://*.instagram.com/*'] },
  // Zendesk and Freshdesk accounts on a custom domain (support.acme.com) are added with "Add this site": the page
  // is then recognised as Zendesk or Freshdesk from its markup (each adapter's `recognise`).
  zendesk: { id: 'zendesk', name: 'Zendesk (Agent Workspace)', hosts: ['https://*.zendesk.com/*'] },
  freshdesk: { id: 'freshdesk', name: 'Freshdesk', hosts: ['https://*.freshdesk.com/*'] },
  intercom: {
    id: 'intercom',
    name: 'Intercom (inbox)',
    hosts: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  },
  helpscout: { id: 'helpscout', name: 'Help Scout', hosts: ['https://secure.helpscout.net/*'] },
  gorgias: { id: 'gorgias', name: 'Gorgias', hosts: ['https://*.gorgias.com/*'] },
  // Front runs on app.frontapp.com and on company subdomains (acme.frontapp.com).
  front: { id: 'front', name: 'Front', hosts: ['https://*.frontapp.com/*'] },
  hubspot: {
    id: 'hubspot',
    name: 'HubSpot (conversations inbox, help desk)',
    // The app host of each data region: accounts open on app-<region>.hubspot.com.
    hosts: [
      'https://app.hubspot.com/*',
      'https://app-eu1.hubspot.com/*',
      'https://app-na2.hubspot.com/*',
      'https://app-ap1.hubspot.com/*',
    ],
  },
  gmail: { id: 'gmail', name: 'Gmail', hosts: ['https://mail.google.com/*'] },
  outlook: {
    id: 'outlook',
    name: 'Outlook on the web',
    // Work accounts moved to outlook.cloud.microsoft; the older hosts still serve.
    hosts: [
      'https://outlook.cloud.microsoft/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ],
  },
  generic: { id: 'generic', name: 'Any site you add', hosts: [] },
} as const satisfies Record<string, SiteEntry>;

export type SiteId = keyof typeof SITE_CATALOGUE;

/** The entry of a listed site, as a plain mutable copy an adapter can spread. */
export function catalogueEntry(id: SiteId): SiteEntry {
  const e = SITE_CATALOGUE[id];
  return { id: e.id, name: e.name, hosts: [...e.hosts] };
}

/**
 * The hosts Tone Coach runs on by default (manifest host_permissions and content-script matches): the union of
 * the listed sites' hosts. Anything else is added by the user at runtime, never by default.
 */
export const SUPPORTED_HOST_PATTERNS: string[] = Object.values(SITE_CATALOGUE).flatMap((e) => [...e.hosts]);

const matchers = Object.values(SITE_CATALOGUE).map((entry) => ({
  entry: entry as SiteEntry,
  patterns: entry.hosts.map((h) => new MatchPattern(h)),
}));

/** The listed site a URL belongs to, or undefined for any other page. */
export function listedSiteFor(url: string | URL): SiteEntry | undefined {
  const href = new URL(String(url)).href;
  return matchers.find((m) => m.patterns.some((p) => p.includes(href)))?.entry;
}

/** Whether a URL is one of the listed sites (coached by default, with a host permission from install). */
export function isSupportedUrl(url: string | URL): boolean {
  return listedSiteFor(url) !== undefined;
}
