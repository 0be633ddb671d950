// Does `tone-coach audit` stream? Generates a JSONL file of N replies (default 1,000,000: the shared real replies
// repeated, each with its own id) in the system's temporary folder, audits it with `--format jsonl` into /dev/null and
// reports the peak memory (resident set) of the CLI process, measured by the kernel. With --heap MB the audit runs with
// V8's heap capped at MB (--max-old-space-size): if it still finishes, its memory does not grow with the file.
// Run: npm run bench:audit [-- N] [--heap MB]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const DATA = new URL('../../../shared/data/twcs-brand-replies.jsonl', import.meta.url);
const BIN = new URL('../../rules/cli/bin.js', import.meta.url).pathname;
const args = process.argv.slice(2);
const heapAt = args.indexOf('--heap');
const heap = heapAt >= 0 ? Number(args.splice(heapAt, 2)[1]) : undefined;
const count = Number(args[0] ?? 1_000_000);

if (!existsSync(DATA)) {
  console.error(
    `The shared replies are absent (${DATA.pathname}); this benchmark needs ../shared/data/twcs-brand-replies.jsonl.`,
  );
  process.exit(2);
}
const replies = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; inbound_text?: string });
const file = join(tmpdir(), `tone-coach-audit-${process.pid}.jsonl`);

async function generate(): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const r = replies[i % replies.length]!;
    const line = `${JSON.stringify({ id: `r${i + 1}`, text: r.text, inbound_text: r.inbound_text ?? null })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Peak resident memory of a process in kB, read from /proc while it runs (VmHWM is the kernel's high-water mark). */
function peakOf(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

try {
  await generate();
  const bytes = statSync(file).size;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(heap ? [`--max-old-space-size=${heap}`] : []),
      BIN,
      'audit',
      file,
      '--format',
      'jsonl',
      '--message-field',
      'inbound_text',
      '--output',
      '/dev/null',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakOf(child.pid!))), 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const capped = heap ? `, JS heap capped at ${heap} MB` : '';
  console.log(
    `tone-coach audit of ${count.toLocaleString('en')} replies (${(bytes / 1e6).toFixed(0)} MB of JSONL${capped}), exit ${code}`,
  );
  console.log(
    `  peak memory (VmHWM): ${(peak / 1024).toFixed(0)} MB; ${seconds.toFixed(0)} s, ${Math.round(count / seconds).toLocaleString('en')} replies/s`,
  );
  console.log(
    `  ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`,
  );
} finally {
  rmSync(file, { force: true });
}
