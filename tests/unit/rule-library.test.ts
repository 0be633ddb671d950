// Which rule sets run where, from every origin: files migrated and read, imports previewed, policy read, and
// subscriptions that keep their last good copy when a refresh fails.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleSet } from '../../rules/schema';
import { readPolicy } from '../../utils/policy';
import { activeEntries, inScope, shadowedBy, type LibraryEntry } from '../../utils/rule-library';
import {
  exportRuleSet,
  exportRuleSets,
  migrateRuleSetFile,
  planImport,
  readRuleSet,
  readRuleSetFile,
} from '../../utils/rule-set-files';
import { loadSubscriptions, refreshSubscription, subscribe, subscriptionsItem } from '../../utils/subscriptions';

const RULE = {
  id: 'no-utilise',
  kind: 'substitution',
  category: 'clarity',
  severity: 'suggestion',
  message: 'Say "{prefer}".',
  swap: { utilise: 'use' },
};
const FILE = { id: 'acme', name: 'Acme voice', version: 1, rules: [RULE] };
const set = (over: Partial<RuleSet> = {}): RuleSet => {
  const r = readRuleSet({ ...FILE, ...over });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.ruleSet;
};
const entry = (over: Partial<LibraryEntry>): LibraryEntry => ({
  key: 'user:acme',
  origin: 'user',
  ruleSet: set(),
  enabled: true,
  locked: false,
  scope: {},
  ...over,
});

