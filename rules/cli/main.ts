// The `tone-coach` command line: finds the command, parses its options and turns every expected failure into a
// message that says what to fix. Exit status: 0 no error-severity finding, 1 at least one (or a failing example),
// 2 bad usage, a bad rule set or unreadable input, 3 an internal error (a bug).
import { readFileSync } from 'node:fs';
import { closest, helpText, parseArgs, UsageError, type CommandSpec, type Parsed } from './args.ts';

interface Command {
  spec: CommandSpec;
  run(parsed: Parsed): Promise<number>;
}

// Loaded on demand: `schema` and `--help` need not load the engine's language model.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./check.ts'),
  audit: () => import('./audit.ts'),
  test: () => import('./test.ts'),
  schema: () => import('./schema.ts'),
};

const SUMMARIES: Record<string, string> = {
  check: 'check one reply (the argument, or stdin)',
  audit: 'check every reply in a CSV or JSONL file, with a per-rule summary',
  test: "run a rule set's examples like a test suite",
  schema: 'print the JSON Schema of a rule-set file',
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  return [
    'tone-coach: coach customer-service replies on tone with brand-voice rule sets, on your machine.',
    '',
    'Usage: tone-coach <command> [options]',
    '',
    'Commands:',
    ...Object.entries(SUMMARIES).map(([name, summary]) => `  ${name.padEnd(8)}${summary}`),
    '',
    'Run "tone-coach <command> --help" for the options of a command.',
    'Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, a bad rule set or unreadable input.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      if (topic && COMMANDS[topic]) process.stdout.write(helpText((await COMMANDS[topic]()).spec));
      else (name === undefined ? process.stderr : process.stdout).write(mainHelp()); // no command: a usage error
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) {
      const guess = closest(name, Object.keys(COMMANDS));
      throw new UsageError(
        `${name.startsWith('-') ? `"${name}" before a command` : `unknown command "${name}"`}${guess ? `; did you mean "${guess}"?` : ''}`,
        'tone-coach --help',
      );
    }
    const command = await load();
    const parsed = parseArgs(command.spec, rest);
    if (parsed.values.help) {
      process.stdout.write(helpText(command.spec));
      return 0;
    }
    return await command.run(parsed);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(
        `tone-coach: ${e.message}\n${e.hint ? `${e.hint.includes(' ') && !e.hint.startsWith('tone-coach') ? e.hint : `See: ${e.hint}`}\n` : ''}`,
      );
      return 2;
    }
    const err = e as Error;
    process.stderr.write(
      `tone-coach: internal error: ${err?.message ?? String(e)}\nThis is a bug in Tone Coach; please report it with the command you ran.\n` +
        (process.env.TONE_COACH_DEBUG ? `${err?.stack ?? ''}\n` : ''),
    );
    return 3;
  }
}
