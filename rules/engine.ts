// check(text, ruleSets, context): pure, synchronous and deterministic. Rule sets are compiled once (cached per rule-set
// object); each check analyses the text once, runs only the rules whose trigger words are in it (or that have none),
// resolves overlaps and scores the reply.
import type { ContextInput, Mood } from './base.ts';
import type { CompiledRule, RawFinding, ResolvedContext } from './kind.ts';
import { KINDS } from './kinds/index.ts';
import { estimateMood, reportsProblem } from './mood.ts';
import type { CheckResult, Finding, Rule, RuleFailure, RuleSet, Score } from './schema.ts';
import { score as scoreOf } from './score.ts';
import { compilePhrases } from './phrases.ts';
import { analyse, maskText, quoteStart } from './text.ts';
import { familyKey, PENALTY, SEVERITY_RANK } from './types.ts';

interface Entry {
  rule: Rule;
  compiled: CompiledRule;
  exclusive: boolean;
  example?: string;
  /** `when.customerSays` compiled: the words of the customer's (masked) message it matched, or null. */
  customerSays?: (maskedMessage: string) => string | null;
  /** `when.unlessCustomerSays` compiled, the same way: a match holds the rule back. */
  customerUnless?: (maskedMessage: string) => string | null;
}

interface CompiledSet {
  entries: Entry[];
  /** Entries without trigger words: they run on every text. */
  always: number[];
  /** Trigger word -> entries that need it. */
  byWord: Map<string, number[]>;
  /** Rules that could not be compiled (only possible when a set skipped validation): never run, reported. */
  broken: { rule: string; message: string }[];
}

/** An error's message for a RuleFailure: at most 200 characters, never a throw of its own. */
function failureMessage(e: unknown): string {
  let message: string;
  try {
    message = e instanceof Error ? e.message : String(e);
  } catch {
    message = 'unknown error';
  }
  if (typeof message !== 'string') message = 'unknown error';
  if (message.length <= 200) return message;
  // Never cut a surrogate pair in half.
  const cut = /[\ud800-\udbff]/.test(message[199]!) ? 199 : 200;
  return message.slice(0, cut);
}

const compiledSets = new WeakMap<RuleSet, CompiledSet>();

function compileSet(set: RuleSet): CompiledSet {
  const cached = compiledSets.get(set);
  if (cached) return cached;
  const out: CompiledSet = { entries: [], always: [], byWord: new Map(), broken: [] };
  for (const rule of set.rules) {
    const kind = KINDS[rule.kind];
    let compiled: CompiledRule;
    try {
      compiled = (kind.compile as (r: Rule) => CompiledRule)(rule);
    } catch (e) {
      out.broken.push({ rule: String(rule.id), message: failureMessage(e) });
      continue;
    }
    const good = rule.examples?.good[0];
    const index = out.entries.length;
    let customerSays: Entry['customerSays'];
    let customerUnless: Entry['customerUnless'];
    try {
      customerSays = rule.when?.customerSays ? saidBy(rule.when.customerSays) : undefined;
      customerUnless = rule.when?.unlessCustomerSays ? saidBy(rule.when.unlessCustomerSays) : undefined;
    } catch (e) {
      out.broken.push({ rule: String(rule.id), message: failureMessage(e) });
      continue;
    }
    out.entries.push({
      rule,
      compiled,
      exclusive: kind.exclusive,
      example: typeof good === 'string' ? good : good?.text,
      ...(customerSays ? { customerSays } : {}),
      ...(customerUnless ? { customerUnless } : {}),
    });
    if (compiled.triggers === null) out.always.push(index);
    else
      for (const w of compiled.triggers) {
        const list = out.byWord.get(w);
        if (list) list.push(index);
        else out.byWord.set(w, [index]);
      }
  }
  compiledSets.set(set, out);
  return out;
}

