// What the `tone-coach` command-line tests share (cli.test.ts, cli-audit.test.ts): running the command for real, a
// scratch directory, and two small rule sets. Two files, so that Vitest's two workers share the spawning (each run
// of the command loads the engine: about a second).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'rules/cli/bin.js');
export const SHARED_REPLIES = resolve(ROOT, '../shared/data/twcs-brand-replies.jsonl');
export const HANG = 120_000; // generous: only a hang should reach it

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tone-coach ...args` with stdin `input` (a pipe), stdout and stderr pipes, no colour variables. */
export function tc(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? dir,
    env,
    encoding: 'utf8',
    timeout: HANG,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const json = (r: Run): any => JSON.parse(r.stdout);
/** A message for people, not a crash: no stack frames, no internal-error text. */
export const noCrash = (r: Run): void => {
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stderr).not.toContain('internal error');
  expect(r.code === 0 || r.code === 1 || r.code === 2).toBe(true);
};

export let dir = '';
export const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

export const DEMO = {
  id: 'demo',
  name: 'Demo voice',
  version: 1,
  rules: [
    {
      id: 'phone',
      kind: 'phrase',
      category: 'canned',
      severity: 'error',
      message: 'Do not send a public complaint to a phone line.',
      phrases: ['call our (800|toll-free) number'],
      suggestions: ['send us a DM'],
      when: { audience: 'public' },
      examples: {
        bad: [
          { text: 'Please [[call our 800 number]].', fix: 'Please send us a DM.' },
          { text: 'You can [[call our toll-free number]] today', fix: 'You can send us a DM today' },
        ],
        good: ['They call us the best airline for a reason', 'Answering the call!'],
      },
    },
    {
      id: 'cheer',
      kind: 'phrase',
      category: 'tone',
      severity: 'warning',
      message: 'Forced cheer at an upset customer.',
      phrases: ['awesome'],
      when: { mood: ['upset', 'angry'] },
      examples: {
        bad: [{ text: 'That is [[awesome]].' }, { text: '[[Awesome]], we will look.' }],
        good: ['That is great.', 'We will look.'],
      },
    },
    {
      id: 'simply',
      kind: 'phrase',
      category: 'tone',
      severity: 'suggestion',
      message: '"{match}" can sound condescending.',
      phrases: ['simply'],
      examples: {
        bad: [{ text: 'You [[simply]] restart it.' }, { text: 'It is [[simply]] done.' }],
        good: ['Restart it.', 'It is simple.'],
      },
    },
  ],
};

export const OTHER = {
  id: 'other',
  name: 'Other',
  version: 1,
  rules: [
    {
      id: 'kindly',
      kind: 'phrase',
      category: 'clarity',
      severity: 'suggestion',
      message: 'Say "please".',
      phrases: ['kindly'],
      suggestions: ['please'],
    },
  ],
};

/** A scratch directory with demo.json and other.json for the calling test file, removed after it. */
export function useScratchDir(): void {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tone-coach-cli-'));
    file('demo.json', JSON.stringify(DEMO, null, 2));
    file('other.json', JSON.stringify(OTHER));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}
