// Where the user's rule sets live, and the state of the built-in ones: extension storage on this browser only.
// Nothing a user made is lost:
//   - each set is one storage key, written in one call together with its good copy (atomic: both or neither);
//   - nothing invalid is ever written (every set is validated first);
//   - a copy that cannot be read is replaced by its last good copy, and the problem is shown in the manager;
//   - a deleted set goes to a trash from which Undo restores it;
//   - a full storage says what to remove.
// Versioned records: a record of an older shape is migrated when read (migrateStoredSet).
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PACKS } from '../rules/packs';
import type { RuleSet } from '../rules/schema';
import { readRuleSet } from './rule-set-files';
import type { LibraryEntry, Scope } from './rule-library';

/** The current shape of a stored user set. */
export const STORED_SET_FORMAT = 1;
export interface StoredSet {
  format: typeof STORED_SET_FORMAT;
  /** The rule-set file, as JSON. */
  ruleSet: unknown;
  enabled: boolean;
  scope: Scope;
  updatedAt: number;
}

export interface BuiltinState {
  enabled?: boolean;
  scope?: Scope;
}

export interface TrashedSet {
  record: StoredSet;
  deletedAt: number;
}

/** Ids of the user's sets, in the order they were made. */
export const userSetIdsItem = storage.defineItem<string[]>('local:userRuleSets', { fallback: [], version: 1 });
/** Built-in sets switched off or scoped: id -> state. */
export const builtinStateItem = storage.defineItem<Record<string, BuiltinState>>('local:builtinRuleSets', {
  fallback: {},
  version: 1,
});
/** The last deleted sets, newest last, for Undo. */
export const trashItem = storage.defineItem<TrashedSet[]>('local:ruleSetTrash', { fallback: [], version: 1 });
const TRASH_SIZE = 20;

type LocalKey = `local:${string}`;
export const setKey = (id: string): LocalKey => `local:ruleSet:${id}`;
export const goodCopyKey = (id: string): LocalKey => `local:ruleSetGood:${id}`;

/** A problem with a rule set the user can act on (shown next to what it concerns). */
export class RuleStoreError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** chrome.storage.local holds 10 MB without the unlimitedStorage permission. */
const STORAGE_QUOTA_BYTES = 10 * 1024 * 1024;

function isQuotaError(e: unknown): boolean {
  return /quota/i.test(e instanceof Error ? e.message : String(e));
}