/** A test of the customer's message for a list of phrases: the first words it matched, or null. */
function saidBy(phrases: readonly string[]): (maskedMessage: string) => string | null {
  const { regex } = compilePhrases(phrases);
  return (masked) => {
    regex.lastIndex = 0;
    const said = regex.exec(masked)?.[0];
    // Quoted on one line, however the customer broke it ("already\ncalled").
    return said === undefined ? null : said.replace(/\s+/g, ' ');
  };
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;

/** "Jacob Smith" -> "Jacob"; "Dr. Ada Lovelace" -> "Dr. Lovelace"; "🌸 lily 🌸" -> "Lily"; "115712" -> undefined. */
export function firstNameOf(displayName: string | undefined): string | undefined {
  const words = displayName?.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  if (words.length === 0) return undefined;
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  if (TITLES.test(words[0]!) && words.length > 1) return `${cap(words[0]!)} ${cap(words[words.length - 1]!)}`;
  const first = words[0]!.replace(/\.+$/, '');
  return first.length >= 2 ? cap(first) : undefined;
}

let lastMood: { message: string; stated: Mood | undefined; mood: Mood; complaint: boolean | undefined } | undefined;

export function resolveContext(input: ContextInput = {}): ResolvedContext {
  let mood = input.mood;
  let complaint: boolean | undefined;
  if (input.customerMessage?.trim()) {
    // Agents re-check the same reply to the same message many times: remember the last estimate. A mood the caller
    // states is used as it is (and read into the complaint: an upset customer has one, a happy one has not).
    if (lastMood?.message !== input.customerMessage || lastMood.stated !== input.mood) {
      const read = input.mood ?? estimateMood(input.customerMessage);
      lastMood = {
        message: input.customerMessage,
        stated: input.mood,
        mood: read,
        complaint: reportsProblem(input.customerMessage, read),
      };
    }
    mood = lastMood.mood;
    complaint = lastMood.complaint;
  } else if (input.mood === 'upset' || input.mood === 'angry') {
    // No message, but the caller says the customer is upset (the CLI's --mood, a scenario): they have a complaint.
    complaint = true;
  }
  const handle = input.customerHandle?.trim();
  return {
    channel: input.channel ?? 'x',
    audience: input.audience ?? 'public',
    customerName: input.customerName,
    firstName: firstNameOf(input.customerName),
    customerHandle: handle ? (handle.startsWith('@') ? handle : `@${handle}`) : undefined,
    customerMessage: input.customerMessage,
    mood,
    complaint,
    signOff: input.signOff?.trim() || undefined,
    recentFingerprints: input.recentFingerprints ?? [],
    brandDomains: (input.brandDomains ?? [])
      .map((d) =>
        d
          .trim()
          .toLowerCase()
          .replace(/^[a-z]+:\/\//, '')
          .replace(/^(?:www\.|@|\*\.|\.)+/, '')
          .replace(/[/:].*$/, ''),
      )
      .filter((d) => d.includes('.')),
    disabledRules: new Set(input.disabledRules ?? []),
  };
}

/** Words in the masked reply (links, @handles and e-mail addresses are masked, so they are not words). */
function wordsOf(masked: string): number {
  return masked.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

function whenAllows(rule: Rule, ctx: ResolvedContext): boolean {
  const w = rule.when;
  if (!w) return true;
  if (w.channel && !w.channel.includes(ctx.channel)) return false;
  if (w.audience && w.audience !== ctx.audience) return false;
  if (w.mood && (!ctx.mood || !w.mood.includes(ctx.mood))) return false;
  if (w.unlessMood && ctx.mood && w.unlessMood.includes(ctx.mood)) return false;
  if (w.complaint !== undefined && (ctx.complaint === undefined || ctx.complaint !== w.complaint)) return false;
  return true;
}

export { PENALTY }; // defined in types.ts, which the overlay can import without the engine

/** The reply's score from its findings: how it is weighed is in score.ts (docs/scoring.md). */
export function score(findings: readonly Finding[]): Score {
  return scoreOf(findings);
}

interface Pending {
  finding: Finding;
  exclusive: boolean;
  order: number;
}

/**
 * Overlapping span findings: the stronger one wins (error over warning over suggestion, then the longer span, then
 * the one with a fix, then the earlier rule), so a span never carries two competing fixes. Findings about the whole reply always stay.
 */
function resolveOverlaps(pending: Pending[]): Finding[] {
  const kept: Finding[] = pending.filter((p) => !p.exclusive).map((p) => p.finding);
  const ranked = pending
    .filter((p) => p.exclusive)
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        b.finding.end - b.finding.start - (a.finding.end - a.finding.start) ||
        Number(b.finding.suggestions.length > 0) - Number(a.finding.suggestions.length > 0) ||
        a.order - b.order ||
        a.finding.start - b.finding.start,
    );
  // Accepted spans, sorted by start and disjoint: binary search for a neighbour that overlaps.
  const taken: { start: number; end: number }[] = [];
  for (const { finding: f } of ranked) {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = taken[lo - 1];
    const next = taken[lo];
    const overlaps = (s?: { start: number; end: number }): boolean =>
      !!s && ((s.start < f.end && f.start < s.end) || (f.start === f.end && s.start === f.start));
    if (overlaps(prev) || overlaps(next)) continue;
    taken.splice(lo, 0, { start: f.start, end: f.end });
    kept.push(f);
  }
  return kept.sort(
    (a, b) => a.start - b.start || a.end - b.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

// Marks where an empty quoted value was taken out of a message (a private-use character: never in a template).
const CUT = '\uE000';
const PLACEHOLDER = /([:,]?\s*)(["“])\{(\w+)\}(["”])|\{(\w+)\}/g;
const CUT_BEFORE_STOP = /\s*\uE000\s*(?=[.,;:!?]|$)|^\s*\uE000\s*/g;

/**
 * Fills a message template. A quoted value that is empty says nothing, so it goes, with its quotes and the ": "
 * before it (`Say it plainly: "{prefer}".` with nothing to prefer is `Say it plainly.`); a quoted value with quotes
 * of its own has them made single (`"'Call Me' button"`, never `""Call Me" button"`). Values are not read again.
 */
function interpolate(template: string, vars: Record<string, string | number | undefined>): string {
  const value = (key: string): string => (vars[key] === undefined ? '' : String(vars[key]));
  return template
    .replace(PLACEHOLDER, (_, before?: string, open?: string, quoted?: string, close?: string, bare?: string) => {
      if (bare !== undefined) return value(bare);
      const v = value(quoted!);
      if (v.trim() === '') return CUT;
      const inner = open === '"' ? v.replace(/"/g, "'") : v.replace(/“/g, '‘').replace(/”/g, '’');
      return `${before}${open}${inner}${close}`;
    })
    .replace(CUT_BEFORE_STOP, '')
    .replace(/\uE000/g, ' ')
    .replace(/ {2,}/g, ' ');
}

export function check(text: string, ruleSets: readonly RuleSet[], context: ContextInput = {}): CheckResult {
  const doc = analyse(typeof text === 'string' ? text : String(text ?? ''));
  const ctx = resolveContext(context);
  const pending: Pending[] = [];
  let failures: RuleFailure[] | undefined;
  let order = 0;
  let customerMasked: string | undefined;
  let replyWords: number | undefined;
  // An e-mail's quoted earlier message (below "On ..., Ana wrote:" or a run of "> " lines) is not the agent's to fix:
  // findings there are dropped (advice about the whole reply stays).
  const quoted = quoteStart(doc.text);
  for (const set of ruleSets) {
    const compiled = compileSet(set);
    for (const b of compiled.broken) {
      if (ctx.disabledRules.has(b.rule) || ctx.disabledRules.has(`${set.id}/${b.rule}`)) continue;
      (failures ??= []).push({ ruleSet: set.id, rule: b.rule, stage: 'compile', message: b.message });
    }
    const candidates = new Set(compiled.always);
    for (const w of doc.words) for (const i of compiled.byWord.get(w) ?? []) candidates.add(i);
    const fired = new Set<string>();
    const run = (entry: Entry, index: number, said?: string, noFix = false): void => {
      let raw: RawFinding[];
      try {
        raw = entry.compiled.check(doc, ctx);
      } catch (e) {
        // One faulty rule never takes the others down; it finds nothing and is reported.
        (failures ??= []).push({ ruleSet: set.id, rule: entry.rule.id, stage: 'check', message: failureMessage(e) });
        return;
      }
      if (quoted < doc.text.length) raw = raw.filter((r) => r.at !== undefined || r.start < quoted);
      if (raw.length > 0) fired.add(entry.rule.id);
      for (const r of raw) {
        const matched = doc.text.slice(r.start, r.end);
        const vars = {
          name: ctx.firstName,
          handle: ctx.customerHandle,
          signOff: ctx.signOff,
          match: matched,
          said,
          ...r.vars,
        };
        pending.push({
          exclusive: r.exclusive ?? entry.exclusive,
          order: order + index,
          finding: {
            rule: entry.rule.id,
            ruleSet: set.id,
            category: entry.rule.category,
            severity: entry.rule.severity,
            start: r.start,
            end: r.end,
            text: matched,
            message: interpolate(entry.rule.message, vars),
            suggestions: noFix ? [] : (r.suggestions ?? []),
            ...(entry.rule.why ? { why: entry.rule.why } : {}),
            ...(entry.rule.link ? { link: entry.rule.link } : {}),
            ...(entry.example ? { example: entry.example } : {}),
            ...(entry.rule.family ? { family: entry.rule.family } : {}),
            ...(r.at !== undefined ? { scope: 'reply' as const, at: r.at } : {}),
          },
        });
      }
    };
    // Rules that depend on other rules' results run after those (one level: validation refuses chains).
    const later: { i: number; said: string | undefined }[] = [];
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const entry = compiled.entries[i]!;
      const rule = entry.rule;
      if (ctx.disabledRules.has(rule.id) || ctx.disabledRules.has(`${set.id}/${rule.id}`)) continue;
      if (rule.family && ctx.disabledRules.has(`${set.id}/${familyKey(rule.family)}`)) continue;
      if (!whenAllows(rule, ctx)) continue;
      if (rule.when?.maxWords !== undefined && (replyWords ??= wordsOf(doc.masked)) > rule.when.maxWords) continue;
      // What the customer said that the rule waits for ({said} in its message).
      const said = entry.customerSays
        ? entry.customerSays((customerMasked ??= maskText(ctx.customerMessage ?? '')))
        : undefined;
      if (said === null) continue;
      // The customer asked for what the rule would flag ("what's your number?"): giving it is the answer.
      if (
        entry.customerUnless &&
        entry.customerUnless((customerMasked ??= maskText(ctx.customerMessage ?? ''))) !== null
      )
        continue;
      if (rule.when?.ifRule || rule.when?.unlessRule || rule.when?.fixUnlessRule) later.push({ i, said });
      else run(entry, i, said);
    }
    for (const { i, said } of later) {
      const entry = compiled.entries[i]!;
      const w = entry.rule.when!;
      if (w.ifRule && !w.ifRule.some((id) => fired.has(id))) continue;
      if (w.unlessRule && w.unlessRule.some((id) => fired.has(id))) continue;
      run(entry, i, said, !!w.fixUnlessRule?.some((id) => fired.has(id)));
    }
    order += compiled.entries.length;
  }
  const findings = resolveOverlaps(pending);
  // A score of a reply the word rules cannot read says so, rather than "Good".
  const scored = doc.english ? score(findings) : { ...score(findings), notEnglish: true as const };
  return failures ? { findings, score: scored, failures } : { findings, score: scored };
}
