// Reading past replies for `audit`, one record at a time: JSONL (one JSON object per line) or CSV with a header row
// (papaparse; the delimiter , ; tab or | is detected). The input is read in chunks and the reader waits while the
// consumer works, so a file of a million replies never has to fit in memory. A record that cannot be read is reported
// with its number and line and skipped; input that cannot be read any further (a quote never closed) stops the audit.
// No Node API: the manager's dry run reads a file of replies in the browser with this same module.
import Papa from 'papaparse';
import { UsageError } from './args.ts';

export type InputFormat = 'csv' | 'jsonl';

export type Item =
  /** CSV: the header, before the first record. */
  | { kind: 'columns'; names: string[] }
  /** `number` counts records from 1 (the header and blank lines are not records); `line` is where it starts. */
  | { kind: 'record'; number: number; line: number; fields: Record<string, unknown> }
  | { kind: 'bad'; number: number; line: number; problem: string };

/** One record longer than this (in characters) means the file is not what it claims, e.g. a quote never closed. */
const MAX_RECORD = 20_000_000;

/** The format from the file name, else from the first character: "{" is JSONL, anything else CSV. */
function detectFormat(name: string, head: string): InputFormat {
  if (/\.(?:csv|tsv)$/i.test(name)) return 'csv';
  if (/\.(?:jsonl|ndjson|json)$/i.test(name)) return 'jsonl';
  return /^\s*[[{]/.test(head) ? 'jsonl' : 'csv';
}

/** Records of `source` (text chunks), in order. `name` is used in messages. */
export async function* readRecords(
  source: AsyncIterable<string>,
  name: string,
  format?: InputFormat,
): AsyncGenerator<Item> {
  const it = source[Symbol.asyncIterator]();
  // Peek at the start to choose the format; a byte-order mark (Excel's "CSV UTF-8") is not part of the data.
  let head = '';
  while (!/\S/.test(head) && head.length < MAX_RECORD) {
    const next = await it.next();
    if (next.done) break;
    head += next.value;
  }
  head = head.replace(/^\uFEFF/, '');
  const chunks = (async function* () {
    try {
      if (head) yield head;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      await it.return?.(); // stopped early (| head, an error): close the file
    }
  })();
  const chosen = format ?? detectFormat(name, head);
  if (chosen === 'jsonl') {
    if (/^\s*\[/.test(head)) {
      throw new UsageError(
        `${name} is a JSON array; audit reads JSONL, one JSON object per line. Convert it with: jq -c '.[]' ${name}`,
      );
    }
    yield* jsonlRecords(chunks, name);
  } else yield* csvRecords(chunks, name);
}

async function* lines(chunks: AsyncIterable<string>, name: string): AsyncGenerator<{ text: string; line: number }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    let start: number;
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      rest += chunk;
      if (rest.length > MAX_RECORD) {
        throw new UsageError(
          `${name}: line ${line + 1} is longer than ${MAX_RECORD.toLocaleString('en')} characters; JSONL has one record per line`,
        );
      }
      continue;
    }
    yield { text: rest + chunk.slice(0, nl), line: ++line };
    start = nl + 1;
    while ((nl = chunk.indexOf('\n', start)) >= 0) {
      yield { text: chunk.slice(start, nl), line: ++line };
      start = nl + 1;
    }
    rest = chunk.slice(start);
  }
  if (rest) yield { text: rest, line: line + 1 };
}

async function* jsonlRecords(chunks: AsyncIterable<string>, name: string): AsyncGenerator<Item> {
  let number = 0;
  for await (const { text, line } of lines(chunks, name)) {
    if (!/\S/.test(text)) continue;
    number++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { kind: 'bad', number, line, problem: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'bad', number, line, problem: 'expected a JSON object such as {"id": "1", "text": "..."}' };
      continue;
    }
    yield { kind: 'record', number, line, fields: value as Record<string, unknown> };
  }
}

type Listener = (value?: unknown) => void;

/**
 * Text chunks as the readable stream papaparse streams from ('data', 'end' and 'error' events; pause and resume),
 * written here rather than node:stream's Readable.from so that the module runs in a browser too. Chunks flow once a
 * 'data' listener is added; while paused, the next chunk is not read.
 */
class ChunkStream {
  readonly readable = true;
  private readonly listeners = new Map<string, Listener[]>();
  private paused = false;
  private destroyed = false;
  private started = false;
  private wake: (() => void) | null = null;

  private readonly source: AsyncIterable<string>;

  constructor(source: AsyncIterable<string>) {
    this.source = source;
  }

  /** papaparse only checks that it exists (its test for a readable stream). */
  read(): null {
    return null;
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    if (event === 'data' && !this.started) {
      this.started = true;
      void this.pump();
    }
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake?.();
    this.wake = null;
  }

