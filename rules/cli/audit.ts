// `tone-coach audit FILE`: every past reply in a CSV or JSONL file through the rule sets, streamed record by record, with
// a per-rule summary, so a brand manager sees what a rule set would say about a team's replies before rolling it out.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ContextInput } from '../base.ts';
import { check } from '../engine.ts';
import type { CheckResult } from '../schema.ts';
import { UsageError, type CommandSpec, type Parsed } from './args.ts';
import { findingJson, findingText, NOT_READ, snippet, styleFor, Tally, type Style } from './format.ts';
import { CONTEXT_OPTIONS, contextFrom, PACK_OPTION, packsFrom } from './options.ts';
import { Output, OUTPUT_OPTION } from './output.ts';
import { Progress } from './progress.ts';
import { readRecords, type InputFormat } from './records.ts';

export const spec: CommandSpec = {
  name: 'audit',
  summary: 'check every reply in a CSV or JSONL file ("-" reads stdin)',
  operands: 'FILE',
  min: 1,
  max: 1,
  description:
    'Checks every reply in FILE: CSV with a header row (delimiter , ; tab or | detected) or JSONL (one JSON object per ' +
    'line); "-" reads stdin. The file is streamed, so it may be larger than memory. Text output lists the flagged ' +
    'replies and ends with a per-rule summary; json is one document {"results": [...], "summary": {...}}; jsonl is ' +
    'one line {"id", "score", "findings"} per record, in order. A record\'s id is its "id" field, else its number ' +
    '(1 = the first record). Records that cannot be read are reported on stderr and skipped. Exit status: 0 when no ' +
    'finding is an error, 1 when one is, 2 on bad usage, a bad rule set or unreadable records.',
  options: [
    PACK_OPTION,
    { name: 'field', value: 'NAME', help: 'the column or field that holds the reply; default: text' },
    { name: 'id-field', value: 'NAME', help: "the record's id; default: id (else the record's number)" },
    {
      name: 'message-field',
      value: 'NAME',
      help: "the customer's message answered (sets the mood), e.g. inbound_text",
    },
    { name: 'name-field', value: 'NAME', help: "the customer's display name" },
    ...CONTEXT_OPTIONS,
    { name: 'format', short: 'f', value: 'FORMAT', choices: ['text', 'json', 'jsonl'], help: 'default: text' },
    {
      name: 'input-format',
      value: 'FORMAT',
      choices: ['csv', 'jsonl'],
      help: 'default: from the file name, else from its first character',
    },
    { name: 'summary', help: 'print only the per-rule summary (text or json)' },
    OUTPUT_OPTION,
  ],
  examples: [
    'tone-coach audit replies.csv --field body',
    'tone-coach audit ../shared/data/twcs-brand-replies.jsonl --message-field inbound_text --summary',
    'tone-coach audit replies.jsonl --format jsonl --output findings.jsonl',
    'zcat export.csv.gz | tone-coach audit - --input-format csv --channel facebook',
  ],
};

/** Skipped records listed one by one before they are only counted. */
const LISTED = 20;

interface Fields {
  text: string;
  id: string;
  message?: string;
  name?: string;
}

