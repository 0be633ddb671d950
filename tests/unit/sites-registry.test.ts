// Every site file is registered, has a fixture page and an end-to-end spec, declares hosts that are exactly
// the extension's default host permissions, and has its row in the "Supported sites" table of docs/sites.md.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ALL_SITES, SITES, adapterFor } from '../../entrypoints/content/sites';
import { listedSiteFor, SITE_CATALOGUE, SUPPORTED_HOST_PATTERNS } from '../../utils/site-catalogue';
import type { SiteAdapter } from '../../entrypoints/content/sites/types';

const repo = resolve(import.meta.dirname, '../..');
const SITES_DIR = resolve(repo, 'entrypoints/content/sites');
/** Modules of the sites folder that are not sites: the shared readers, the registry, the switch. */
const NOT_SITES = ['types', 'read', 'thread', 'helpdesk', 'index', 'labels'];

/** The row of a site in docs/sites.md, as the table shows it. */
export function docsRow(site: SiteAdapter): string {
  const hosts = site.hosts.length ? site.hosts.map((h) => `\`${h}\``).join('<br>') : 'any site you add';
  return `| ${site.name} | ${hosts} | ${site.editor} | ${(site.channels ?? []).join(', ')} | ${site.reads ?? ''} |`;
}

describe('site registry', () => {
  const files = readdirSync(SITES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => !NOT_SITES.includes(f));

  it('every site file is registered under its file name, once', () => {
    expect(ALL_SITES.map((s) => s.id).sort()).toEqual([...files].sort());
    expect(new Set(ALL_SITES.map((s) => s.id)).size).toBe(ALL_SITES.length);
    expect(ALL_SITES.at(-1)!.id).toBe('generic');
  });

  it.each(files)('%s has a fixture page and an end-to-end spec', (id) => {
    expect(existsSync(resolve(repo, 'tests/fixtures/sites', `${id}.html`)), `tests/fixtures/sites/${id}.html`).toBe(
      true,
    );
    expect(existsSync(resolve(repo, 'tests/e2e/sites', `${id}.spec.ts`)), `tests/e2e/sites/${id}.spec.ts`).toBe(true);
  });

  it.each(ALL_SITES.map((s) => [s.id, s] as const))(
    '%s declares its editor, channels and what it reads',
    (_id, site) => {
      expect(site.name).toBeTruthy();
      expect(site.editor).toBeTruthy();
      expect(site.channels?.length).toBeGreaterThan(0);
      expect(site.reads).toBeTruthy();
    },
  );

  it("the default host permissions are exactly the union of the sites' hosts, and nothing broader", () => {
    const union = SITES.flatMap((s) => s.hosts);
    expect([...SUPPORTED_HOST_PATTERNS].sort()).toEqual([...new Set(union)].sort());
    expect(union.length).toBe(new Set(union).size); // no host claimed by two sites
    for (const pattern of SUPPORTED_HOST_PATTERNS) {
      expect(() => new MatchPattern(pattern)).not.toThrow();
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
  });

  it('every adapter is in the site catalogue (utils/site-catalogue.ts) with the same id, name and hosts, and nothing else is', () => {
    const catalogue = Object.values(SITE_CATALOGUE).map((e) => ({ id: e.id, name: e.name, hosts: [...e.hosts] }));
    expect(ALL_SITES.map((s) => ({ id: s.id, name: s.name, hosts: s.hosts }))).toEqual(
      ALL_SITES.map((s) => catalogue.find((e) => e.id === s.id)),
    );
    expect(catalogue.map((e) => e.id).sort()).toEqual(ALL_SITES.map((s) => s.id).sort());
    for (const [key, entry] of Object.entries(SITE_CATALOGUE)) expect(entry.id).toBe(key);
  });

  it.each(SITES.map((s) => [s.id, s] as const))(
    'the popup names a page on %s as its adapter does, without loading it',
    (_id, site) => {
      for (const host of site.hosts)
        expect(listedSiteFor(host.replace('*.', 'acme.').replace(/\*$/, 'x'))?.name).toBe(site.name);
      expect(listedSiteFor('https://support.example.org/')).toBeUndefined();
    },
  );

  it.each(SITES.map((s) => [s.id, s] as const))(
    'a page on %s gets its adapter; elsewhere the generic one',
    (id, site) => {
      for (const host of site.hosts) {
        const url = host.replace('*.', 'acme.').replace(/\*$/, 'some/page');
        expect(adapterFor(url).id, url).toBe(id);
      }
      expect(adapterFor('https://support.example.org/requests/1').id).toBe('generic');
    },
  );
});

/**
 * Pages agents really open, by the host each app serves them from today (issue 13: public code targeting the live
 * apps). Each must get its site's adapter and be in the extension's default host permissions: removing a host
 * pattern from utils/site-catalogue.ts fails here.
 */
const KNOWN_PAGES: ReadonlyArray<readonly [string, string]> = [
  ['https://x.com/janedoe/status/1', 'x'],
  ['https://x.com/i/chat/1-2', 'x'],
  ['https://twitter.com/janedoe', 'x'],
  ['https://pro.x.com/i/decks/1', 'x'],
  ['https://www.facebook.com/AcmeAir/posts/1', 'facebook'],
  ['https://business.facebook.com/latest/inbox/all', 'facebook'],
  ['https://www.messenger.com/t/1', 'messenger'],
  ['https://www.instagram.com/direct/t/1/', 'instagram'],
  ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
  ['https://acme.freshdesk.com/a/tickets/1', 'freshdesk'],
  ['https://app.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
  ['https://app.eu.intercom.com/a/inbox/x', 'intercom'],
  ['https://app.au.intercom.com/a/inbox/x', 'intercom'],
  ['https://secure.helpscout.net/conversation/1/2', 'helpscout'],
  ['https://acme.gorgias.com/app/ticket/1', 'gorgias'],
  ['https://app.frontapp.com/open/cnv_1', 'front'],
  ['https://acme.frontapp.com/open/cnv_1', 'front'],
  ['https://app.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
  ['https://app-eu1.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
  ['https://app-na2.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
  ['https://app-ap1.hubspot.com/help-desk/1', 'hubspot'],
  ['https://mail.google.com/mail/u/0/#inbox/1', 'gmail'],
  ['https://outlook.cloud.microsoft/mail/inbox/id/1', 'outlook'],
  ['https://outlook.office.com/mail/inbox/id/1', 'outlook'],
  ['https://outlook.office365.com/mail/', 'outlook'],
  ['https://outlook.live.com/mail/0/', 'outlook'],
];

describe('every host agents use today', () => {
  it.each(KNOWN_PAGES)('%s is coached by default with the %s adapter', (url, id) => {
    expect(adapterFor(url).id).toBe(id);
    expect(listedSiteFor(url)?.id).toBe(id);
    expect(SUPPORTED_HOST_PATTERNS.some((p) => new MatchPattern(p).includes(url))).toBe(true);
  });

  it('custom domains of Zendesk and Freshdesk are recognised from the page once added', () => {
    const byId = (id: string) => SITES.find((s) => s.id === id)!;
    expect(byId('zendesk').recognise).toBeTypeOf('function');
    expect(byId('freshdesk').recognise).toBeTypeOf('function');
  });
});

/** A section of a Markdown file: from its heading to the next heading of the same or a higher level. */
function section(file: string, title: string): string | undefined {
  const lines = readFileSync(resolve(repo, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => new RegExp(`^#{1,6}\\s+${title}\\s*$`).test(l));
  if (start < 0) return undefined;
  const level = lines[start]!.match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('docs/sites.md "Supported sites" table', () => {
  const body = section('docs/sites.md', 'Supported sites') ?? '';

  it('exists', () => {
    expect(body).toContain('| Site | Hosts | Editor | Channels | Context read |');
  });

  it.each(ALL_SITES.map((s) => [s.id, s] as const))('has the row of %s, as the adapter declares it', (_id, site) => {
    expect(body, `expected this row in docs/sites.md:\n${docsRow(site)}`).toContain(docsRow(site));
  });
});

describe('every adapter names the public evidence for its markup, with the date it was read', () => {
  const body = section('docs/sites.md', 'Supported sites') ?? '';
  const DATE = /\b20\d\d-\d\d-\d\d\b/;
  // The evidence table's rows, by their first cell ("Messenger, Instagram DMs" covers both chats).
  const rows = body.split('\n').filter((l) => l.startsWith('| ') && DATE.test(l));

  it.each(SITES.map((s) => [s.id, s] as const))('%s: in its file and in the evidence table', (id, site) => {
    const lines = readFileSync(resolve(SITES_DIR, `${id}.ts`), 'utf8').split('\n');
    const header = lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .join('\n');
    expect(header, `${id}.ts names no date for its evidence`).toMatch(DATE);
    const first = site.name.split(/[ (,]/)[0]!;
    expect(
      rows.some((r) => r.split('|')[1]!.includes(first)),
      `no dated evidence row for ${first}`,
    ).toBe(true);
  });
});
