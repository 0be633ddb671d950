// The manager's import, its pure part (entrypoints/options/import-core.ts): a file with several sets is read whole or
// refused whole, the preview says set by set and rule by rule what would change, and only https addresses are fetched.
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../rules/schema.ts';
import { describePlanItem, importUrl, previewImport, ruleChangeLines } from '../../entrypoints/options/import-core.ts';
import { exportRuleSets } from '../../utils/rule-set-files.ts';
import { rule, ruleSet } from './rule-helpers.ts';

const phrase = (id: string, phrases: string[], severity = 'warning'): Record<string, unknown> =>
  rule('phrase', { id, phrases, severity });

/** The user's own set "acme" as it is stored now. */
const acme: RuleSet = {
  ...ruleSet([phrase('no-sir', ['dear sir']), phrase('kindly', ['kindly']), phrase('old', ['per our policy'])], 'acme'),
  name: 'Acme voice',
};

describe('previewImport: a file with several rule sets', () => {
  const file = exportRuleSets([
    {
      ...ruleSet(
        [
          phrase('no-sir', ['dear sir']), // the same
          phrase('kindly', ['kindly'], 'error'), // changed
          phrase('asap', ['asap']), // new; "old" is gone
        ],
        'acme',
      ),
      name: 'Acme voice 2',
    },
    { ...ruleSet([phrase('bye', ['goodbye']), phrase('hey', ['hey'])], 'acme-email'), name: 'Acme e-mail' },
  ]);

  it('plans to replace the set with the same id rule by rule, and to add the other', () => {
    const preview = previewImport(file, [acme]);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.plan.map((p) => [p.ruleSet.id, p.action])).toEqual([
      ['acme', 'replace'],
      ['acme-email', 'add'],
    ]);
    expect(preview.plan[0]!.rules).toEqual({ added: ['asap'], changed: ['kindly'], removed: ['old'] });
    expect(preview.plan[1]!.rules).toEqual({ added: ['bye', 'hey'], changed: [], removed: [] });
  });

  it('says it in plain words', () => {
    const preview = previewImport(file, [acme]);
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    const [replace, add] = preview.plan;
    expect(describePlanItem(replace!, [acme])).toBe(
      'Replace your "Acme voice" with "Acme voice 2" (acme): rules change as listed below.',
    );
    expect(ruleChangeLines(replace!).map((l) => l.text)).toEqual([
      '1 rule added: asap',
      '1 rule changed: kindly',
      '1 rule removed: old',
    ]);
    expect(describePlanItem(add!, [acme])).toBe('Add "Acme e-mail" (acme-email), a new rule set with 2 rules.');
    expect(ruleChangeLines(add!)).toEqual([]);
  });

  it('a set imported again as it is changes no rule', () => {
    const preview = previewImport(exportRuleSets([acme]), [acme]);
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    expect(describePlanItem(preview.plan[0]!, [acme])).toBe(
      'Replace your "Acme voice" (acme): its rules stay the same.',
    );
  });

  it('one broken set refuses the whole file and lists every problem with the set it is in', () => {
    const broken = JSON.stringify({
      ruleSets: [
        { id: 'good', name: 'Good', version: 1, rules: [phrase('a', ['a b'])] },
        {
          id: 'bad',
          name: 'Bad',
          version: 1,
          rules: [{ ...phrase('x', ['y']), kind: 'telepathy' }, phrase('x', ['z'])],
        },
        { id: 'good', name: 'Good again', version: 1, rules: [] },
      ],
    });
    const preview = previewImport(broken, [acme]);
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.problems.some((p) => p.startsWith('rule set 2: rules[0].kind: unknown kind "telepathy"'))).toBe(
      true,
    );
    expect(preview.problems).toContain('the file holds 2 rule sets with the id "good"');
  });

  it('text that is not JSON, or nothing at all, is refused in plain words', () => {
    const notJson = previewImport('{ "id": "x", }', []);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.problems[0]).toMatch(/^not valid JSON at line 1, column \d+/);
    expect(previewImport('  ', [])).toEqual({ ok: false, problems: ['there is nothing to import: the text is empty'] });
  });

  it('an older format version is migrated, not refused', () => {
    const draft = JSON.stringify({
      id: 'legacy',
      name: 'Legacy',
      rules: [
        {
          id: 'swap',
          kind: 'substitution',
          category: 'tone',
          severity: 'suggestion',
          message: 'm',
          replace: { utilise: 'use' },
        },
      ],
    });
    const preview = previewImport(draft, []);
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(preview.plan[0]!.ruleSet.version).toBe(1);
  });
});

describe('importUrl', () => {
  it('takes https addresses only, and says why not', () => {
    expect(importUrl(' https://cdn.example.com/voice.json ')).toMatchObject({ ok: true });
    expect(importUrl('http://example.com/voice.json')).toEqual({
      ok: false,
      problem: 'Only secure addresses (https://) can be imported; "http://example.com/voice.json" starts with http://',
    });
    expect(importUrl('voice.json')).toEqual({
      ok: false,
      problem: '"voice.json" is not a web address; it should start with https://',
    });
    expect(importUrl('')).toEqual({ ok: false, problem: 'Type the address of the rule-set file first.' });
  });
});
