// `tone-coach test FILE...`: runs a rule set's own examples like a test suite. Each bad example must give exactly one
// finding of its rule at the marked span, and its first suggestion must give the stated fix; each good example none.
import { runExamples, type ExampleFailure } from '../examples.ts';
import { builtinPack } from '../packs/index.ts';
import type { RuleSet } from '../schema.ts';
import { parseRuleSet } from '../validate.ts';
import type { CommandSpec, Parsed } from './args.ts';
import { plural, styleFor, type Style } from './format.ts';
import { loadPack, ruleSetProblems } from './options.ts';
import { Output } from './output.ts';

export const spec: CommandSpec = {
  name: 'test',
  summary: "run a rule set's examples like a test suite",
  operands: 'FILE|ID...',
  min: 1,
  max: Infinity,
  description:
    'Validates each rule set (a file, or the id of a built-in set) and runs the examples of every rule: a bad example ' +
    'must give exactly one finding of its rule at the span marked [[like this]], its first suggestion must give the ' +
    'stated fix and no new finding of that rule; a good example must give none. Exit status: 0 when every example ' +
    'passes, 1 when one fails, 2 when a rule set is invalid.',
  options: [{ name: 'format', short: 'f', value: 'FORMAT', choices: ['text', 'json'], help: 'default: text' }],
  examples: ['tone-coach test our-voice.json', 'tone-coach test social-care email-helpdesk plain-language'],
};

interface SetReport {
  id: string;
  name: string;
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/** A built-in set is validated fully here too (regex safety, example markers), as a file would be. */
async function load(ref: string): Promise<RuleSet> {
  const builtin = /[\\/]|\.json$/i.test(ref) ? undefined : builtinPack(ref);
  if (!builtin) return loadPack(ref);
  const result = parseRuleSet(builtin);
  if (!result.ok) throw ruleSetProblems(`the built-in set ${ref}`, result.problems);
  return result.ruleSet;
}

function reportText(r: SetReport, set: RuleSet, style: Style): string {
  const lines = [`${style.bold(r.id)} · ${plural(r.rules, 'rule')}, ${plural(r.examples, 'example')}`];
  for (const rule of set.rules) {
    const count = (rule.examples?.bad.length ?? 0) + (rule.examples?.good.length ?? 0);
    const failed = r.failures.filter((f) => f.rule === rule.id);
    if (count === 0)
      lines.push(
        `  ${style.dim('-')} ${rule.id}  ${style.dim('no examples: add bad and good ones so this rule is tested')}`,
      );
    else if (failed.length === 0)
      lines.push(`  ${style.green('✓')} ${rule.id}  ${style.dim(plural(count, 'example'))}`);
    else {
      lines.push(`  ${style.red('✗')} ${rule.id}  ${failed.length} of ${plural(count, 'example')} failed`);
      for (const f of failed) lines.push(`      ${style.bold(JSON.stringify(f.example))}`, `        ${f.problem}`);
    }
  }
  return lines.join('\n');
}

export async function run({ values, operands }: Parsed): Promise<number> {
  const sets: RuleSet[] = [];
  for (const ref of operands) sets.push(await load(ref));
  const reports: SetReport[] = sets.map((set) => {
    const { failures, examples } = runExamples(set);
    return { id: set.id, name: set.name, rules: set.rules.length, examples, failures };
  });
  const out = await Output.open(undefined);
  const examples = reports.reduce((n, r) => n + r.examples, 0);
  const failed = reports.reduce((n, r) => n + r.failures.length, 0);
  if (values.format === 'json') {
    await out.write(`${JSON.stringify({ sets: reports, examples, failed }, null, 2)}\n`);
  } else {
    const style = styleFor(out.stream as { isTTY?: boolean });
    const total = `${plural(examples, 'example')}, ${failed === 0 ? style.green('all passed') : style.red(`${failed.toLocaleString('en')} failed`)}`;
    await out.write(`${reports.map((r, i) => reportText(r, sets[i]!, style)).join('\n\n')}\n\n${total}\n`);
  }
  await out.commit();
  return failed > 0 ? 1 : 0;
}
