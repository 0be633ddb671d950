// `tone-coach check [TEXT]`: one reply, from the argument or stdin, through the chosen rule sets.
import { check } from '../engine.ts';
import { mergeByRule } from '../merge.ts';
import { UsageError, type CommandSpec, type Parsed } from './args.ts';
import { findingJson, findingText, scoreLine, styleFor } from './format.ts';
import { CONTEXT_OPTIONS, contextFrom, CUSTOMER_OPTIONS, PACK_OPTION, packsFrom } from './options.ts';
import { Output } from './output.ts';

export const spec: CommandSpec = {
  name: 'check',
  summary: 'check one reply (the argument, or stdin)',
  operands: '[TEXT]',
  min: 0,
  max: 1,
  description:
    'Checks one reply against the rule sets and prints its score and findings. The text is the argument, or stdin ' +
    'when there is none (or it is "-"). Without options the reply is a public reply on X, checked with every built-in ' +
    'rule set. Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage or a bad rule set.',
  options: [
    PACK_OPTION,
    ...CONTEXT_OPTIONS,
    ...CUSTOMER_OPTIONS,
    {
      name: 'format',
      short: 'f',
      value: 'FORMAT',
      choices: ['text', 'json'],
      help: 'text for people, json for programs; default: text',
    },
  ],
  examples: [
    'tone-coach check "Please call our 800 number"',
    'tone-coach check --channel email --customer-name "Ada Lovelace" < reply.txt',
    'tone-coach check --pack ./our-voice.json --customer-message "Still waiting for my refund!" "We are on it"',
    'echo "DM us" | tone-coach check --format json',
  ],
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError(
      'no text to check: give it as an argument (tone-coach check "Thanks for waiting") or pipe it on stdin',
      'tone-coach check --help',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run({ values, operands }: Parsed): Promise<number> {
  const context = contextFrom(values);
  const packs = await packsFrom(values);
  const text = operands[0] !== undefined && operands[0] !== '-' ? operands[0] : await readStdin();
  const checked = check(text, packs, context);
  // One finding per rule, with its count, as the extension shows them (rules/merge.ts).
  const result = { ...checked, findings: mergeByRule(text, checked.findings) };
  const out = await Output.open(undefined);
  if (values.format === 'json') {
    const json = {
      score: result.score.total,
      byCategory: result.score.byCategory,
      ...(result.score.notEnglish ? { notEnglish: true } : {}),
      findings: result.findings.map(findingJson),
    };
    await out.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const style = styleFor(out.stream as { isTTY?: boolean });
    const parts = [scoreLine(result, style), ...result.findings.map((f) => findingText(text, f, style))];
    await out.write(`${parts.join('\n\n')}\n`);
  }
  await out.commit();
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
