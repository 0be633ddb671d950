#!/usr/bin/env node
// `tone-coach`: plain JavaScript, so that a Node too old to run TypeScript hears what it needs. The command line
// itself (rules/cli/main.ts) is TypeScript that Node 22.18+ runs directly, so it needs no build step.
if (!process.features.typescript) {
  process.stderr.write(
    `tone-coach: needs Node 22.18 or later, which runs TypeScript files directly; this is Node ${process.versions.node}` +
      `${process.execArgv.includes('--no-experimental-strip-types') ? ' with --no-experimental-strip-types' : ''}.\n`,
  );
  process.exit(2);
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
