// Every site adapter, and the choice of one for a page. One file per site in this folder; `generic` serves
// pages no adapter knows (sites the user added). A repository test checks every site file is listed here.
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteAdapter, SiteReading } from './types';
import { facebook } from './facebook';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic, readGeneric } from './generic';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { instagram } from './instagram';
import { intercom } from './intercom';
import { messenger } from './messenger';
import { outlook } from './outlook';
import { x } from './x';
import { zendesk } from './zendesk';
import { NOT_FOUND } from './read';
import { countFailure, recordReading } from '../debug-report';
import { watchCoachingOn } from '../../../utils/site-switch';

/** The sites with their own adapter, in the order of the table in docs/sites.md. */
export const SITES: readonly SiteAdapter[] = [
  x,
  facebook,
  messenger,
  instagram,
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  gorgias,
  front,
  hubspot,
  gmail,
  outlook,
];

/** Every adapter, the generic one last. */
export const ALL_SITES: readonly SiteAdapter[] = [...SITES, generic];

const patterns = SITES.map((site) => ({ site, patterns: site.hosts.map((h) => new MatchPattern(h)) }));

/**
 * The adapter for a page URL (the generic one when no site claims it), without instrumentation. With `doc`, a page
 * on a host no site lists is also recognised from its markup (a helpdesk on the company's own domain).
 */
export function adapterFor(location: Location | URL | string, doc?: Document): SiteAdapter {
  // A string: MatchPattern's own Location check would fail where Location does not exist (Node).
  const href = new URL(typeof location === 'string' ? location : location.href).href;
  const listed = patterns.find((p) => p.patterns.some((m) => m.includes(href)))?.site;
  return listed ?? (doc && SITES.find((s) => s.recognise?.(doc))) ?? generic;
}

/**
 * The adapter for this page, as the content script uses it: its reads are recorded for the popup's debug view,
 * a read that throws (a page that changed under us) degrades to the generic reading instead of an error, and
 * while the user has switched the site off in the popup (or removed it) no box is a reply box
 * (`isReplyBox` answers false; `enabled()` / `onEnabledChange()` let the content script stop its sessions).
 */
export function siteFor(location: Location | URL, doc?: Document): SiteAdapter {
  const listed = adapterFor(location);
  // An added site: the page may become a known app once its scripts have drawn it, so look again until it does.
  let known = listed === generic ? undefined : listed;
  const current = (d?: Document): SiteAdapter =>
    (known ??= d ? SITES.find((s) => s.recognise?.(d)) : undefined) ?? generic;
  current(doc);
  const site = current();
  const listeners = new Set<(on: boolean) => void>();
  const coaching = watchCoachingOn(location.href, (on) => listeners.forEach((l) => l(on)));
  const read = (box: HTMLElement, doc: Document): SiteReading => {
    let reading: SiteReading;
    const site = current(doc);
    try {
      reading = site.read(box, doc);
    } catch (e) {
      const problem = `${site.id} adapter failed (${String((e as Error)?.message ?? e).slice(0, 120)})`;
      countFailure('siteReads', problem);
      reading = readGeneric(box, doc);
      reading.debug = { error: `fallback: ${problem}`, ...reading.debug };
    }
    reading.debug = { site: site.id, ...reading.debug };
    // Nothing read by the site's markers nor by the generic reader: the context line says so.
    if (!reading.context.customerMessage && /^fallback: none found/.test(reading.debug.message ?? ''))
      reading.debug.unread ??= NOT_FOUND;
    recordReading({ site: site.id, siteName: site.name, url: doc.location?.href ?? '', reading });
    return reading;
  };
  return {
    ...site,
    read,
    get id() {
      return current().id;
    },
    get name() {
      return current().name;
    },
    isReplyBox: (box) => (coaching.on() ? current(box.ownerDocument).isReplyBox?.(box) : false),
    enabled: () => coaching.on(),
    onEnabledChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
