// Options shared by the commands that check replies: which rule sets (`--pack`) and the context a reply is written in.
// Without options the context is a public reply on social media (X), like the default of the engine.
import { readFile, stat } from 'node:fs/promises';
import { CHANNELS, MOODS, type Channel, type ContextInput } from '../base.ts';
import { BUILTIN_PACKS, builtinPack } from '../packs/index.ts';
import type { RuleSet } from '../schema.ts';
import { LIMITS, parseRuleSet } from '../validate.ts';
import { UsageError, type OptionSpec, type Values } from './args.ts';

const builtinIds = (): string => BUILTIN_PACKS.map((p) => p.id).join(', ');

export const PACK_OPTION: OptionSpec = {
  name: 'pack',
  short: 'p',
  value: 'ID|FILE',
  repeat: true,
  help: `a built-in rule set (${builtinIds()}) or a rule-set JSON file; default: every built-in set`,
};

/** Where a reply goes; public and private replies are judged differently (personal data, deflections). */
export const CONTEXT_OPTIONS: readonly OptionSpec[] = [
  { name: 'channel', short: 'c', value: 'NAME', choices: CHANNELS, help: 'where the reply is posted; default: x' },
  { name: 'public', help: 'a public reply (the default on x, facebook, instagram and other)' },
  { name: 'private', help: 'a private reply: a DM or e-mail (the default on messenger, email, chat and ticket)' },
  { name: 'mood', value: 'MOOD', choices: MOODS, help: "the customer's mood; default: estimated from their message" },
  {
    name: 'sign-off',
    value: 'TEXT',
    help: 'the sign-off the brand uses, e.g. "^JS"; the sign-off rule only runs when it is given',
  },
  { name: 'disable', value: 'RULE', repeat: true, help: 'switch off a rule: RULE or SET/RULE' },
];

export const CUSTOMER_OPTIONS: readonly OptionSpec[] = [
  { name: 'customer-name', value: 'NAME', help: 'the customer\'s display name, e.g. "Jacob Smith"' },
  { name: 'customer-handle', value: 'HANDLE', help: 'the customer\'s handle, e.g. "@Call_Me_Jacob"' },
  { name: 'customer-message', value: 'TEXT', help: "the customer's message being answered (sets the mood)" },
];

const PRIVATE_CHANNELS: readonly Channel[] = ['messenger', 'email', 'chat', 'ticket'];

export function contextFrom(values: Values): ContextInput {
  if (values.public && values.private)
    throw new UsageError('--public and --private contradict each other: give one', 'tone-coach check --help');
  const channel = (values.channel as Channel | undefined) ?? 'x';
  const audience = values.private
    ? 'private'
    : values.public
      ? 'public'
      : PRIVATE_CHANNELS.includes(channel)
        ? 'private'
        : 'public';
  const context: ContextInput = { channel, audience };
  const text = (name: string): string | undefined => values[name] as string | undefined;
  if (text('mood')) context.mood = text('mood') as ContextInput['mood'];
  if (text('sign-off')) context.signOff = text('sign-off');
  if (values.disable) context.disabledRules = values.disable as string[];
  if (text('customer-name')) context.customerName = text('customer-name');
  if (text('customer-handle')) context.customerHandle = text('customer-handle');
  if (text('customer-message')) context.customerMessage = text('customer-message');
  return context;
}

/** At most this many problems are listed for one file; a broken export can have thousands. */
const SHOWN_PROBLEMS = 40;

export function ruleSetProblems(source: string, problems: readonly string[]): UsageError {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${p}`);
  if (problems.length > SHOWN_PROBLEMS) shown.push(`  ... and ${problems.length - SHOWN_PROBLEMS} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new UsageError(
    `${source} is not a valid rule set (${count}):\n${shown.join('\n')}`,
    'Fix the file and run again; "tone-coach schema" prints the format.',
  );
}

/** A built-in set by id, or a rule-set file, validated whole: any problem refuses it with every problem listed. */
export async function loadPack(ref: string): Promise<RuleSet> {
  const looksLikePath = /[\\/]/.test(ref) || /\.json$/i.test(ref);
  if (!looksLikePath) {
    const builtin = builtinPack(ref);
    if (builtin) return builtin;
  }
  let size: number;
  try {
    const s = await stat(ref);
    if (s.isDirectory())
      throw new UsageError(`${ref} is a folder; --pack takes a rule-set file or a built-in id (${builtinIds()})`);
    size = s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(
        looksLikePath ? `no file "${ref}"` : `"${ref}" is neither a built-in rule set (${builtinIds()}) nor a file`,
      );
    }
    throw new UsageError(`cannot read ${ref}: ${(e as Error).message}`);
  }
  // A UTF-8 byte count is at most three times the character count: bigger files cannot be within the limit.
  if (size > 3 * LIMITS.bytes) {
    throw new UsageError(
      `${ref} is ${(size / 1e6).toFixed(0)} MB; a rule set may have at most ${LIMITS.bytes.toLocaleString('en')} characters`,
    );
  }
  let text: string;
  try {
    text = await readFile(ref, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${ref}: ${(e as Error).message}`);
  }
  const result = parseRuleSet(text);
  if (!result.ok) throw ruleSetProblems(ref, result.problems);
  return result.ruleSet;
}

export async function packsFrom(values: Values): Promise<readonly RuleSet[]> {
  const refs = values.pack as string[] | undefined;
  if (!refs) return BUILTIN_PACKS;
  const packs: RuleSet[] = [];
  for (const ref of refs) packs.push(await loadPack(ref));
  return packs;
}