/** The largest user sets, to name in a "storage is full" message. */
async function largestSets(): Promise<string> {
  const ids = await userSetIdsItem.getValue();
  const records = await storage.getItems(ids.map(setKey));
  return records
    .map(({ value }) => ({
      name: ((value as StoredSet | null)?.ruleSet as { name?: string } | undefined)?.name ?? '?',
      size: JSON.stringify(value ?? '').length,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((s) => `"${s.name}" (${Math.ceil(s.size / 1024)} KB)`)
    .join(', ');
}

/** Writes items in one call; a full storage becomes a message that says what to remove. */
async function write(items: { key: LocalKey; value: unknown }[]): Promise<void> {
  try {
    await storage.setItems(items);
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const big = await largestSets().catch(() => '');
    throw new RuleStoreError(
      `Tone Coach's storage is full (${STORAGE_QUOTA_BYTES / 1024 / 1024} MB). Nothing was changed. Export, then delete ` +
        `rule sets you no longer use${big ? `; the largest are ${big}` : ''}, and empty the trash of deleted sets.`,
    );
  }
}

/** A stored record brought to the current shape. Format 0: the bare rule-set file, before records had state. */
export function migrateStoredSet(raw: unknown): StoredSet | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Partial<StoredSet> & { rules?: unknown };
  if (r.format === undefined && Array.isArray(r.rules))
    return { format: STORED_SET_FORMAT, ruleSet: raw, enabled: true, scope: {}, updatedAt: 0 };
  if (r.format !== STORED_SET_FORMAT || !('ruleSet' in r)) return null;
  return {
    format: STORED_SET_FORMAT,
    ruleSet: r.ruleSet,
    enabled: r.enabled !== false,
    scope: r.scope && typeof r.scope === 'object' ? r.scope : {},
    updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : 0,
  };
}

function readRecord(raw: unknown): { record: StoredSet; ruleSet: RuleSet } | { problem: string } {
  const record = migrateStoredSet(raw);
  if (!record) return { problem: raw == null ? 'it is missing' : 'it is not a rule-set record' };
  const r = readRuleSet(record.ruleSet);
  return r.ok ? { record, ruleSet: r.ruleSet } : { problem: r.problems.slice(0, 3).join('; ') };
}

export interface UserSetEntry extends LibraryEntry {
  origin: 'user';
  /** What is stored, readable or not, so export works even for a set that cannot be used. */
  raw: unknown;
}

/** The user's sets, each from its stored copy, or its good copy when the stored one cannot be read. */
export async function loadUserSets(): Promise<UserSetEntry[]> {
  const ids = await userSetIdsItem.getValue();
  const values = await storage.getItems(ids.flatMap((id) => [setKey(id), goodCopyKey(id)]));
  const byKey = new Map(values.map((v) => [v.key, v.value as unknown]));
  return ids.map((id): UserSetEntry => {
    const raw = byKey.get(setKey(id));
    const main = readRecord(raw);
    if ('record' in main)
      return {
        key: `user:${id}`,
        origin: 'user',
        ruleSet: main.ruleSet,
        enabled: main.record.enabled,
        locked: false,
        scope: main.record.scope,
        updatedAt: main.record.updatedAt,
        raw: main.record.ruleSet,
      };
    const good = readRecord(byKey.get(goodCopyKey(id)));
    if ('record' in good)
      return {
        key: `user:${id}`,
        origin: 'user',
        ruleSet: good.ruleSet,
        enabled: good.record.enabled,
        locked: false,
        scope: good.record.scope,
        updatedAt: good.record.updatedAt,
        raw: migrateStoredSet(raw)?.ruleSet ?? raw,
        problem: {
          message: `The stored copy of "${good.ruleSet.name}" could not be read (${main.problem}); the last good copy, saved ${new Date(good.record.updatedAt).toLocaleString()}, is in use. Saving the set again repairs it.`,
        },
      };
    return {
      key: `user:${id}`,
      origin: 'user',
      ruleSet: null,
      enabled: false,
      locked: false,
      scope: {},
      raw: migrateStoredSet(raw)?.ruleSet ?? raw,
      problem: {
        message: `The rule set "${id}" could not be read (${main.problem}) and has no good copy; it is not used. Export it to keep what is left, or delete it.`,
      },
    };
  });
}

/** The built-in sets with the user's on/off and scope. `disabled` lists ids a policy switched off (locked). */
export async function loadBuiltinSets(disabledByPolicy: readonly string[] = []): Promise<LibraryEntry[]> {
  const state = await builtinStateItem.getValue();
  return BUILTIN_PACKS.map((set) => {
    const byPolicy = disabledByPolicy.includes(set.id);
    return {
      key: `builtin:${set.id}`,
      origin: 'builtin',
      ruleSet: set,
      enabled: !byPolicy && state[set.id]?.enabled !== false,
      locked: true,
      scope: state[set.id]?.scope ?? {},
      ...(byPolicy ? { problem: { message: 'Switched off by your organisation.' } } : {}),
    };
  });
}

/** Validates and writes one user set (new or changed). `previousId`: the id it had, when the id is being changed. */
export async function saveUserSet(
  json: unknown,
  state: { enabled?: boolean; scope?: Scope } = {},
  previousId?: string,
): Promise<RuleSet> {
  const r = readRuleSet(json);
  if (!r.ok) throw new RuleStoreError('The rule set was not saved: it has problems.', r.problems);
  await saveValidSets([{ ruleSet: r.ruleSet, json, ...state }], previousId ? { [r.ruleSet.id]: previousId } : {});
  return r.ruleSet;
}

/**
 * Writes several validated sets in one storage call (an import is all or nothing). `renamedFrom` maps a new id to the
 * id the set had, whose keys are removed afterwards.
 */
export async function saveValidSets(
  sets: readonly { ruleSet: RuleSet; json?: unknown; enabled?: boolean; scope?: Scope }[],
  renamedFrom: Record<string, string> = {},
): Promise<void> {
  const builtinIds = new Set(BUILTIN_PACKS.map((p) => p.id));
  const clash = sets.find((s) => builtinIds.has(s.ruleSet.id));
  if (clash)
    throw new RuleStoreError(
      `"${clash.ruleSet.id}" is the id of a built-in rule set; give your set another id (duplicate the built-in one to change it).`,
    );
  const ids = await userSetIdsItem.getValue();
  const current = new Map((await loadUserSets()).map((e) => [e.key.slice('user:'.length), e]));
  const now = Date.now();
  const items: { key: LocalKey; value: unknown }[] = [];
  const nextIds = [...ids];
  for (const s of sets) {
    const id = s.ruleSet.id;
    const old = current.get(renamedFrom[id] ?? id);
    if (renamedFrom[id] && renamedFrom[id] !== id && current.has(id))
      throw new RuleStoreError(`You already have a rule set with the id "${id}".`);
    const record: StoredSet = {
      format: STORED_SET_FORMAT,
      ruleSet: s.json ?? s.ruleSet,
      enabled: s.enabled ?? old?.enabled ?? true,
      scope: s.scope ?? old?.scope ?? {},
      updatedAt: now,
    };
    items.push({ key: setKey(id), value: record }, { key: goodCopyKey(id), value: record });
    const from = renamedFrom[id];
    if (from && from !== id && nextIds.includes(from)) nextIds.splice(nextIds.indexOf(from), 1, id);
    else if (!nextIds.includes(id)) nextIds.push(id);
  }
  items.push({ key: userSetIdsItem.key as LocalKey, value: nextIds });
  await write(items);
  const stale = Object.entries(renamedFrom).filter(([to, from]) => to !== from);
  if (stale.length) await storage.removeItems(stale.flatMap(([, from]) => [setKey(from), goodCopyKey(from)]));
}

/** Switches a user set on or off, or changes where it applies, without touching its rules. */
export async function setUserSetState(id: string, state: { enabled?: boolean; scope?: Scope }): Promise<void> {
  const entry = (await loadUserSets()).find((e) => e.key === `user:${id}`);
  if (!entry?.ruleSet) throw new RuleStoreError(`There is no readable rule set "${id}" to change.`);
  await saveValidSets([{ ruleSet: entry.ruleSet, json: entry.raw, enabled: state.enabled, scope: state.scope }]);
}

export async function setBuiltinState(id: string, state: BuiltinState): Promise<void> {
  const all = await builtinStateItem.getValue();
  await write([{ key: builtinStateItem.key as LocalKey, value: { ...all, [id]: { ...all[id], ...state } } }]);
}

/** Moves a user set to the trash (Undo restores it). */
export async function deleteUserSet(id: string): Promise<void> {
  const ids = await userSetIdsItem.getValue();
  const values = await storage.getItems([setKey(id), goodCopyKey(id)]);
  const record = migrateStoredSet(values[0]?.value) ?? migrateStoredSet(values[1]?.value);
  const trash = await trashItem.getValue();
  const items: { key: LocalKey; value: unknown }[] = [
    { key: userSetIdsItem.key as LocalKey, value: ids.filter((x) => x !== id) },
  ];
  if (record)
    items.push({
      key: trashItem.key as LocalKey,
      value: [...trash, { record, deletedAt: Date.now() }].slice(-TRASH_SIZE),
    });
  await write(items);
  await storage.removeItems([setKey(id), goodCopyKey(id)]);
}

/** Restores the most recently deleted set with this id (or the most recent of all), as it was. */
export async function undoDelete(id?: string): Promise<string | null> {
  const trash = await trashItem.getValue();
  let index = -1;
  for (let i = trash.length - 1; i >= 0; i--) {
    const setId = (trash[i]?.record.ruleSet as { id?: unknown } | undefined)?.id;
    if (id === undefined || setId === id) {
      index = i;
      break;
    }
  }
  const record = trash[index]?.record;
  if (!record) return null;
  const restoredId = String((record.ruleSet as { id?: unknown }).id);
  const ids = await userSetIdsItem.getValue();
  if (ids.includes(restoredId))
    throw new RuleStoreError(`A rule set with the id "${restoredId}" exists again; rename it before restoring.`);
  await write([
    { key: setKey(restoredId), value: record },
    { key: goodCopyKey(restoredId), value: record },
    { key: userSetIdsItem.key as LocalKey, value: [...ids, restoredId] },
    { key: trashItem.key as LocalKey, value: trash.filter((_, i) => i !== index) },
  ]);
  return restoredId;
}

export async function emptyTrash(): Promise<void> {
  await trashItem.setValue([]);
}

/** An id not yet used by a built-in or user set: "acme", "acme-2", ... */
export function freeId(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    wanted
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
      .slice(0, 56) || 'rule-set';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
