// The user's rule sets in storage: nothing invalid is written, nothing is lost (good copies, trash and undo, a full
// storage changes nothing), older records are migrated, and an import is all or nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleSetInput } from '../../rules/schema';
import {
  deleteUserSet,
  freeId,
  goodCopyKey,
  loadUserSets,
  migrateStoredSet,
  RuleStoreError,
  saveUserSet,
  saveValidSets,
  setKey,
  setUserSetState,
  undoDelete,
  userSetIdsItem,
} from '../../utils/rule-store';
import { readRuleSet } from '../../utils/rule-set-files';

const SET: RuleSetInput = {
  id: 'acme',
  name: 'Acme voice',
  version: 1,
  rules: [
    {
      id: 'no-utilise',
      kind: 'substitution',
      category: 'clarity',
      severity: 'suggestion',
      message: 'Say "{prefer}".',
      swap: { utilise: 'use' },
    },
  ],
};

const valid = (input: unknown) => {
  const r = readRuleSet(input);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.ruleSet;
};

describe('rule store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a valid set and reads it back, on and everywhere by default', async () => {
    await saveUserSet(SET);
    const [entry] = await loadUserSets();
    expect(entry).toMatchObject({ key: 'user:acme', origin: 'user', enabled: true, scope: {}, locked: false });
    expect(entry?.ruleSet?.rules[0]?.id).toBe('no-utilise');
    expect(entry?.problem).toBeUndefined();
  });

  it('refuses an invalid set with every problem and writes nothing', async () => {
    const broken = { ...SET, rules: [{ ...SET.rules[0], swap: {} }] };
    const error = await saveUserSet(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleStoreError);
    expect((error as RuleStoreError).problems.join('\n')).toMatch(/rules\[0\]\.swap/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('uses the last good copy when the stored copy is unreadable, and says so', async () => {
    await saveUserSet(SET);
    await fakeBrowser.storage.local.set({ [setKey('acme').slice(6)]: { format: 1, ruleSet: { id: 'acme' } } });
    const [entry] = await loadUserSets();
    expect(entry?.ruleSet?.name).toBe('Acme voice');
    expect(entry?.problem?.message).toMatch(/could not be read.*last good copy/);
  });

  it('keeps an unreadable set with no good copy listed, unused, and exportable as it is', async () => {
    await saveUserSet(SET);
    const garbage = { format: 1, ruleSet: { id: 'acme', name: 'half-written' } };
    await fakeBrowser.storage.local.set({ [setKey('acme').slice(6)]: garbage, [goodCopyKey('acme').slice(6)]: 'x' });
    const [entry] = await loadUserSets();
    expect(entry?.ruleSet).toBeNull();
    expect(entry?.enabled).toBe(false);
    expect(entry?.raw).toEqual(garbage.ruleSet);
    expect(entry?.problem?.message).toMatch(/no good copy/);
  });

  it('migrates a record of the first shape (the bare rule-set file)', () => {
    expect(migrateStoredSet(SET)).toEqual({ format: 1, ruleSet: SET, enabled: true, scope: {}, updatedAt: 0 });
    expect(migrateStoredSet('nonsense')).toBeNull();
  });

  it('reads a set stored in the first shape', async () => {
    await userSetIdsItem.setValue(['acme']);
    await fakeBrowser.storage.local.set({ [setKey('acme').slice(6)]: SET });
    const [entry] = await loadUserSets();
    expect(entry?.ruleSet?.id).toBe('acme');
    expect(entry?.problem).toBeUndefined();
  });

  it('delete moves a set to the trash and undo brings back exactly what it was', async () => {
    await saveUserSet(SET, { enabled: false, scope: { sites: ['acme.zendesk.com'] } });
    const before = await loadUserSets();
    await deleteUserSet('acme');
    expect(await loadUserSets()).toEqual([]);
    expect(await undoDelete('acme')).toBe('acme');
    expect(await loadUserSets()).toEqual(before);
    expect(await undoDelete('acme')).toBeNull();
  });

  it('switching a set off or scoping it keeps its rules', async () => {
    await saveUserSet(SET);
    await setUserSetState('acme', { enabled: false });
    await setUserSetState('acme', { scope: { channels: ['email'] } });
    const [entry] = await loadUserSets();
    expect(entry).toMatchObject({ enabled: false, scope: { channels: ['email'] } });
    expect(entry?.ruleSet?.rules).toHaveLength(1);
  });

  it('renaming a set (a new id) replaces it in place and removes the old keys', async () => {
    await saveUserSet({ ...SET, id: 'first' });
    await saveUserSet(SET);
    await saveUserSet({ ...SET, id: 'renamed' }, {}, 'first');
    expect(await userSetIdsItem.getValue()).toEqual(['renamed', 'acme']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).some((k) => k.endsWith(':first'))).toBe(false);
  });

  it("refuses a built-in set's id, writing nothing", async () => {
    const error = await saveUserSet({ ...SET, id: 'social-care' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/built-in/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('writes an import of several sets in one call: all or nothing', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveValidSets([{ ruleSet: valid(SET) }, { ruleSet: valid({ ...SET, id: 'second', name: 'Second' }) }]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await loadUserSets()).map((e) => e.key)).toEqual(['user:acme', 'user:second']);
    spy.mockRestore();
  });

  it('a full storage says what to remove and changes nothing', async () => {
    await saveUserSet(SET);
    const before = await fakeBrowser.storage.local.get(null);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveUserSet({ ...SET, id: 'big', name: 'Big' }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(RuleStoreError);
    expect((error as Error).message).toMatch(/storage is full.*Nothing was changed.*"Acme voice"/s);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('finds a free id', () => {
    expect(freeId('Acme Voice!', [])).toBe('acme-voice');
    expect(freeId('acme', ['acme', 'acme-2'])).toBe('acme-3');
  });
});
