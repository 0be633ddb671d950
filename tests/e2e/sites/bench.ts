// Benchmark (not a test): what one site reading costs before each check, on the fixture pages and on long
// threads (600 posts on X, 300 comments on Zendesk), and Readability's first read of a generic page.
// Run: node tests/e2e/sites/bench.ts   (Chromium from CHROMIUM_PATH or /usr/bin/chromium)
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { cpus } from 'node:os';
import { FIXTURE_OUT, FIXTURE_SOURCES } from '../global-setup';
import { launch, openSite, sitePage } from './harness';

const PAGES: [name: string, url: string, box: string][] = [
  ['x', 'https://x.com/janedoe/status/1', '[data-fixture-root="reply"]'],
  ['facebook', 'https://www.facebook.com/AcmeAir/posts/1', '[data-fixture-root="reply"]'],
  ['messenger', 'https://www.messenger.com/t/1', '[data-fixture-root="reply"]'],
  [
    'zendesk',
    'https://acme.zendesk.com/agent/tickets/1',
    '.zendesk-editor--rich-text-container [contenteditable="true"]',
  ],
  ['freshdesk', 'https://acme.freshdesk.com/a/tickets/1', '.fr-element.fr-view'],
  ['intercom', 'https://app.intercom.com/a/inbox/a/inbox/shared/all/conversation/1', '.ProseMirror'],
  ['gmail', 'https://mail.google.com/mail/u/0/', 'div[g_editable="true"]'],
  ['generic', 'https://support.example.org/requests/42', 'textarea'],
];

function longX(): string {
  const posts = Array.from(
    { length: 600 },
    (_, i) =>
      `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article"><div data-testid="User-Name"><div><a href="/user${i}"><span>User ${i}</span></a></div><div><a href="/user${i}"><span>@user${i}</span></a></div></div><div data-testid="tweetText"><span>Reply number ${i} with enough words to look like a real reply.</span></div></article></div>`,
  ).join('');
  return sitePage('x').replace('</div></section>', `${posts}</div></section>`);
}

function longZendesk(): string {
  const items = Array.from(
    { length: 300 },
    (_, i) =>
      `<article data-test-id="omni-log-comment-item"><span data-test-id="omni-log-item-sender"><strong>P ${i}</strong></span><time datetime="2026-11-0${1 + (i % 9)}T10:00:00Z">x</time><div type="${i % 2 ? 'agent' : 'end-user'}" data-test-id="omni-log-item-message"><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>Message ${i} with a few words in it. -Sam</p></div></div></div></article>`,
  ).join('');
  return sitePage('zendesk').replace(
    '<div data-side-conversations-anchor-id="1" data-test-id="ticket-1-custom-layout">\n    <input',
    `<div data-side-conversations-anchor-id="1" data-test-id="ticket-1-custom-layout"><div data-test-id="omni-log-container">${items}</div>\n    <input`,
  );
}

async function main(): Promise<void> {
  await build({
    entryPoints: [
      'draftjs.tsx',
      'lexical.ts',
      'ckeditor5.ts',
      'froala.ts',
      'prosemirror.ts',
      'contenteditable.ts',
      'textarea.ts',
    ].map((f) => resolve(FIXTURE_SOURCES, f)),
    bundle: true,
    format: 'iife',
    outdir: FIXTURE_OUT,
    jsx: 'automatic',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const browser = await launch();
  const rows: string[] = [];
  const measure = async (label: string, url: string, html: string, box: string): Promise<void> => {
    const s = await openSite(browser, url, html);
    await s.timeRead(box, 20); // warm-up
    const ms = await s.timeRead(box, 200);
    rows.push(`| ${label} | ${ms.toFixed(3)} |`);
    await s.page.close();
  };
  for (const [name, url, box] of PAGES) await measure(name, url, sitePage(name), box);
  await measure('x, 600 posts in the thread', PAGES[0]![1], longX(), PAGES[0]![2]);
  await measure('zendesk, 300 comments', PAGES[3]![1], longZendesk(), PAGES[3]![2]);
  const s = await openSite(browser, 'https://support.example.org/requests/42', sitePage('generic'));
  const first = await s.eval<number>(
    'globalThis.__tcSites.forgetReadability(); const box = document.querySelector("textarea"); const site = globalThis.__tcSites.adapterFor(location); const t = performance.now(); site.read(box, document); return performance.now() - t;',
  );
  rows.push(`| generic, first read (Readability on a copy, then cached 30 s) | ${first.toFixed(3)} |`);
  await browser.close();
  console.log(
    `Site readings, ms per read (mean of 200), headless Chromium, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log('| page | ms |\n|---|---|\n' + rows.join('\n'));
}

void main();
