// The README stays a short entry point and the reference lives in docs/, one file per subject: the README has at
// most 250 lines, every relative link in it and in docs/ leads to a file of the repository, and no source or
// document names notes that live outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MARKDOWN = [
  'README.md',
  ...readdirSync(resolve(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Link targets of a Markdown text: [text](target) and ![alt](target), outside code spans and fenced blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]+?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

describe('documentation', () => {
  it('README.md has at most 250 lines', () => {
    const lines = readFileSync(resolve(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(250);
  });

  it('docs/ holds one file per subject', () => {
    for (const f of ['live-coaching', 'editors', 'sites', 'rule-sets', 'packs', 'cli', 'benchmarks', 'testing']) {
      expect(MARKDOWN, `docs/${f}.md`).toContain(`docs/${f}.md`);
    }
  });

  it.each(MARKDOWN)('every relative link in %s leads to a file of the repository', (file) => {
    const targets = linkTargets(readFileSync(resolve(ROOT, file), 'utf8'));
    if (file === 'README.md') expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue; // https:, mailto:, an anchor
      const path = resolve(ROOT, dirname(file), decodeURI(target.replace(/[?#].*$/, '')));
      expect(relative(ROOT, path).startsWith('..'), `${file}: ${target} leaves the repository`).toBe(false);
      expect(existsSync(path), `${file}: ${target} does not exist`).toBe(true);
    }
  });

  it('no file names notes that are not in this repository', () => {
    // Built from parts so that this file does not name them itself.
    const notes = ['EDITORS', 'DESIGN', 'MISSION', 'TESTING'].map((n) => `${n}.md`);
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(
        (f) => /\.(?:md|ts|tsx|json)$/.test(f) && !f.startsWith('tests/fixtures/') && existsSync(resolve(ROOT, f)),
      );
    expect(files).toContain('README.md');
    const mentions = files.flatMap((f) => {
      const text = readFileSync(resolve(ROOT, f), 'utf8');
      return notes.filter((n) => text.includes(n)).map((n) => `${f}: ${n}`);
    });
    expect(mentions).toEqual([]);
  });
});
