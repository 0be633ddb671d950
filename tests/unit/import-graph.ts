// Who imports whom, read from the source: every .ts/.tsx file under the given folders, its static `import ... from`,
// `export ... from`, bare `import '...'` and `import('...')` specifiers (type-only imports included), relative ones
// resolved to files. Used by the tests that keep the layout honest (rules-imports, layout).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code without comments (strings are kept: a specifier is a string). */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/[^\n]*/g, (_, before: string | undefined) => before ?? '');
}

// `import x from '...'`, `import type { A,\n B } from '...'`, `export { a } from '...'`, `export * from '...'`,
// `import '...'` (the clause may span lines: [^'";]* crosses newlines but not another statement), and `import('...')`.
const STATIC = /(?:^|[\n;])\s*(?:import|export)\b(?:\s+type\b)?(?:[^'";]+?\bfrom)?\s*['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The modules a source imports; with `valuesOnly`, not those only imported as types (erased from bundles). */
export function specifiers(source: string, valuesOnly = false): string[] {
  const code = stripComments(source);
  const statics = [...code.matchAll(STATIC)].filter(
    (m) => !valuesOnly || !/^\s*(?:import|export)\s+type\b/.test(m[0].replace(/^[\n;]/, '')),
  );
  return [...statics, ...code.matchAll(DYNAMIC)].map((m) => m[1]!);
}

/** The file a relative specifier names, or undefined for a package or a file that is not TypeScript. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * File -> the files it imports (both relative to the repository), for every source file under `folders`; with
 * `valuesOnly`, what a bundle would contain (type-only imports left out).
 */
export function importGraph(folders: readonly string[], valuesOnly = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((f) => sourceFiles(resolve(REPO, f)))) {
    const targets = specifiers(readFileSync(file, 'utf8'), valuesOnly)
      .map((spec) => resolveSpecifier(file, spec))
      .filter((t): t is string => t !== undefined)
      .map((t) => relative(REPO, t));
    graph.set(relative(REPO, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every file reachable from `start` through the graph (start included). */
export function reachable(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return seen;
}
