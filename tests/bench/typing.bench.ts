// Typing benchmark (issue 3 §6): in Debian's Chromium, types a 1,000-character reply at 10 characters a second into
// the Lexical and Draft.js fixtures, with and without the extension, and reports:
//   - main-thread time per keystroke (p50, p95) with and without, and what the extension adds;
//   - time from the last keystroke to the underline of the last sentence's finding;
//   - JS heap added (after a forced GC, same page, same text);
//   - the message round trip content script -> worker -> engine -> back (warm p50/p95, and cold after the worker
//     was stopped);
//   - a 5,000-character paste: the extension's main-thread time until its underline, and its longest call;
//   - the gzip size of everything injected into the page.
// Agents pause at the end of sentences: after each ". " the bench pauses 400 ms, so checks run (and findings are
// on screen) while typing goes on, which is the demanding case.
//
// Run: npm run bench:typing  (builds the extension first; TC_OUT_DIR picks the build; BENCH_CHARS=300 for a quick run;
// BENCH_PROFILE=1 prints where the content script spends its time, best on an unminified build)
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const repo = resolve(import.meta.dirname, '../..');
const extDir = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3');
const fixturesOut = resolve(repo, 'tests/fixtures/.built');
const CHARS = Number(process.env.BENCH_CHARS ?? 1000);
const KEY_INTERVAL_MS = 100; // 10 characters a second
const SENTENCE_PAUSE_MS = 400;
// Flagged in every channel (public or private), so the last sentence always gets an underline.
const CANNED = 'We apologize for any inconvenience.';

const ALL_EDITORS = [
  { name: 'Lexical', fixture: 'lexical', url: 'https://www.facebook.com/messages/t/100000000000001' },
  { name: 'Draft.js', fixture: 'draftjs', url: 'https://x.com/compose/post' },
];
/** BENCH_EDITOR=Draft.js: one editor only (a quicker look at one path). */
const EDITORS = ALL_EDITORS.filter((e) => !process.env.BENCH_EDITOR || e.name === process.env.BENCH_EDITOR);

