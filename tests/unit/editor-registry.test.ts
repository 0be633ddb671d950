// Every editor adapter file is registered, once, and the registry is ordered most specific first.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_ADAPTERS } from '../../entrypoints/content/editors';

const dir = resolve(import.meta.dirname, '../../entrypoints/content/editors');
const SHARED = new Set(['index.ts', 'types.ts', 'block-editor.ts']);

describe('editor registry', () => {
  it('lists every adapter file, with an id equal to its file name', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !SHARED.has(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(EDITOR_ADAPTERS.map((a) => a.id).sort()).toEqual(files.sort());
  });
  it('tries specific editors before the generic contenteditable one', () => {
    const priorities = EDITOR_ADAPTERS.map((a) => a.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(EDITOR_ADAPTERS.at(-1)!.id).toBe('contenteditable');
  });
  it('has an e2e spec and a fixture page for every editor', () => {
    const specs = readdirSync(resolve(import.meta.dirname, '../e2e/editors')).map((f) => f.replace(/\.spec\.ts$/, ''));
    for (const a of EDITOR_ADAPTERS) expect(specs, `tests/e2e/editors/${a.id}.spec.ts`).toContain(a.id);
  });
});
