// Command-line options: each command declares its options once, and the same declaration parses the arguments,
// checks values against their choices and writes `--help`. Written by hand rather than with util.parseArgs so every
// mistake gets a message that says what to type instead ("did you mean --channel?").

export interface OptionSpec {
  name: string;
  short?: string;
  /** Placeholder of the value ("ID|FILE"); absent for a flag. */
  value?: string;
  repeat?: boolean;
  choices?: readonly string[];
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** e.g. "[TEXT]" or "FILE". */
  operands: string;
  /** Fewest and most operands. */
  min: number;
  max: number;
  description: string;
  options: readonly OptionSpec[];
  examples: readonly string[];
}

export type Values = Record<string, string | string[] | boolean | undefined>;

export interface Parsed {
  values: Values;
  operands: string[];
}

/** A mistake in how the command was called, a bad rule set or unreadable input: exit 2 with this message. */
export class UsageError extends Error {
  /** Where to read more, printed under the message. */
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

const HELP: OptionSpec = { name: 'help', short: 'h', help: 'show this help' };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The closest of `names` to `typed`, if it is close enough to be what was meant. */
export function closest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const n of names) {
    const d = distance(typed, n);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

export function parseArgs(spec: CommandSpec, argv: readonly string[]): Parsed {
  const options = [...spec.options, HELP];
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.filter((o) => o.short).map((o) => [o.short!, o]));
  const values: Values = {};
  const operands: string[] = [];
  const help = `tone-coach ${spec.name} --help`;
  const set = (o: OptionSpec, value: string | true): void => {
    if (typeof value === 'string' && o.choices && !o.choices.includes(value)) {
      const guess = closest(value, o.choices);
      throw new UsageError(
        `--${o.name} must be one of ${o.choices.join(', ')}; got "${value}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        help,
      );
    }
    if (o.repeat) values[o.name] = [...((values[o.name] as string[] | undefined) ?? []), value as string];
    else if (values[o.name] !== undefined && values[o.name] !== value) {
      throw new UsageError(
        `--${o.name} is given twice ("${String(values[o.name])}" and "${String(value)}"); give it once`,
        help,
      );
    } else values[o.name] = value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const o = long ? byName.get(key) : byShort.get(key);
    if (!o) {
      const guess = long
        ? closest(
            key,
            options.map((x) => x.name),
          )
        : undefined;
      throw new UsageError(
        `unknown option ${long ? `--${key}` : arg} for "${spec.name}"${guess ? `; did you mean --${guess}?` : ''}`,
        help,
      );
    }
    if (!o.value) {
      if (eq >= 0) throw new UsageError(`--${o.name} takes no value; write just --${o.name}`, help);
      set(o, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // "--pack --channel x" forgot the pack; anything else that follows is the value, even "-" or "-3".
      const next = value?.startsWith('--') ? value.slice(2).split('=')[0]! : undefined;
      if (value === undefined || (next !== undefined && byName.has(next))) value = undefined;
      else i++;
    }
    if (value === undefined) throw new UsageError(`--${o.name} needs a value: --${o.name} ${o.value}`, help);
    set(o, value);
  }
  if (values.help) return { values, operands };
  if (operands.length < spec.min) {
    throw new UsageError(
      `"${spec.name}" needs ${spec.operands.replace(/\.\.\.$/, '')}: tone-coach ${spec.name} ${spec.operands}`,
      help,
    );
  }
  if (operands.length > spec.max) {
    const extra = operands
      .slice(spec.max)
      .map((o) => `"${o}"`)
      .join(' ');
    throw new UsageError(
      spec.max === 1 && spec.operands === '[TEXT]'
        ? `"check" takes one text, got ${operands.length} words: put the reply in quotes (tone-coach check "Please call us")`
        : `unexpected ${extra}: tone-coach ${spec.name} ${spec.operands}`,
      help,
    );
  }
  return { values, operands };
}

const wrap = (text: string, width: number, indent: number): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
};

export function helpText(spec: CommandSpec): string {
  const options = [...spec.options, HELP];
  const labels = options.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`);
  const pad = Math.max(...labels.map((l) => l.length)) + 2;
  const lines = [
    `Usage: tone-coach ${spec.name} ${spec.operands} [options]`,
    '',
    wrap(spec.description, 100, 0),
    '',
    'Options:',
    ...options.map((o, i) => {
      const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
      const repeat = o.repeat ? ' (repeatable)' : '';
      return `  ${labels[i]!.padEnd(pad)}${wrap(o.help + choices + repeat, 100 - pad - 2, pad + 2)}`;
    }),
  ];
  if (spec.examples.length) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}
