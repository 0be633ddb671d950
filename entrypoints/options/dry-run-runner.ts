// Runs a dry run from the page: the file is read as a stream and parsed record by record with the CLI's own reader
// (rules/cli/records.ts: CSV or JSONL), and the replies go in batches to Web Workers (one per spare core, up to 4),
// never more than a few batches ahead, so a large file never sits in memory twice and the page stays responsive. The
// workers' answers move the progress bar; their tallies are merged at the end. Cancel terminates them.
import type { ContextInput } from '../../rules/base';
import { readRecords } from '../../rules/cli/records';
import type { RuleSet } from '../../rules/schema';
import {
  mergeSummaries,
  recordToReply,
  type DryRecord,
  type DryRunSummary,
  type FromWorker,
  type RecordFields,
  type ToWorker,
} from './dry-run-core';

const BATCH = 100;
/** Batches sent and not yet checked. */
const AHEAD = 4;
/** Problems listed one by one before they are only counted. */
const LISTED = 10;

export interface DryRunOutcome {
  summary: DryRunSummary;
  /** Records that could not be read, the first few in plain words. */
  skipped: { count: number; listed: string[] };
  /** Wall-clock time from the start to the last reply checked. */
  ms: number;
  /** Workers that shared the file. */
  workers: number;
}

export interface DryRunProgress {
  checked: number;
  /** 0-1: the share of the file read by the time the last checked batch was sent. */
  fraction: number;
}

/** A plain-words error that ends the run (a missing column, a file that is not CSV or JSONL). */
export class DryRunError extends Error {}

export interface RunningDryRun {
  done: Promise<DryRunOutcome | 'cancelled'>;
  cancel(): void;
}

/** The file's text in chunks, as they are read; `onBytes` gets the bytes read so far. */
async function* fileChunks(file: Blob, onBytes: (n: number) => void): AsyncGenerator<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      onBytes(bytes);
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Workers for one run: one core is left to the page and the browser; more than 4 gain little for their memory. */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

export function startDryRun(
  file: File,
  ruleSets: RuleSet[],
  context: ContextInput,
  fields: RecordFields,
  onProgress: (p: DryRunProgress) => void,
): RunningDryRun {
  const started = performance.now();
  /** Why the run stopped early: cancelled, or a worker failed. */
  let halt: 'cancelled' | DryRunError | null = null;
  let bytesRead = 0;
  /** Bytes read when each batch was sent, by batch number; the bar shows the furthest batch checked. */
  const sentAt = new Map<number, number>();
  let furthest = 0;
  let waiters: (() => void)[] = [];
  const notify = (): void => {
    const woken = waiters;
    waiters = [];
    for (const w of woken) w();
  };
  const until = async (done: () => boolean): Promise<void> => {
    while (!done() && !halt) await new Promise<void>((resolve) => waiters.push(resolve));
  };

  // Several workers share the file, batch by batch; each keeps its own tally and the tallies are merged at the end.
  const workers = Array.from({ length: workerCount() }, () => {
    const w = {
      worker: new Worker(new URL('./dry-run.worker.ts', import.meta.url), { type: 'module' }),
      inFlight: 0,
      checked: 0,
      summary: null as DryRunSummary | null,
    };
    w.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') {
        w.inFlight--;
        w.checked = m.checked;
        furthest = Math.max(furthest, sentAt.get(m.batch) ?? 0);
        sentAt.delete(m.batch);
        onProgress({
          checked: workers.reduce((n, x) => n + x.checked, 0),
          fraction: file.size ? Math.min(1, furthest / file.size) : 1,
        });
      } else if (m.type === 'done') w.summary = m.summary;
      else halt ??= new DryRunError(`The rules could not be run: ${m.message}`);
      notify();
    };
    w.worker.onerror = (event) => {
      event.preventDefault();
      stop(new DryRunError(`The rules could not be run: ${event.message || 'the worker stopped'}`));
    };
    return w;
  });
  const terminate = (): void => workers.forEach((w) => w.worker.terminate());
  const stop = (why: 'cancelled' | DryRunError): void => {
    halt ??= why;
    terminate();
    notify();
  };
  const post = (w: (typeof workers)[number], message: ToWorker): void => w.worker.postMessage(message);

  const run = async (): Promise<DryRunOutcome | 'cancelled'> => {
    for (const w of workers) post(w, { type: 'start', ruleSets, context });
    const skipped = { count: 0, listed: [] as string[] };
    const skip = (problem: string): void => {
      skipped.count++;
      if (skipped.listed.length < LISTED) skipped.listed.push(problem);
    };
    let batch: DryRecord[] = [];
    let sent = 0;
    let first = true;
    const inFlight = (): number => workers.reduce((n, w) => n + w.inFlight, 0);
    const send = async (): Promise<void> => {
      if (!batch.length) return;
      sent++;
      sentAt.set(sent, bytesRead);
      const w = workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a)); // the least busy
      w.inFlight++;
      post(w, { type: 'records', batch: sent, records: batch });
      batch = [];
      await until(() => inFlight() < AHEAD * workers.length);
    };
    const names = (list: readonly string[]): string => list.map((n) => `"${n}"`).join(', ') || 'none';
    try {
      for await (const item of readRecords(
        fileChunks(file, (n) => (bytesRead = n)),
        file.name,
      )) {
        if (halt) break;
        if (item.kind === 'columns') {
          if (!item.names.includes(fields.text))
            throw new DryRunError(
              `"${file.name}" has no column "${fields.text}"; its columns are ${names(item.names)}. Type the name of the column that holds the replies.`,
            );
          continue;
        }
        if (item.kind === 'bad') {
          skip(`record ${item.number} (line ${item.line}): ${item.problem}`);
          continue;
        }
        if (first && !Object.hasOwn(item.fields, fields.text))
          throw new DryRunError(
            `The first record of "${file.name}" has no field "${fields.text}"; its fields are ${names(Object.keys(item.fields))}. Type the name of the field that holds the replies.`,
          );
        first = false;
        const reply = recordToReply(item.fields, fields, item.number);
        if ('problem' in reply) skip(`${reply.problem} (line ${item.line})`);
        else batch.push(reply);
        if (batch.length >= BATCH) await send();
      }
      if (!halt) {
        await send();
        for (const w of workers) post(w, { type: 'end' });
        await until(() => workers.every((w) => w.summary !== null));
      }
      if (halt === 'cancelled') return 'cancelled';
      if (halt) throw halt;
      const summary = mergeSummaries(workers.map((w) => w.summary!));
      if (summary.replies === 0 && skipped.count === 0) throw new DryRunError(`"${file.name}" holds no replies.`);
      return { summary, skipped, ms: performance.now() - started, workers: workers.length };
    } catch (e) {
      if (halt === 'cancelled') return 'cancelled';
      if (e instanceof DryRunError) throw e;
      const message = e instanceof Error ? e.message : String(e);
      // readRecords says what is wrong with the file in plain words (a quote never closed), but a JSON array is
      // explained for a terminal: here, the way out is to save the replies one JSON object per line.
      throw new DryRunError(
        /is a JSON array/.test(message)
          ? `"${file.name}" is a JSON array; the dry run reads JSONL (one JSON object per line) or CSV with a header row. Save the replies in one of those.`
          : message,
      );
    } finally {
      terminate();
    }
  };

  return { done: run(), cancel: () => stop('cancelled') };
}
