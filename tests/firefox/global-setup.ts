// Runs once before the Firefox run: checks the Firefox build is there and bundles the editor fixtures, as the
// Chromium run's global setup does.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleFixtures } from '../e2e/global-setup';

export default async function globalSetup(): Promise<void> {
  const manifest = resolve(
    import.meta.dirname,
    '../..',
    process.env.TC_OUT_DIR ?? '.output',
    'firefox-mv2/manifest.json',
  );
  if (!existsSync(manifest)) {
    throw new Error(`No Firefox build at ${manifest}: run "npm run build:firefox" (or set TC_OUT_DIR) first.`);
  }
  await bundleFixtures();
}
