// rules/ has no import cycles, type-only imports included (a cycle of types today is a cycle of values tomorrow, and
// it makes the load order of modules matter), and rules/types.ts, the leaf the page's content script takes values
// from, imports nothing at all. A tiny resolver: every .ts file under rules/, its static `import ... from`,
// `export ... from`, bare `import '...'` and `import('...')` specifiers, relative ones resolved to files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bySeverity, SEVERITIES, SEVERITY_RANK } from '../../rules/types.ts';
import { importGraph as repoGraph, REPO, specifiers, stripComments } from './import-graph';

const ROOT = resolve(REPO, 'rules');

/** File (relative to rules/) -> the files under rules/ it imports. */
function importGraph(): Map<string, string[]> {
  const inRules = (f: string): boolean => f.startsWith('rules/');
  const strip = (f: string): string => f.slice('rules/'.length);
  return new Map(
    [...repoGraph(['rules'])].map(([file, targets]) => [strip(file), targets.filter(inRules).map(strip).sort()]),
  );
}

/** Every cycle a depth-first search meets, each as the path that closes it ("a.ts -> b.ts -> a.ts"). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const DONE = 2;
  const state = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 1) found.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (s !== DONE) visit(next);
    }
    stack.pop();
    state.set(node, DONE);
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('rules/: imports', () => {
  const graph = importGraph();

  it('reads the imports it must see (so the cycle check is not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get('engine.ts')).toEqual(expect.arrayContaining(['kinds/index.ts', 'schema.ts', 'types.ts']));
    // Type-only imports count.
    expect(graph.get('kind.ts')).toEqual(expect.arrayContaining(['text.ts', 'types.ts']));
    // A re-export spread over several lines.
    expect(graph.get('schema.ts')).toEqual(expect.arrayContaining(['base.ts', 'kinds/index.ts']));
    // Dynamic imports (the CLI's commands) and imports from a parent folder.
    expect(graph.get('cli/main.ts')).toEqual(expect.arrayContaining(['cli/check.ts', 'cli/audit.ts']));
    expect(graph.get('kinds/regex.ts')).toEqual(expect.arrayContaining(['kind.ts', 'suggest.ts', 'kinds/phrase.ts']));
  });

  it('the parser and the cycle search catch what they are for', () => {
    expect(
      specifiers("import type {\n  A,\n  B,\n} from './a.ts';\nexport * from \"./b.ts\";\nimport './c.ts';"),
    ).toEqual(['./a.ts', './b.ts', './c.ts']);
    expect(
      specifiers("// import x from './commented.ts';\n/* export { y } from './block.ts'; */\nconst s = 'from';"),
    ).toEqual([]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual(['a -> b -> c -> a']);
    expect(cycles(new Map([['a', ['a']]]))).toEqual(['a -> a']);
    expect(
      cycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no import cycle, counting `import type`', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('rules/types.ts imports nothing (the content script takes values from it without bundling zod)', () => {
    const source = readFileSync(join(ROOT, 'types.ts'), 'utf8');
    expect(specifiers(source)).toEqual([]);
    expect(stripComments(source)).not.toMatch(/\bimport\b|\brequire\s*\(|\bfrom\s*['"]/);
  });
});

describe('rules/types.ts: the one severity order', () => {
  it('ranks error, warning, suggestion as 0, 1, 2, the order of SEVERITIES', () => {
    expect(SEVERITY_RANK).toEqual({ error: 0, warning: 1, suggestion: 2 });
    expect(SEVERITIES.map((s) => SEVERITY_RANK[s])).toEqual([0, 1, 2]);
  });

  it('bySeverity sorts errors first and keeps the order within one severity', () => {
    const items = [
      { id: 1, severity: 'suggestion' },
      { id: 2, severity: 'error' },
      { id: 3, severity: 'warning' },
      { id: 4, severity: 'error' },
    ] as const;
    expect([...items].sort(bySeverity).map((i) => i.id)).toEqual([2, 4, 3, 1]);
  });
});
