// Where results go: stdout, or with `--output FILE` a file that appears whole or not at all (written beside the target
// under a temporary name and renamed at the end), so a failed or interrupted run never leaves half a report. Writes are
// batched and wait when the reader is slow, so an audit of a million replies holds only one batch in memory.
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { OptionSpec } from './args.ts';
import { UsageError } from './args.ts';

export const OUTPUT_OPTION: OptionSpec = {
  name: 'output',
  short: 'o',
  value: 'FILE',
  help: 'write the results to FILE (whole or not at all) instead of stdout',
};

const BATCH = 64 * 1024;

export class Output {
  /** True once the reader went away (e.g. `| head`): stop producing. */
  closed = false;
  private pending: string[] = [];
  private size = 0;
  private failure: Error | null = null;
  readonly stream: Writable;
  private readonly file?: { temp: string; target: string };

  private constructor(stream: Writable, file?: { temp: string; target: string }) {
    this.stream = stream;
    this.file = file;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure = e;
    });
  }

  /** True when a person reads the output on a terminal. */
  get isTTY(): boolean {
    return !this.file && (this.stream as { isTTY?: boolean }).isTTY === true;
  }

  static async open(path: string | undefined): Promise<Output> {
    // /dev/stdout cannot be opened when stdout is a socket (as spawned by some tools): it is stdout anyway.
    if (path === undefined || path === '-' || path === '/dev/stdout') return new Output(process.stdout);
    const existing = await stat(path).catch(() => null); // follows links
    if (existing?.isDirectory()) throw new UsageError(`--output ${path} is a folder; give a file name`);
    if (existing && !existing.isFile()) {
      // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written as it is: renaming a file over it would replace it.
      return new Output(await opened(createWriteStream(path), path));
    }
    // The temporary file goes beside the real target (through links), so the rename is atomic and keeps the link.
    const target = existing ? await realpath(path) : path;
    const dir = dirname(target);
    if (!(await stat(dir).catch(() => null))?.isDirectory())
      throw new UsageError(`cannot write ${path}: the folder ${dir} does not exist`);
    const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
    // Watched for Ctrl+C from before it exists: the file appears on disk before the stream says it is open.
    opening.add(temp);
    handlers();
    try {
      const stream = await opened(
        createWriteStream(temp, { flags: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 }),
        path,
      );
      const out = new Output(stream, { temp, target });
      activeFiles.add(out);
      return out;
    } finally {
      opening.delete(temp);
      handlers();
    }
  }

  /** Queues text; resolves at once unless a batch had to be written to a slow reader. */
  write(text: string): Promise<void> | void {
    if (this.closed) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= BATCH) return this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed || this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Everything is written: flush, and put the file in place. */
  async commit(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout || this.closed) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (!this.file) return;
    await rename(this.file.temp, this.file.target);
    untrack(this);
  }

  /** Something went wrong: leave no file behind (an existing target stays as it was). */
  async discard(): Promise<void> {
    if (!this.file) return;
    this.stream.destroy();
    await rm(this.file.temp, { force: true });
    untrack(this);
  }

  /** Synchronous clean-up for a signal, when there is no time for promises. */
  discardNow(): void {
    if (!this.file) return;
    this.stream.destroy();
    try {
      rmSync(this.file.temp, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
}

// Half-written files to remove if the user interrupts, and temporary files being opened. Handlers are installed only
// while one exists: a listener replaces Node's default of exiting at once, and a long synchronous check could not run
// it anyway.
const activeFiles = new Set<Output>();
const opening = new Set<string>();
let listening = false;
const onSignal = (signal: NodeJS.Signals): void => {
  for (const out of activeFiles) out.discardNow();
  for (const temp of opening) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
};

/** Listens for Ctrl+C exactly while a file is being written or opened. */
function handlers(): void {
  const wanted = activeFiles.size + opening.size > 0;
  if (wanted === listening) return;
  for (const s of ['SIGINT', 'SIGTERM'] as const) (wanted ? process.on : process.off).call(process, s, onSignal);
  listening = wanted;
}

function untrack(out: Output): void {
  activeFiles.delete(out);
  handlers();
}

function opened(stream: WriteStream, path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve(stream));
    stream.once('error', (e) => reject(new UsageError(`cannot write ${path}: ${e.message}`)));
  });
}