  isPaused(): boolean {
    return this.paused;
  }

  destroy(): void {
    this.destroyed = true;
    this.resume();
  }

  private emit(event: string, value?: unknown): void {
    for (const l of this.listeners.get(event) ?? []) l(value);
  }

  private async pump(): Promise<void> {
    await Promise.resolve(); // the other listeners are added in the same turn as 'data'
    try {
      for await (const chunk of this.source) {
        if (this.destroyed) return;
        this.emit('data', chunk);
        while (this.paused && !this.destroyed) await new Promise<void>((resolve) => (this.wake = resolve));
        if (this.destroyed) return;
      }
      if (!this.destroyed) this.emit('end');
    } catch (e) {
      if (!this.destroyed) this.emit('error', e);
    }
  }
}

/** Maps papaparse's character offsets to line numbers; offsets only move forward, so counted text is dropped. */
class LineCounter {
  private chunks: string[] = [];
  /** Offset of chunks[0] in the whole text. */
  private base = 0;
  /** Offset up to which line breaks are counted. */
  private pos = 0;
  private line = 1;

  feed(chunk: string): void {
    this.chunks.push(chunk);
  }

  /** The line of the first character at or after `offset` that is not white space (a record starts there). */
  lineAt(offset: number): number {
    while (this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const end = this.base + chunk.length;
      let i = this.pos - this.base;
      const stop = Math.max(i, Math.min(chunk.length, offset - this.base));
      for (let nl = chunk.indexOf('\n', i); nl >= 0 && nl < stop; nl = chunk.indexOf('\n', nl + 1)) this.line++;
      for (i = stop; i < chunk.length && /\s/.test(chunk[i]!); i++) if (chunk[i] === '\n') this.line++;
      this.pos = this.base + i;
      if (this.pos < end) break;
      this.base = end;
      this.chunks.shift();
    }
    return this.line;
  }
}

async function* csvRecords(chunks: AsyncIterable<string>, name: string): AsyncGenerator<Item> {
  const queue: Item[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let failure: Error | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const counter = new LineCounter();
  let number = 0;
  let columns: string[] | null = null;
  let fed = 0;
  let recordStart = -1; // where the next record starts: after the header line, then after each record
  let sinceRecord = 0;
  const input = new ChunkStream(
    (async function* () {
      for await (const chunk of chunks) {
        counter.feed(chunk);
        if (recordStart < 0 && chunk.includes('\n')) recordStart = fed + chunk.indexOf('\n') + 1;
        fed += chunk.length;
        sinceRecord += chunk.length;
        if (sinceRecord > MAX_RECORD) {
          failure = new UsageError(
            `${name}: record ${number + 1} (line ${counter.lineAt(Math.max(0, recordStart))}) is longer than ${MAX_RECORD.toLocaleString('en')} characters: a quoted value is probably never closed (a " is missing)`,
          );
          notify();
          return;
        }
        yield chunk;
      }
    })(),
  );
  Papa.parse<Record<string, unknown>>(input as unknown as File, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step(results) {
      if (failure) return;
      sinceRecord = 0;
      if (!columns) {
        columns = (results.meta.fields ?? []).filter((f) => f !== '');
        queue.push({ kind: 'columns', names: columns });
      }
      number++;
      const line = counter.lineAt(recordStart);
      recordStart = results.meta.cursor;
      const errors = results.errors.filter((e) => e.code !== 'UndetectableDelimiter');
      if (errors.some((e) => e.code === 'MissingQuotes')) {
        failure = new UsageError(
          `${name}: record ${number} (line ${line}) opens a quoted value that is never closed (a " is missing), so the rest of the file cannot be read`,
        );
      } else if (errors.some((e) => e.code === 'TooManyFields')) {
        const extra = (results.data.__parsed_extra as unknown[] | undefined)?.length ?? 0;
        queue.push({
          kind: 'bad',
          number,
          line,
          problem: `${columns.length + extra} values but the header has ${columns.length} columns; a value that contains the delimiter must be in double quotes`,
        });
      } else if (errors.length > 0) {
        queue.push({ kind: 'bad', number, line, problem: errors.map((e) => e.message).join('; ') });
      } else queue.push({ kind: 'record', number, line, fields: results.data });
      // Hold the input while the consumer catches up; one chunk gives at most a few hundred records.
      if (queue.length >= 256) input.pause();
      notify();
    },
    complete() {
      finished = true;
      notify();
    },
    error(e: Error) {
      failure ??= new UsageError(`cannot read ${name}: ${e.message}`);
      notify();
    },
  });
  try {
    for (;;) {
      const item = queue.shift();
      if (item) {
        if (queue.length === 0 && input.isPaused()) input.resume();
        yield item;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    input.destroy();
  }
}
