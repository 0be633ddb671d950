// The editor checks shared with Chromium (tests/e2e/helpers/core-checks.ts), run in Firefox for one editor.
import { coreChecks, type CoreCase, type CoreCheckName } from '../e2e/helpers/core-checks';
import { openEditor, puppeteerDriver, test, type Fixtures } from './firefox';

export interface FirefoxEditorCase extends CoreCase {
  /** Shown in test titles, e.g. 'Draft.js'. */
  name: string;
  /** tests/fixtures/pages/<fixture>.html and tests/fixtures/editors/<fixture>.ts[x]. */
  fixture: string;
  /** A realistic address on a supported host. */
  url: string;
  /** Checks known to fail in Firefox for this editor, with the reason (run as test.fixme so they stay visible). */
  known?: Partial<Record<CoreCheckName, string>>;
}

export function firefoxCoachSuite(c: FirefoxEditorCase): void {
  test.describe(`${c.name} in Firefox with the extension`, () => {
    for (const name of Object.keys(coreChecks) as CoreCheckName[]) {
      const reason = c.known?.[name];
      const body = async ({ tab, serve, extensionRequests }: Pick<Fixtures, 'tab' | 'serve' | 'extensionRequests'>) => {
        await openEditor(tab, serve, c);
        await coreChecks[name](puppeteerDriver(tab), c, extensionRequests);
      };
      if (reason) test.fixme(`${name} (${reason})`, body);
      else test(name, body);
    }
  });
}
