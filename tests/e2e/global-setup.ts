// Runs once before the e2e suite: bundles every editor fixture (tests/fixtures/editors/*.ts[x]) from the real
// npm packages into tests/fixtures/.built/, and checks the extension was built (the `test` script builds it;
// alone, run `npm run build` first, or set TC_OUT_DIR to your own build).
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

export const FIXTURE_SOURCES = resolve(repo, 'tests/fixtures/editors');
export const FIXTURE_OUT = resolve(repo, 'tests/fixtures/.built');

export default async function globalSetup(): Promise<void> {
  const manifest = resolve(repo, process.env.TC_OUT_DIR ?? '.output', 'chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension at ${manifest}: run "npm run build" (or set TC_OUT_DIR to your build) first.`);
  }
  await bundleFixtures();
}

/** Bundles every editor fixture into tests/fixtures/.built/ (also used by the Firefox run, tests/firefox/). */
export async function bundleFixtures(): Promise<void> {
  const entries = readdirSync(FIXTURE_SOURCES)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => resolve(FIXTURE_SOURCES, f));
  await build({
    entryPoints: entries,
    bundle: true,
    format: 'iife',
    outdir: FIXTURE_OUT,
    jsx: 'automatic',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
