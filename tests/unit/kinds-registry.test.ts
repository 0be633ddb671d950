// Every rule kind is a file in rules/kinds/ whose name is its id: registered in rules/kinds/index.ts (alphabetically),
// declaring that id as its `kind`, with its own unit tests, and documented in the "Rule kinds" section of
// docs/rule-sets.md, so a brand manager reading the docs sees every kind the engine accepts and nothing it does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, KINDS } from '../../rules/kinds/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const kindFiles = readdirSync(resolve(ROOT, 'rules/kinds'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** A section of docs/rule-sets.md: from its heading to the next heading of the same or a higher level. */
function docsSection(title: string): string | undefined {
  const lines = readFileSync(resolve(ROOT, 'docs/rule-sets.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => new RegExp(`^#{1,6}\\s+${title}\\s*$`).test(l));
  if (start < 0) return undefined;
  const level = lines[start]!.match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('rule kinds registry', () => {
  it('registers every file in rules/kinds/ under its file name, alphabetically, and nothing else', () => {
    expect(kindFiles.length).toBeGreaterThanOrEqual(9);
    expect(KIND_IDS).toEqual(kindFiles);
  });

  it('gives each kind the id of its file as its "kind"', () => {
    for (const id of KIND_IDS) {
      const r = KINDS[id].schema.safeParse({ kind: id });
      // The rest of the rule is missing, but "kind" itself must be accepted.
      const kindIssues = r.success ? [] : r.error.issues.filter((i) => i.path[0] === 'kind');
      expect(kindIssues, id).toEqual([]);
      const wrong = KINDS[id].schema.safeParse({ kind: `${id}-not` });
      expect(wrong.success ? [] : wrong.error.issues.filter((i) => i.path[0] === 'kind'), id).toHaveLength(1);
    }
  });

  it('has unit tests for every kind', () => {
    for (const id of kindFiles) expect(existsSync(resolve(ROOT, `tests/unit/kinds/${id}.test.ts`)), id).toBe(true);
  });

  it('documents every kind, and only those, in the section "Rule kinds" of docs/rule-sets.md', () => {
    const section = docsSection('Rule kinds');
    expect(section, 'docs/rule-sets.md has no "Rule kinds" section').toBeDefined();
    // One table row per kind: | `kind` | what it flags | fields |
    const documented = [...section!.matchAll(/^\|\s*`([a-z-]+)`\s*\|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(kindFiles);
  });
});
