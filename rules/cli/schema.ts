// `tone-coach schema`: the JSON Schema of a rule-set file, for editors ("$schema") and validators. `npm run schema`
// writes it to public/rule-set.schema.json, which the built-in packs point to.
import { ruleSetJsonSchema } from '../schema.ts';
import type { CommandSpec, Parsed } from './args.ts';
import { Output, OUTPUT_OPTION } from './output.ts';

export const spec: CommandSpec = {
  name: 'schema',
  summary: 'print the JSON Schema of a rule-set file',
  operands: '',
  min: 0,
  max: 0,
  description:
    'Prints the JSON Schema (draft 2020-12) of a rule-set file. Point a rule set\'s "$schema" at it and editors validate and complete the file as you type.',
  options: [OUTPUT_OPTION],
  examples: ['tone-coach schema > rule-set.schema.json', 'tone-coach schema --output public/rule-set.schema.json'],
};

/** The exact text `schema` prints (and the file public/rule-set.schema.json holds). */
export function schemaText(): string {
  return `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`;
}

export async function run({ values }: Parsed): Promise<number> {
  const out = await Output.open(values.output as string | undefined);
  try {
    await out.write(schemaText());
    await out.commit();
  } catch (e) {
    await out.discard();
    throw e;
  }
  return 0;
}
