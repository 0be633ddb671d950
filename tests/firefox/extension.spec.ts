// Where Firefox differs from Chromium: a Manifest V2 background page instead of a service worker; and this
// harness's own guards (the browser log read for the extension's errors, requests that escape a page's
// interception) shown to catch what they are meant to catch. The optional host permissions (adding a site, a
// subscription's host) are in permissions.spec.ts; the toolbar click and its activeTab grant are not run in Firefox.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorsFrom, EXTENSION_ORIGIN, expect, test } from './firefox';

test('the Firefox build is Manifest V2 and its checks run in the persistent background page', async ({ firefox }) => {
  const bg = await firefox.extensionPage.evaluate(() => {
    const b = (globalThis as any).browser;
    const m = b.runtime.getManifest();
    // An MV2 extension page can reach its background page's window (no service worker in Firefox's MV2).
    const page = b.extension.getBackgroundPage();
    return { version: m.manifest_version, scripts: m.background.scripts, hasWindow: !!page?.document };
  });
  // Firefox gives the manifest's script paths as full moz-extension: addresses.
  expect(bg).toEqual({ version: 2, scripts: [`${EXTENSION_ORIGIN}/background.js`], hasWindow: true });
});

test.describe('the harness catches what it guards against', () => {
  // A throwaway add-on whose background page and content script throw and leave a promise rejected, and whose
  // background sends a request: the same log reading and proxy that guard every test must report each, under its own
  // moz-extension origin. (A console.error call is printed without its script's address, among Firefox's own: our
  // scripts make none, which lint enforces, and report failures to the debug view instead.)
  const PROBE_ID = 'probe@tone-coach.test';
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tc-probe-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 2,
        name: 'probe',
        version: '1.0',
        browser_specific_settings: { gecko: { id: PROBE_ID } },
        background: { scripts: ['bg.js'] },
        content_scripts: [{ matches: ['https://probe.example/*'], js: ['cs.js'] }],
      }),
    );
    writeFileSync(
      join(dir, 'bg.js'),
      "fetch('https://probe-leak.example/draft').catch(() => {});\nsetTimeout(() => { throw new Error('probe failure'); });\nPromise.reject(new Error('probe rejection'));\n",
    );
    writeFileSync(
      join(dir, 'cs.js'),
      "setTimeout(() => { throw new Error('probe content failure'); });\nPromise.reject(new Error('probe content rejection'));\n",
    );
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("an add-on's uncaught errors and rejections are read from the browser log; its request is recorded", async ({
    firefox,
    tab,
    serve,
  }) => {
    const from = firefox.log.length;
    const sent = firefox.escaped.length;
    await firefox.browser.installExtension(dir);
    try {
      await serve('https://probe.example/', '<!doctype html><p>probe</p>');
      await tab.goto('https://probe.example/');
      const probeLines = (): string[] =>
        firefox.log.slice(from).filter((l) => /^JavaScript error: moz-extension:\/\/[\w-]+\/.*probe/.test(l));
      const kinds = /probe (?:content )?(?:failure|rejection)/;
      await expect
        .poll(() =>
          probeLines()
            .map((l) => kinds.exec(l)?.[0])
            .sort(),
        )
        .toEqual(['probe content failure', 'probe content rejection', 'probe failure', 'probe rejection']);
      // The guard's own reading (errorsFrom) finds all four under the probe's origin.
      const probeOrigin = /moz-extension:\/\/[\w-]+/.exec(probeLines()[0]!)![0];
      expect(errorsFrom(firefox.log.slice(from), probeOrigin)).toHaveLength(4);
      await expect.poll(() => firefox.escaped.slice(sent)).toContain('CONNECT probe-leak.example:443');
      // Our own extension's origin is not blamed for the probe's error.
      expect(errorsFrom(firefox.log.slice(from))).toEqual([]);
    } finally {
      await firefox.browser.uninstallExtension(PROBE_ID);
    }
  });
});
