// How the built-in rule sets behave on real replies: per rule, how many of the 4,500 shared brand replies it flags,
// and (with --samples N) N random hits per rule, seeded, with the flagged span in [[ ]], for a person to judge.
// Context for each reply: a public reply on X answering the customer's tweet (when the dataset has it), except for
// sets meant for private channels (every rule limited to e-mail, tickets, chat or Messenger), which see the same text as a
// private e-mail reply, so their rules can be judged at all. The repetition rule gets the fingerprints of the same
// brand's 20 previous replies in the file, as the extension keeps an agent's recent ones.
//   node tests/bench/data-audit.ts [--samples 20] [--rule ID] [--seed 1]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContextInput } from '../../rules/base.ts';
import { check } from '../../rules/engine.ts';
import { fingerprint } from '../../rules/fingerprint.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import type { RuleSet } from '../../rules/schema.ts';

/** The context a set is audited in (see the header). */
export function auditContext(set: RuleSet, reply: Reply, recentFingerprints: string[] = []): ContextInput {
  const privateOnly = set.rules.every((r) =>
    r.when?.channel?.every((c) => c === 'email' || c === 'ticket' || c === 'chat' || c === 'messenger'),
  );
  return {
    ...(privateOnly ? { channel: 'email', audience: 'private' } : { channel: 'x', audience: 'public' }),
    ...(reply.inbound_text ? { customerMessage: reply.inbound_text } : {}),
    recentFingerprints,
  };
}

export const DATA = resolve(import.meta.dirname, '../../../shared/data/twcs-brand-replies.jsonl');

export interface Reply {
  id: string;
  brand: string;
  text: string;
  inbound_text?: string | null;
}

export function loadReplies(): Reply[] {
  if (!existsSync(DATA))
    throw new Error(`The shared replies are not at ${DATA}; this needs ../shared/data/ beside the repository.`);
  // The dataset keeps X's HTML escapes (&amp;); an agent's editor holds the characters themselves.
  const unescape = (s: string): string => s.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Reply)
    .map((r) => ({
      ...r,
      text: unescape(r.text),
      inbound_text: r.inbound_text ? unescape(r.inbound_text) : r.inbound_text,
    }));
}

/** Deterministic shuffle (mulberry32), so a sample can be judged and re-run. */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const samples = Number(opt('--samples') ?? 0);
  const only = opt('--rule');
  const seed = Number(opt('--seed') ?? 1);
  const replies = loadReplies();
  const hits = new Map<string, { reply: Reply; marked: string; message: string }[]>();
  const recent = new Map<string, string[]>(); // brand -> fingerprints of its last 20 replies
  for (const r of replies) {
    const seen = new Set<string>();
    const mine = recent.get(r.brand) ?? [];
    for (const f of BUILTIN_PACKS.flatMap((set) => check(r.text, [set], auditContext(set, r, mine)).findings)) {
      const key = `${f.ruleSet}/${f.rule}`;
      const list = hits.get(key) ?? [];
      if (!seen.has(key))
        list.push({
          reply: r,
          marked: `${r.text.slice(0, f.start)}[[${f.text}]]${r.text.slice(f.end)}`,
          message: f.message,
        });
      seen.add(key);
      hits.set(key, list);
    }
    recent.set(r.brand, [...mine, fingerprint(r.text)].slice(-20));
  }
  console.log(`| rule | replies flagged | share |`);
  console.log(`|---|---:|---:|`);
  for (const set of BUILTIN_PACKS)
    for (const rule of set.rules) {
      const n = hits.get(`${set.id}/${rule.id}`)?.length ?? 0;
      console.log(`| ${set.id}/${rule.id} | ${n} | ${((100 * n) / replies.length).toFixed(1)}% |`);
    }
  if (samples > 0)
    for (const [key, list] of hits) {
      if (only && !key.endsWith(`/${only}`)) continue;
      console.log(`\n## ${key}: ${list.length} replies; ${Math.min(samples, list.length)} sampled`);
      for (const h of seededSample(list, samples, seed))
        console.log(
          `- [${h.reply.id}] ${h.marked.replace(/\n/g, ' ')}${h.reply.inbound_text ? `\n    ← ${h.reply.inbound_text.replace(/\n/g, ' ').slice(0, 160)}` : ''}`,
        );
    }
}
