// A one-line progress bar on stderr for long audits, redrawn at most ten times a second and erased at the end. Only
// on a terminal: a pipe or a log file gets no control characters.

const BAR = 24;
const PARTS = ' ▏▎▍▌▋▊▉█';

export class Progress {
  private lastDraw = 0;
  private readonly started = Date.now();
  private drawn = false;
  private readonly stream: NodeJS.WriteStream;
  /** Bytes in the input, when known (a file, not a pipe). */
  private readonly total: number | undefined;

  constructor(stream: NodeJS.WriteStream, total: number | undefined) {
    this.stream = stream;
    this.total = total;
  }

  /** `done` bytes read so far, `replies` checked so far. */
  update(done: number, replies: number, force = false): void {
    const now = Date.now();
    if (!force && this.drawn && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = `${Math.round(replies / seconds).toLocaleString('en')}/s`;
    let line = `audit · ${replies.toLocaleString('en')} replies · ${rate}`;
    if (this.total) {
      const share = Math.min(1, done / this.total);
      const eighths = Math.round(share * BAR * 8);
      const bar = '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? PARTS[eighths % 8] : '');
      line = `audit ▕${bar.padEnd(BAR)}▏ ${String(Math.floor(share * 100)).padStart(3)}% · ${replies.toLocaleString('en')} replies · ${rate}`;
    }
    const width = this.stream.columns || 80;
    this.stream.write(`\r${line.slice(0, width - 1)}\x1b[K`);
  }

  /** Erases the bar, so a warning or the summary starts on a clean line. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
