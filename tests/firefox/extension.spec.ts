// Where Firefox differs from Chromium: a Manifest V2 background page instead of a service worker; and this
// harness's own guards (the browser log read for the extension's errors, requests that escape a page's
// interception) shown to catch what they are meant to catch. (Adding a site from the popup is not run here: the
// popup opened in a tab with ?tab= cannot read an unlisted tab's address in Firefox without the activeTab grant a
// toolbar click gives, and a headless run cannot click the toolbar.)
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
  // A throwaway add-on whose background page throws and sends a request: the same log reading and proxy that
  // guard every test must report both, under its own moz-extension origin.
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
      }),
    );
    writeFileSync(
      join(dir, 'bg.js'),
      "fetch('https://probe-leak.example/draft').catch(() => {});\nsetTimeout(() => { throw new Error('probe failure'); });\n",
    );
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("an add-on's uncaught error is read from the browser log; its request is recorded", async ({ firefox }) => {
    const from = firefox.log.length;
    const sent = firefox.escaped.length;
    await firefox.browser.installExtension(dir);
    try {
      await expect
        .poll(() =>
          firefox.log.slice(from).filter((l) => /JavaScript error: moz-extension:\/\/.*probe failure/.test(l)),
        )
        .toHaveLength(1);
      await expect.poll(() => firefox.escaped.slice(sent)).toContain('CONNECT probe-leak.example:443');
      // Our own extension's origin is not blamed for the probe's error.
      expect(errorsFrom(firefox.log.slice(from))).toEqual([]);
    } finally {
      await firefox.browser.uninstallExtension(PROBE_ID);
    }
  });
});