async function openInput(
  file: string,
): Promise<{ chunks: AsyncIterable<string>; name: string; size?: number; bytesRead: () => number }> {
  if (file === '-') {
    if (process.stdin.isTTY)
      throw new UsageError('audit - reads the replies from stdin: pipe a file into it, or give the file name');
    process.stdin.setEncoding('utf8');
    let read = 0;
    const counted = async function* (): AsyncGenerator<string> {
      for await (const chunk of process.stdin) {
        read += (chunk as string).length;
        yield chunk as string;
      }
    };
    return { chunks: counted(), name: 'stdin', bytesRead: () => read };
  }
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new UsageError(`${file} is a folder; audit takes a CSV or JSONL file`);
    // Decoding as a stream keeps characters whole when a chunk boundary falls inside one.
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    return { chunks: stream, name: file, size: s.size, bytesRead: () => stream.bytesRead };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no file "${file}"` : `cannot read ${file}: ${(e as Error).message}`);
  }
}

const fieldList = (names: readonly string[]): string => (names.length ? names.map((n) => `"${n}"`).join(', ') : 'none');

/** The CSV header must have every column the options name, or nothing useful can come out. */
function checkColumns(names: readonly string[], fields: Fields, idFieldGiven: boolean, source: string): void {
  const wanted = [fields.text, ...(idFieldGiven ? [fields.id] : []), fields.message, fields.name].filter(
    (f): f is string => !!f,
  );
  const missing = wanted.find((f) => !names.includes(f));
  if (!missing) return;
  const hint = missing === fields.text ? 'Name the text column with --field NAME' : 'Check the --*-field options';
  throw new UsageError(`${source} has no column "${missing}"; its columns are ${fieldList(names)}. ${hint}`);
}

/** The reply of a record, or why there is none. */
function replyOf(record: Record<string, unknown>, field: string): string | { problem: string } {
  const value = record[field];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return {
    problem: `no text in "${field}"${value === undefined ? '' : ` (found ${value === null ? 'null' : typeof value})`}`,
  };
}

function idOf(record: Record<string, unknown>, field: string, number: number): string | number {
  const value = record[field];
  return (typeof value === 'string' && value !== '') || typeof value === 'number' ? value : number;
}

function contextOf(record: Record<string, unknown>, fields: Fields, base: ContextInput): ContextInput {
  const present = (key?: string): string | undefined => {
    const v = key ? record[key] : undefined;
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  };
  const message = present(fields.message);
  const name = present(fields.name);
  return { ...base, ...(message ? { customerMessage: message } : {}), ...(name ? { customerName: name } : {}) };
}

export async function run({ values, operands }: Parsed): Promise<number> {
  const format = (values.format as string | undefined) ?? 'text';
  if (values.summary && format === 'jsonl')
    throw new UsageError(
      '--summary prints a summary in text or json; jsonl has one line per record',
      'tone-coach audit --help',
    );
  const fields: Fields = {
    text: (values.field as string | undefined) ?? 'text',
    id: (values['id-field'] as string | undefined) ?? 'id',
    message: values['message-field'] as string | undefined,
    name: values['name-field'] as string | undefined,
  };
  const base = contextFrom(values);
  const packs = await packsFrom(values);
  const input = await openInput(operands[0]!);
  const out = await Output.open(values.output as string | undefined);
  const stderr = process.stderr;
  // The bar would fight the results for a terminal that shows both.
  const progress =
    stderr.isTTY && !(out.isTTY && format === 'text' && !values.summary) ? new Progress(stderr, input.size) : null;
  const warn = (message: string): void => {
    progress?.clear();
    stderr.write(`tone-coach: ${message}\n`);
  };
  const tally = new Tally();
  let skipped = 0;
  let first = true;
  const emit = makeEmitter(format, Boolean(values.summary), out, styleFor(out.stream as { isTTY?: boolean }));
  try {
    await emit.start();
    for await (const item of readRecords(input.chunks, input.name, values['input-format'] as InputFormat | undefined)) {
      if (out.closed) break; // the reader went away (| head)
      if (item.kind === 'columns') {
        checkColumns(item.names, fields, values['id-field'] !== undefined, input.name);
        continue;
      }
      const where = `record ${item.number.toLocaleString('en')} (line ${item.line.toLocaleString('en')})`;
      const skip = (problem: string): void => {
        skipped++;
        if (skipped <= LISTED) warn(`${input.name}: ${where} skipped: ${problem}`);
        if (skipped === LISTED) warn('further skipped records are only counted');
      };
      if (item.kind === 'bad') {
        skip(item.problem);
        continue;
      }
      if (first && !Object.hasOwn(item.fields, fields.text)) {
        // The first record decides whether --field is right: better one clear message than a million warnings.
        const hint = `its fields are ${fieldList(Object.keys(item.fields))}. Name the text field with --field NAME`;
        throw new UsageError(`${input.name}: ${where} has no field "${fields.text}"; ${hint}`);
      }
      first = false;
      const reply = replyOf(item.fields, fields.text);
      if (typeof reply !== 'string') {
        skip(reply.problem);
        continue;
      }
      const record = item.fields;
      const result = check(reply, packs, contextOf(record, fields, base));
      tally.add(result);
      await emit.record(idOf(record, fields.id, item.number), reply, result);
      progress?.update(input.bytesRead(), tally.count);
    }
    if (tally.count === 0 && skipped === 0) warn(`${input.name} has no records`);
    progress?.update(input.bytesRead(), tally.count, true);
    progress?.clear();
    await emit.end(tally);
    await out.commit();
  } catch (e) {
    progress?.clear();
    await out.discard();
    throw e;
  }
  if (skipped > 0) {
    warn(
      `${skipped.toLocaleString('en')} of ${(skipped + tally.count).toLocaleString('en')} records could not be read and were skipped`,
    );
    return 2;
  }
  return tally.hasErrors ? 1 : 0;
}

interface Emitter {
  start(): Promise<void> | void;
  record(id: string | number, text: string, result: CheckResult): Promise<void> | void;
  end(tally: Tally): Promise<void> | void;
}

function makeEmitter(format: string, summaryOnly: boolean, out: Output, style: Style): Emitter {
  const line = (id: string | number, result: CheckResult): string =>
    JSON.stringify({
      id,
      score: result.score.total,
      ...(result.score.notEnglish ? { notEnglish: true } : {}),
      findings: result.findings.map(findingJson),
    });
  if (format === 'jsonl') {
    return { start() {}, record: (id, _, result) => out.write(`${line(id, result)}\n`), end() {} };
  }
  if (format === 'json') {
    // One JSON document, written as it goes: the results array streams, the summary closes it.
    let count = 0;
    return {
      start: () => out.write(summaryOnly ? '{' : '{"results":['),
      record: (id, _, result) => (summaryOnly ? undefined : out.write(`${count++ ? ',' : ''}\n${line(id, result)}`)),
      end: (tally) => out.write(`${summaryOnly ? '' : '\n],'}\n"summary":${JSON.stringify(tally.summary())}}\n`),
    };
  }
  return {
    start() {},
    record(id, text, result) {
      if (summaryOnly || result.findings.length === 0) return;
      const lang = result.score.notEnglish ? ` (${NOT_READ})` : '';
      const head = `${style.bold(String(id))} · score ${result.score.total}${lang} · ${style.dim(snippet(text, 100))}`;
      return out.write(`${head}\n${result.findings.map((f) => findingText(text, f, style, 1)).join('\n')}\n\n`);
    },
    end: (tally) => out.write(tally.text(style)),
  };
}
