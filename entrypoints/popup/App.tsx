// The popup: this site's switch (on/off), adding a site Tone Coach does not know (asks the browser for that
// site's permission, then registers the content script there), removing it again, the last draft checked on this
// tab (its score with the per-category breakdown and its top findings, drawn by the shared components), the rule
// sets running here and the rules turned off (RulesHere.tsx), and behind "Details" what the site adapter read, the failures counted there, and the debug-view switch.
import { Fragment, useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { findingView } from '../../components/finding-view';
import { FindingsList } from '../../components/FindingsList';
import { HighlightedReply } from '../../components/HighlightedReply';
import { NOTHING_FOUND_NOT_ENGLISH, ScoreBreakdown } from '../../components/ScoreBreakdown';
import { LastReading, SITE_READING } from '../../utils/protocol';
import { listedSiteFor } from '../../utils/site-catalogue';
import { addedSitesItem, sitesOffItem, type AddedSite } from '../../utils/site-switch';
import { addSite, noteSiteAsked, removeSite, setSiteOn, siteOf, SiteError } from '../../utils/site-registration';
import { debugViewItem } from '../../utils/settings';
import { isStorageFull, STORAGE_FULL } from '../../utils/storage-full';
import { RulesHere } from './RulesHere';

interface Tab {
  id: number;
  url?: string;
}

/** The tab the popup is about: `?tab=<id>` when opened for a given tab, else the active tab of this window. */
async function targetTab(): Promise<Tab | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (asked) {
    const tab = await browser.tabs.get(asked).catch(() => undefined);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
}

/** What the content script in the tab last read (only frames that read something answer). */
async function readingIn(tabId: number): Promise<LastReading | undefined> {
  try {
    const parsed = LastReading.safeParse(await browser.tabs.sendMessage(tabId, { type: SITE_READING }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // no content script in this tab (not coached, or not reloaded since it was added)
  }
}

function message(e: unknown): string {
  if (e instanceof SiteError) return e.message;
  if (isStorageFull(e)) return STORAGE_FULL; // nothing was written: the switch shows what is stored
  return `Something went wrong: ${e instanceof Error ? e.message : String(e)}`;
}

export function App() {
  const [tab, setTab] = useState<Tab | undefined | null>(null);
  const [off, setOff] = useState<string[]>([]);
  const [added, setAdded] = useState<AddedSite[]>([]);
  const [reading, setReading] = useState<LastReading | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [needsReload, setNeedsReload] = useState(false);

  useEffect(() => {
    void targetTab().then(setTab);
    void sitesOffItem.getValue().then(setOff);
    void addedSitesItem.getValue().then(setAdded);
    const unwatch = [sitesOffItem.watch(setOff), addedSitesItem.watch(setAdded)];
    return () => unwatch.forEach((u) => u());
  }, []);

  useEffect(() => {
    if (tab?.id === undefined) return;
    // The page may still be reading its first box: ask again a few times (not a loop: at most four asks).
    let stop = false;
    void (async () => {
      for (let attempt = 0; attempt < 4 && !stop; attempt++) {
        const r = await readingIn(tab.id!);
        if (r) return void (stop || setReading(r));
        await new Promise((done) => setTimeout(done, 500));
      }
    })();
    return () => void (stop = true);
  }, [tab]);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }, []);

  if (tab === null) return <main aria-busy="true" />;
  let site: ReturnType<typeof siteOf> | undefined;
  try {
    site = tab?.url ? siteOf(tab.url) : undefined;
  } catch {
    site = undefined;
  }

  return (
    <main>
      <h1>Tone Coach</h1>
      {!site ? (
        <p data-tc-popup="no-site">Tone Coach works on web pages. Open a reply box on a site to coach it.</p>
      ) : (
        <SiteCard
          url={tab!.url!}
          site={site}
          on={!off.includes(site.host)}
          added={added.find((a) => a.origin === site!.origin)}
          busy={busy}
          needsReload={needsReload}
          onSwitch={(on) => run(() => setSiteOn(site!.host, on))}
          onAdd={() =>
            run(async () => {
              // Asked from the click itself: the browser only shows its permission prompt for a user gesture (and
              // Firefox only synchronously). Noted first: Firefox may close the popup while it asks.
              const noted = noteSiteAsked(site!.origin);
              const granted = await browser.permissions.request({ origins: site!.patterns });
              await noted;
              if (!granted)
                throw new SiteError('The browser did not allow Tone Coach on this site. Nothing was changed.');
              await addSite(tab!.url!);
              setNeedsReload(true);
            })
          }
          onRemove={() =>
            run(async () => {
              await removeSite(site!.origin);
              setNeedsReload(true);
            })
          }
          onReload={() =>
            run(async () => {
              await browser.tabs.reload(tab!.id);
              setNeedsReload(false);
              window.close();
            })
          }
        />
      )}
      {error && (
        <p className="error" role="alert" data-tc-popup="error">
          {error}
        </p>
      )}
      {site && reading?.check && <LastDraft reading={reading} />}
      <RulesHere host={site?.host} onError={setError} />
      {site && <Reading reading={reading} />}
    </main>
  );
}

function SiteCard(props: {
  url: string;
  site: { origin: string; host: string };
  on: boolean;
  added?: AddedSite;
  busy: boolean;
  needsReload: boolean;
  onSwitch(on: boolean): void;
  onAdd(): void;
  onRemove(): void;
  onReload(): void;
}) {
  const listedSite = listedSiteFor(props.url);
  const listed = listedSite !== undefined;
  const name = listedSite?.name ?? props.site.host;
  const known = listed || props.added;
  return (
    <section
      className="site"
      data-tc-popup="site"
      data-state={listed ? 'listed' : props.added ? 'added' : 'unknown'}
      aria-label="This site"
    >
      <div className="host">{props.site.host}</div>
      <div className="what">
        {listed ? `${name}: coached by default.` : props.added ? 'Added by you.' : 'Tone Coach does not run here yet.'}
      </div>
      {known && (
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-tc-popup="switch"
            checked={props.on}
            disabled={props.busy}
            onChange={(e) => props.onSwitch(e.currentTarget.checked)}
          />
          {props.on ? 'Coaching on this site' : 'Off on this site'}
        </label>
      )}
      <div className="row" style={{ marginTop: 8 }}>
        {!known && (
          <button className="primary" data-tc-popup="add" disabled={props.busy} onClick={props.onAdd}>
            Add this site
          </button>
        )}
        {props.added && (
          <button className="danger" data-tc-popup="remove" disabled={props.busy} onClick={props.onRemove}>
            Remove this site
          </button>
        )}
      </div>
      {!known && (
        <p className="note">
          Your browser will ask to let Tone Coach read and change {props.site.host}. Drafts are checked on your machine
          and never sent anywhere.
        </p>
      )}
      {props.needsReload && (
        <p className="note" data-tc-popup="reload-note">
          Reload the page for this to take effect. <button onClick={props.onReload}>Reload</button>
        </p>
      )}
    </section>
  );
}

/** The last draft checked on this tab, marked as in its reply box, with its score and the findings that matter most. */
function LastDraft(props: { reading: LastReading }) {
  const { text, result } = props.reading.check!;
  const findings = result.findings.map((f) => findingView(f, text));
  return (
    <section className="draft tcx" data-tc-popup="draft" aria-label="Last draft checked here">
      <h2>Last draft checked here</h2>
      <ScoreBreakdown
        score={result.score.total}
        byCategory={result.score.byCategory}
        notEnglish={result.score.notEnglish}
      />
      <blockquote>
        <HighlightedReply text={text} findings={findings} />
      </blockquote>
      <FindingsList
        findings={findings}
        limit={3}
        {...(result.score.notEnglish ? { empty: NOTHING_FOUND_NOT_ENGLISH } : {})}
      />
    </section>
  );
}

function Reading(props: { reading?: LastReading }) {
  const r = props.reading;
  const [debug, setDebug] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void debugViewItem.getValue().then(setDebug);
    return debugViewItem.watch(setDebug);
  }, []);
  return (
    <details data-tc-popup="reading">
      <summary>Details</summary>
      <label className="switch">
        <input
          type="checkbox"
          data-tc-popup="debug-view"
          checked={debug}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            e.currentTarget.checked = debug; // shown as stored: the switch moves once the write is done
            setProblem('');
            debugViewItem.setValue(on).catch((err: unknown) => setProblem(message(err)));
          }}
        />
        Show what was read, and problems, in the panel (debug view)
      </label>
      {problem && (
        <p className="error" role="alert" data-tc-popup="error">
          {problem}
        </p>
      )}
      {!r ? (
        <p className="note">Nothing yet: type in a reply box on this page, then open this again.</p>
      ) : (
        <>
          <h2>What Tone Coach read here</h2>
          <dl>
            <dt>Site</dt>
            <dd data-field="site">{r.siteName}</dd>
            <dt>Channel</dt>
            <dd data-field="channel">
              {r.reading.context.channel ?? '—'} ({r.reading.context.audience ?? 'public'})
            </dd>
            {r.reading.context.customerName && (
              <>
                <dt>Customer</dt>
                <dd data-field="customer-name">{r.reading.context.customerName}</dd>
              </>
            )}
            {r.reading.context.customerHandle && (
              <>
                <dt>Handle</dt>
                <dd data-field="customer-handle">{r.reading.context.customerHandle}</dd>
              </>
            )}
            {r.reading.context.signOff && (
              <>
                <dt>Sign-off</dt>
                <dd data-field="sign-off">{r.reading.context.signOff}</dd>
              </>
            )}
          </dl>
          {r.reading.context.customerMessage && (
            <blockquote data-field="customer-message">{r.reading.context.customerMessage}</blockquote>
          )}
          <dl>
            {Object.entries(r.reading.debug).map(([k, v]) => (
              <Fragment key={k}>
                <dt>{k}</dt>
                <dd className={v.startsWith('fallback:') ? 'fallback' : undefined}>{v}</dd>
              </Fragment>
            ))}
          </dl>
          <h2>Problems on this page</h2>
          <dl data-tc-popup="failures">
            <dt>Rules that failed</dt>
            <dd>{r.failures.rules}</dd>
            <dt>Site reads that failed</dt>
            <dd>{r.failures.siteReads}</dd>
            <dt>Applies refused</dt>
            <dd>{r.failures.applies}</dd>
            <dt>Checks not answered</dt>
            <dd>{r.failures.checks}</dd>
            {r.failures.last && (
              <>
                <dt>Last problem</dt>
                <dd>{r.failures.last}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </details>
  );
}
