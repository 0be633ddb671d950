// The layout the code is grown in: entrypoints are thin and never import one another's folders (the popup must not
// bundle the content script's site adapters and Readability to print a site's name); components/ and utils/ serve
// them all and import no entrypoint; rules/ imports nothing of the extension. Read from the source with a resolver.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, reachable, REPO, specifiers, sourceFiles } from './import-graph';

const FOLDERS = ['entrypoints', 'components', 'utils', 'rules'];
const graph = importGraph(FOLDERS);
/** What a bundle contains: type-only imports are erased. */
const bundled = importGraph(FOLDERS, true);
const files = [...graph.keys()];
const entrypointOf = (f: string): string | undefined => /^entrypoints\/([^/]+)\//.exec(f)?.[1];

describe('layout', () => {
  it('found the code', () => {
    expect(files.filter((f) => f.startsWith('components/')).length).toBeGreaterThan(3);
    expect(files.filter((f) => f.startsWith('utils/')).length).toBeGreaterThan(3);
    expect(new Set(files.map(entrypointOf).filter(Boolean))).toEqual(
      new Set(['background', 'content', 'options', 'popup', 'trainer', 'welcome']),
    );
  });

  it("no entrypoint imports another entrypoint's folder", () => {
    const crossings = files.flatMap((f) => {
      const own = entrypointOf(f);
      return (graph.get(f) ?? []).filter((t) => entrypointOf(t) && entrypointOf(t) !== own).map((t) => `${f} -> ${t}`);
    });
    expect(crossings).toEqual([]);
  });

  it('components/ and utils/ import no entrypoint, and rules/ imports nothing of the extension', () => {
    const bad = files.flatMap((f) => {
      const targets = graph.get(f) ?? [];
      if (/^(?:components|utils)\//.test(f))
        return targets.filter((t) => t.startsWith('entrypoints/')).map((t) => `${f} -> ${t}`);
      if (f.startsWith('rules/')) return targets.filter((t) => !t.startsWith('rules/')).map((t) => `${f} -> ${t}`);
      return [];
    });
    expect(bad).toEqual([]);
  });

  it('components/ are presentational: no storage, no messaging, no browser API', () => {
    for (const file of sourceFiles(resolve(REPO, 'components'))) {
      const source = readFileSync(file, 'utf8');
      expect(
        specifiers(source).filter((s) => /wxt|utils\/|webextension/.test(s)),
        file,
      ).toEqual([]);
      expect(source, file).not.toMatch(/\b(browser|chrome)\.(runtime|storage|tabs)\b/);
    }
  });

  it('the popup reaches neither the site adapters nor Readability nor the engine', () => {
    const popup = [...reachable(bundled, 'entrypoints/popup/main.tsx')];
    expect(popup.filter((f) => f.startsWith('entrypoints/content/') || /rules\/(?:engine|kinds|nlp)/.test(f))).toEqual(
      [],
    );
    const packages = popup
      .flatMap((f) => specifiers(readFileSync(resolve(REPO, f), 'utf8')))
      .filter((s) => !s.startsWith('.'));
    expect(packages.filter((p) => /readability|compromise/.test(p))).toEqual([]);
  });

  it('the content script uses zod only through the small zod/mini (full zod would cost the page 26 KB)', () => {
    const content = [...reachable(bundled, 'entrypoints/content/index.ts')];
    const values = content.flatMap((f) =>
      readFileSync(resolve(REPO, f), 'utf8')
        .split('\n')
        .filter((line) => /^import (?!type)/.test(line) && /from 'zod'/.test(line))
        .map((line) => `${f}: ${line}`),
    );
    expect(values).toEqual([]);
    expect(content).toContain('utils/protocol.ts');
  });
});