describe('rule-set files', () => {
  it('migrates the draft format (no version, "replace", "unlessPhrases") to version 1', () => {
    const old = {
      id: 'old',
      name: 'Old',
      rules: [{ ...RULE, swap: undefined, replace: { utilise: 'use' } }],
    };
    expect(migrateRuleSetFile(old)).toMatchObject({ version: 1, rules: [{ swap: { utilise: 'use' } }] });
    const r = readRuleSet(JSON.stringify(old));
    expect(r.ok).toBe(true);
  });

  it('leaves a newer format alone, for validation to name', () => {
    const r = readRuleSet({ ...FILE, version: 3 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(/format 3.*Update Tone Coach/);
  });

  it('reads one set, a list, or an export of several, and what export writes', () => {
    expect(readRuleSetFile(JSON.stringify(FILE))).toMatchObject({ ok: true, ruleSets: [{ id: 'acme' }] });
    const two = exportRuleSets([set(), set({ id: 'b', name: 'B' })]);
    expect(readRuleSetFile(two)).toMatchObject({ ok: true, ruleSets: [{ id: 'acme' }, { id: 'b' }] });
    const one = exportRuleSet(set());
    expect(JSON.parse(one).$schema).toMatch(/^https:\/\//);
    expect(readRuleSetFile(one)).toMatchObject({ ok: true });
  });

  it('names every problem of every set in a file, with its place', () => {
    const r = readRuleSetFile(JSON.stringify([FILE, { ...FILE, id: 'Bad Id' }, FILE]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('\n')).toMatch(/rule set 2: id:/);
    expect(!r.ok && r.problems.join('\n')).toMatch(/2 rule sets with the id "acme"/);
    expect(readRuleSetFile('{"id": ').ok).toBe(false);
  });

  it('previews an import rule by rule', () => {
    const changed = set({
      rules: [
        { ...RULE, severity: 'warning' } as RuleSet['rules'][number],
        { ...RULE, id: 'new-rule' } as RuleSet['rules'][number],
      ],
    });
    const [replace, add] = planImport([changed, set({ id: 'other', name: 'Other' })], [set()]);
    expect(replace).toMatchObject({
      action: 'replace',
      rules: { added: ['new-rule'], changed: ['no-utilise'], removed: [] },
    });
    expect(add).toMatchObject({ action: 'add', rules: { added: ['no-utilise'] } });
  });
});

describe('which sets run where', () => {
  it('scopes by site (subdomains included) and by channel', () => {
    expect(inScope({ sites: ['zendesk.com'] }, { site: 'acme.zendesk.com' })).toBe(true);
    expect(inScope({ sites: ['zendesk.com'] }, { site: 'notzendesk.com' })).toBe(false);
    expect(inScope({ channels: ['email'] }, { site: 'x.com', channel: 'x' })).toBe(false);
    expect(inScope({ channels: ['email'] }, { channel: 'email' })).toBe(true);
    expect(inScope({}, { site: 'anything.example' })).toBe(true);
  });

  it('runs sets that are on and in scope; policy wins over a user set of the same id', () => {
    const user = entry({});
    const policy = entry({ key: 'policy:0', origin: 'policy', locked: true });
    const off = entry({ key: 'user:off', ruleSet: set({ id: 'off' }), enabled: false });
    const scoped = entry({ key: 'user:mail', ruleSet: set({ id: 'mail' }), scope: { channels: ['email'] } });
    const all = [user, policy, off, scoped];
    expect(activeEntries(all, { site: 'x.com', channel: 'x' }).map((e) => e.key)).toEqual(['policy:0']);
    expect(activeEntries(all, { channel: 'email' }).map((e) => e.key)).toEqual(['policy:0', 'user:mail']);
    expect(shadowedBy(user, all)).toBe(policy);
  });
});

describe('policy', () => {
  it('reads sets given as JSON strings or objects, locked, and names a broken one', () => {
    const p = readPolicy({
      ruleSets: [JSON.stringify(FILE), { ...FILE, id: 'obj' }, '{"id": "broken"}'],
      subscriptions: ['https://cdn.example/voice.json', 'http://insecure.example/x.json'],
      allowUserRuleSets: false,
      disabledBuiltIns: ['plain-language'],
    });
    expect(p.entries.map((e) => e.ruleSet?.id ?? null)).toEqual(['acme', 'obj', null]);
    expect(p.entries.every((e) => e.locked && e.origin === 'policy')).toBe(true);
    expect(p.entries[2]?.problem?.message).toMatch(/Rule set 3 of the policy cannot be used/);
    expect(p.subscriptions).toEqual(['https://cdn.example/voice.json']);
    expect(p.problems.join()).toMatch(/not an https address/);
    expect(p.allowUserRuleSets).toBe(false);
    expect(p.disabledBuiltIns).toEqual(['plain-language']);
  });

  it('no policy is an empty policy that allows the user sets', () => {
    expect(readPolicy({})).toMatchObject({ entries: [], allowUserRuleSets: true, problems: [] });
  });
});

describe('subscriptions', () => {
  beforeEach(() => fakeBrowser.reset());
  const URL_ = 'https://cdn.example/voice.json';
  const respond =
    (status: number, body = '', headers: Record<string, string> = {}) =>
    async (_url: string, init: RequestInit) => {
      seen.push(init.headers as Record<string, string>);
      return new Response(status === 304 ? null : body, { status, headers });
    };
  let seen: Record<string, string>[] = [];
  beforeEach(() => (seen = []));

  it('subscribes, then asks with the ETag and keeps the copy on 304', async () => {
    await subscribe(URL_, respond(200, JSON.stringify(FILE), { ETag: '"v1"' }));
    await refreshSubscription(URL_, respond(304));
    expect(seen[1]).toMatchObject({ 'If-None-Match': '"v1"' });
    const [e] = await loadSubscriptions();
    expect(e).toMatchObject({ origin: 'subscription', ruleSet: { id: 'acme' }, enabled: true });
    expect(e?.problem).toBeUndefined();
  });

  it('keeps the last good copy when a refresh fails or the new file is invalid, with the error and its time', async () => {
    await subscribe(URL_, respond(200, JSON.stringify(FILE)));
    await refreshSubscription(URL_, respond(200, '{"id": "acme", "rules": 5}'));
    let [e] = await loadSubscriptions();
    expect(e?.ruleSet?.name).toBe('Acme voice');
    expect(e?.problem?.message).toMatch(/not a valid rule set.*last good copy is in use/);
    expect(e?.problem?.at).toBeGreaterThan(0);
    await refreshSubscription(URL_, respond(503));
    [e] = await loadSubscriptions();
    expect(e?.problem?.message).toMatch(/503/);
    await refreshSubscription(URL_, respond(200, JSON.stringify({ ...FILE, name: 'Acme voice 2' })));
    [e] = await loadSubscriptions();
    expect(e).toMatchObject({ ruleSet: { name: 'Acme voice 2' } });
    expect(e?.problem).toBeUndefined();
  });

  it('refuses a first fetch that fails, adding nothing', async () => {
    await expect(subscribe(URL_, respond(404))).rejects.toThrow(/404/);
    await expect(subscribe('http://cdn.example/x.json', respond(200))).rejects.toThrow(/https/);
    expect(await subscriptionsItem.getValue()).toEqual([]);
  });

  it("lists the policy's subscriptions as locked", async () => {
    const [e] = await loadSubscriptions([URL_]);
    expect(e).toMatchObject({
      origin: 'policy',
      locked: true,
      ruleSet: null,
      problem: { message: 'Not fetched yet.' },
    });
  });
});