/** A realistic reply of CHARS characters built from real brand replies (shared data), ending with a canned line. */
function replyText(): string {
  const data = resolve(repo, '../shared/data/twcs-brand-replies.jsonl');
  const sentences: string[] = [];
  if (existsSync(data)) {
    for (const line of readFileSync(data, 'utf8').split('\n').slice(0, 400)) {
      if (!line) continue;
      const t = (JSON.parse(line) as { text: string }).text
        .replace(/@\w+/g, '')
        .replace(/https?:\S+/g, '')
        .replace(/\s*\^\w+\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (t.length > 40 && !/inconvenience/i.test(t) && /^[\x20-\x7e]+$/.test(t)) sentences.push(t);
    }
  }
  if (sentences.length === 0)
    sentences.push('Thanks for reaching out. We looked at your account and the refund is on its way.');
  let body = '';
  for (let i = 0; body.length < CHARS - CANNED.length - 1; i++) body += `${sentences[i % sentences.length]} `;
  return `${body.slice(0, CHARS - CANNED.length - 1).replace(/\s*$/, '')} ${CANNED}`.slice(-CHARS);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: withExtension
      ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`]
      : ['--disable-extensions'],
  });
}

async function openFixture(context: BrowserContext, e: (typeof EDITORS)[number]): Promise<Page> {
  const html = readFileSync(resolve(repo, 'tests/fixtures/pages', `${e.fixture}.html`), 'utf8');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === e.url) return route.fulfill({ body: html, contentType: 'text/html' });
    const m = /\/__tc_fixtures__\/([\w-]+)\.js$/.exec(url);
    if (m)
      return route.fulfill({ body: readFileSync(resolve(fixturesOut, `${m[1]}.js`)), contentType: 'text/javascript' });
    return route.abort();
  });
  // A fresh install opens the welcome page once: closed, so that only the fixture runs.
  for (let waited = 0; waited < 3000 && !context.pages().some((p) => p.url().endsWith('/welcome.html')); waited += 100)
    await new Promise((done) => setTimeout(done, 100));
  for (const p of context.pages()) if (p.url().endsWith('/welcome.html')) await p.close();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(e.url);
  await page.waitForFunction(() => (window as any).__fixture?.editors?.[0]?.root?.isContentEditable);
  await page.evaluate(() => (window as any).__fixture.editors[0].root.focus());
  return page;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * Main-thread time spent in the extension's own code per keystroke: top-level calls into the content script
 * (event listeners, observers, animation frames, timers) including the layout they force, bucketed by keydown.
 */
/**
 * The content script's top-level calls (nested calls are inside their parent). The content script only runs on
 * the page's main thread, so its script URL is enough to find them.
 */
function topLevelExtensionCalls(events: TraceEvent[], scriptUrl: string): TraceEvent[] {
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.includes(scriptUrl))
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let lastEnd = 0;
  for (const c of calls) {
    if (c.ts < lastEnd) continue;
    lastEnd = c.ts + (c.dur ?? 0);
    top.push(c);
  }
  return top;
}

/**
 * BENCH_CALLS=1: where the extension's time per key goes, by top-level function (minified names, with line:column in
 * content.js), with the layout and style recalculation those calls force.
 */
function printCallBreakdown(events: TraceEvent[], scriptUrl: string, keys: number): void {
  const forced = events.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'));
  const by = new Map<string, { ms: number; n: number; layoutMs: number }>();
  for (const c of topLevelExtensionCalls(events, scriptUrl)) {
    const d = c.args?.data;
    const key = `${d?.functionName || '(anon)'} ${d?.lineNumber}:${d?.columnNumber}`;
    const end = c.ts + (c.dur ?? 0);
    const layout = forced.filter((f) => f.ts >= c.ts && f.ts < end).reduce((a, f) => a + (f.dur ?? 0), 0);
    const row = by.get(key) ?? { ms: 0, n: 0, layoutMs: 0 };
    row.ms += (c.dur ?? 0) / 1000;
    row.n += 1;
    row.layoutMs += layout / 1000;
    by.set(key, row);
  }
  for (const [k, r] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
    console.error(`${(r.ms / keys).toFixed(3)} ms/key (layout ${(r.layoutMs / keys).toFixed(3)}) ${r.n} calls ${k}`);
}

function extensionTimePerKey(events: TraceEvent[], scriptUrl: string): number[] {
  const keys = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const perKey = keys.map(() => 0);
  for (const c of topLevelExtensionCalls(events, scriptUrl)) {
    let k = keys.length - 1;
    while (k > 0 && keys[k]! > c.ts) k--;
    if (keys[0]! <= c.ts) perKey[k]! += (c.dur ?? 0) / 1000;
  }
  return perKey;
}

/** Notes in the page (window.__bench.underline) when an underline starts at or after text offset `from`. */
async function watchUnderline(page: Page, from: number): Promise<void> {
  // A string, not a function, so that no transpiler helper ends up in code the page runs.
  await page.evaluate(`(() => {
    const from = ${from};
    const root = window.__fixture.editors[0].root;
    const seen = () => ['tc-error', 'tc-warning', 'tc-suggestion'].some((name) => {
      const h = CSS.highlights && CSS.highlights.get(name);
      if (!h) return false;
      for (const r of h) {
        const pre = document.createRange();
        pre.setStart(root, 0);
        pre.setEnd(r.startContainer, r.startOffset);
        if (pre.toString().length >= from) return true;
      }
      return false;
    });
    const poll = () => { if (seen()) window.__bench.underline = performance.now(); else requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  })()`);
}

/** Waits for the underline noted by watchUnderline; ms since `since` (page clock), or null after 5 s. */
async function underlineAfter(page: Page, since: 'lastKey' | 'paste'): Promise<number | null> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const b = (await page.evaluate(() => (window as any).__bench)) as Record<string, number>;
    if (b.underline) return b.underline - b[since]!;
    await page.waitForTimeout(50);
  }
  return null;
}

interface PasteRun {
  /** Extension code from the paste to the underline, in all. */
  totalMs: number;
  /** Its longest single call: what the page could feel as a stall. */
  longestMs: number;
  underlineMs: number | null;
}

/** Pastes a 5,000-character reply (ending with the canned line) into an empty editor, with the extension. */
async function pasteRun(context: BrowserContext, e: (typeof EDITORS)[number], text: string): Promise<PasteRun> {
  const page = await openFixture(context, e);
  const cdp = await context.newCDPSession(page);
  let big = '';
  while (big.length < 5000 - text.length) big += `${text.replace(CANNED, '').trim()} `;
  big = `${big.slice(0, 5000 - CANNED.length - 1).trim()} ${CANNED}`;
  await page.evaluate(() => ((window as any).__bench = { paste: 0, underline: 0 }));
  await watchUnderline(page, big.lastIndexOf(CANNED) - 5);
  await page.waitForTimeout(300);
  const stopTrace = await startTrace(cdp);
  await page.evaluate((t) => {
    (window as any).__bench.paste = performance.now();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, big);
  const underlineMs = await underlineAfter(page, 'paste');
  const events = await stopTrace();
  const model = (await page.evaluate(() => (window as any).__fixture.editors[0].getText())) as string;
  if (model !== big) throw new Error(`${e.name}: the paste left ${model.length} characters, pasted ${big.length}`);
  const calls = topLevelExtensionCalls(events, 'content-scripts/content.js');
  await page.close().catch(() => undefined);
  return {
    totalMs: calls.reduce((n, c) => n + (c.dur ?? 0) / 1000, 0),
    longestMs: Math.max(0, ...calls.map((c) => (c.dur ?? 0) / 1000)),
    underlineMs,
  };
}

interface Run {
  /** Extension code per keystroke (with the extension only). */
  extensionMs: number[];
  perKeyMs: number[];
  underlineMs: number | null;
  heapBytes: number;
}

async function typeReply(
  context: BrowserContext,
  e: (typeof EDITORS)[number],
  text: string,
  withExtension: boolean,
): Promise<Run> {
  const page = await openFixture(context, e);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Watches, in the page, for the underline of the last sentence's finding, timed from the last keystroke.
  await page.evaluate(() => {
    const w = window as any;
    w.__bench = { lastKey: 0, underline: 0 };
    document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), true);
  });
  const perKeyMs: number[] = [];
  const stopTrace = withExtension ? await startTrace(cdp) : null;
  if (process.env.BENCH_PROFILE && withExtension) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  let before = await metric(cdp, 'TaskDuration');
  const lastSentenceStart = text.lastIndexOf(CANNED);
  for (let i = 0; i < text.length; i++) {
    if (i === text.length - 1) {
      await watchUnderline(page, lastSentenceStart - 5);
    }
    const started = Date.now();
    await page.keyboard.type(text[i]!);
    const pause = KEY_INTERVAL_MS + (text[i] === ' ' && /[.!?]$/.test(text.slice(0, i)) ? SENTENCE_PAUSE_MS : 0);
    await page.waitForTimeout(Math.max(0, pause - (Date.now() - started)));
    const now = await metric(cdp, 'TaskDuration');
    perKeyMs.push((now - before) * 1000);
    before = now;
  }
  const underlineMs = withExtension ? await underlineAfter(page, 'lastKey') : null;

  if (process.env.BENCH_PROFILE && withExtension) {
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: Array<{
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
          children?: number[];
        }>;
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFn = new Map<string, number>();
    // inclusive time for content.js frames
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const [id, t] of self) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = nodes.get(cur)!;
        if (!n.callFrame.url.includes('content.js')) continue;
        const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        byFn.set(key, (byFn.get(key) ?? 0) + t);
      }
    }
    console.error(
      [...byFn]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, t]) => `${(t / 1000).toFixed(1)}ms ${k}`)
        .join('\n'),
    );
  }
  const trace = stopTrace ? await stopTrace() : [];
  const extensionMs = stopTrace ? extensionTimePerKey(trace, 'content-scripts/content.js') : [];
  if (process.env.BENCH_CALLS && stopTrace) printCallBreakdown(trace, 'content-scripts/content.js', text.length);
  const model = (await page.evaluate(() => (window as any).__fixture.editors[0].getText())) as string;
  if (model !== text) throw new Error(`${e.name}: the editor holds ${model.length} characters, typed ${text.length}`);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBytes = await metric(cdp, 'JSHeapUsedSize');
  await page.close().catch(() => undefined);
  return { extensionMs, perKeyMs, underlineMs, heapBytes };
}

/** Round trip of a check message from an extension page (same IPC path as the content script). */
async function roundTrip(context: BrowserContext, text: string): Promise<{ warm: number[]; cold: number }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  const once = (): Promise<number> =>
    page.evaluate(async (t) => {
      const start = performance.now();
      const reply = await (globalThis as any).chrome.runtime.sendMessage({
        type: 'tc:check',
        text: t,
        context: { channel: 'x', audience: 'public' },
        site: 'x.com',
      });
      if (!reply?.ok) throw new Error(`check failed: ${JSON.stringify(reply)}`);
      return performance.now() - start;
    }, text);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) await once(); // warm-up
  for (let i = 0; i < 50; i++) warm.push(await once());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(500);
  const cold = await once();
  await page.close();
  return { warm, cold };
}

function injectedGzipBytes(): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(resolve(extDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  return {
    files,
    bytes: files.reduce((n, f) => n + gzipSync(readFileSync(resolve(extDir, f)), { level: 9 }).length, 0),
  };
}

async function main(): Promise<void> {
  if (!existsSync(resolve(extDir, 'manifest.json')))
    throw new Error(`No build at ${extDir}: run "npm run build" first.`);
  await build({
    entryPoints: readdirSync(resolve(repo, 'tests/fixtures/editors'))
      .filter((f) => /^(?:lexical|draftjs)\.tsx?$/.test(f))
      .map((f) => resolve(repo, 'tests/fixtures/editors', f)),
    bundle: true,
    format: 'iife',
    outdir: fixturesOut,
    jsx: 'automatic',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const text = replyText();
  const rows: string[] = [];
  const fmt = (n: number | null, digits = 2): string => (n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
  for (const e of EDITORS) {
    const without = await launch(false);
    const base = await typeReply(without, e, text, false);
    await without.close();
    const withExt = await launch(true);
    const run = await typeReply(withExt, e, text, true);
    await withExt.close();
    const p50 = percentile(run.perKeyMs, 50);
    const p95 = percentile(run.perKeyMs, 95);
    const b50 = percentile(base.perKeyMs, 50);
    const b95 = percentile(base.perKeyMs, 95);
    rows.push(
      `| ${e.name} | **${fmt(percentile(run.extensionMs, 50))} / ${fmt(percentile(run.extensionMs, 95))}** | ` +
        `${fmt(Math.max(...run.extensionMs))} | ${fmt(b50)} / ${fmt(b95)} | ${fmt(p50)} / ${fmt(p95)} | ` +
        `${fmt(run.underlineMs, 0)} | ${fmt((run.heapBytes - base.heapBytes) / 1e6, 1)} |`,
    );
    console.error(`${e.name} done`);
  }
  const pastes: string[] = [];
  for (const e of EDITORS) {
    const c = await launch(true);
    // The browser's very first check: the extension was just installed (its welcome page opened and was closed).
    const p = await pasteRun(c, e, text);
    // The same paste into a new page of the same browser: the worker is running, as it is for an agent at work.
    const again = await pasteRun(c, e, text);
    await c.close();
    pastes.push(
      `${e.name}: extension code ${fmt(p.totalMs, 1)} ms in all, longest call ${fmt(p.longestMs, 1)} ms, underline after ` +
        `${fmt(p.underlineMs, 0)} ms just after install, ${fmt(again.underlineMs, 0)} ms in a new page once running`,
    );
  }
  const ctx = await launch(true);
  const rt = await roundTrip(ctx, text);
  await ctx.close();
  const injected = injectedGzipBytes();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const chromeVersion = execSync(`${process.env.CHROMIUM_PATH ?? 'chromium'} --version`, { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
  console.log(
    `Typing benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromeVersion} headless.`,
  );
  console.log(
    `${text.length} characters at ${1000 / KEY_INTERVAL_MS} a second, ${SENTENCE_PAUSE_MS} ms pause after each sentence.\n`,
  );
  console.log(
    '| editor | extension code per key, ms (p50 / p95) | max | whole main thread per key without (p50 / p95) | with | last key → underline, ms | heap added, MB |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(
    `\nCheck round trip (content → worker → engine → back, ${text.length} characters): warm p50 ${fmt(percentile(rt.warm, 50), 1)} ms, ` +
      `p95 ${fmt(percentile(rt.warm, 95), 1)} ms; first check after the worker was stopped ${fmt(rt.cold, 0)} ms.`,
  );
  console.log(`A 5,000-character paste into an empty box: ${pastes.join('; ')}.`);
  console.log(`Injected into the page: ${injected.files.join(', ')} = ${(injected.bytes / 1024).toFixed(1)} KB gzip.`);
  const onDemand = gzipSync(readFileSync(resolve(extDir, 'readability.js')), { level: 9 }).length;
  console.log(
    `Added on first need in a frame whose generic reading needs Readability: readability.js = ${(onDemand / 1024).toFixed(1)} KB gzip.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
