// Trainer scenarios as data: a customer's message on a channel, a bad reply and a good one, and the talking points a
// trainer makes about them. Validated with zod like rule sets; `npm run schema:scenario` writes the JSON Schema to
// public/scenario.schema.json (a unit test keeps it up to date). Pure: no storage, no DOM (the store is
// scenario-store.ts), so Node runs it for the tests and the schema script.
import * as z from 'zod';
import type { ContextInput } from '../rules/base.ts';

/** The channels a scenario can be set on (the engine knows a few more: helpdesk tickets, other sites). */
export const SCENARIO_CHANNELS = ['x', 'facebook', 'messenger', 'instagram', 'email', 'chat'] as const;
export type ScenarioChannel = (typeof SCENARIO_CHANNELS)[number];

export const SCENARIO_VERSION = 1;
export const SCENARIO_SCHEMA_URL = 'https://tone-coach.dev/schema/scenario-v1.json';

const RULE_REF = /^[a-z0-9][a-z0-9._-]{0,63}\/[a-z0-9][a-z0-9._:-]{0,69}$/;

export const TalkingPoint = z
  .object({
    /** The rules this point is about, as "setId/ruleId": the bad reply shows a finding of each. */
    rules: z.array(z.string().regex(RULE_REF, { error: 'expected "setId/ruleId", e.g. "social-care/bare-dm"' })).min(1),
    /** What the trainer says about it, in a sentence or two. */
    point: z.string().min(1),
    /** This scenario's better wording, shown as the "Why" example instead of the rule's generic one. */
    example: z.string().min(1).optional(),
  })
  .strict();
export type TalkingPoint = z.infer<typeof TalkingPoint>;

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'expected lower-case letters, digits, ".", "_" or "-"' }),
    version: z.literal(SCENARIO_VERSION, { error: `expected ${SCENARIO_VERSION} (the scenario format version)` }),
    title: z.string().min(1).max(120),
    channel: z.enum(SCENARIO_CHANNELS, { error: `expected one of ${SCENARIO_CHANNELS.join(', ')}` }),
    audience: z.enum(['public', 'private'], { error: 'expected "public" or "private"' }),
    /** What is going on around the message (an outage, others watching the thread), for the trainer to set the scene. */
    situation: z.string().optional(),
    customer: z
      .object({
        name: z.string().min(1),
        handle: z.string().optional(),
        mood: z.enum(['angry', 'upset', 'neutral', 'happy'], {
          error: 'expected one of angry, upset, neutral, happy',
        }),
        message: z.string().min(1),
      })
      .strict(),
    /** Replies the agent already sent to other customers (a pasted reply): the repetition rule sees their fingerprints. */
    sentBefore: z.array(z.string().min(1)).optional(),
    badReply: z.string().min(1),
    goodReply: z.string().min(1),
    talkingPoints: z.array(TalkingPoint).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

/** The JSON Schema of a scenario file (public/scenario.schema.json). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' }),
    $id: SCENARIO_SCHEMA_URL,
    title: 'Tone Coach trainer scenario',
  };
}

/** The engine's context for a scenario's replies (the fingerprints of sentBefore are added by the caller). */
export function scenarioContext(s: Scenario): ContextInput {
  return {
    channel: s.channel,
    audience: s.audience,
    customerName: s.customer.name,
    ...(s.customer.handle ? { customerHandle: s.customer.handle } : {}),
    customerMessage: s.customer.message,
    mood: s.customer.mood,
  };
}

/** Every rule a scenario's talking points name, once, in order. */
export function talkingPointRules(s: Scenario): string[] {
  return [...new Set(s.talkingPoints.flatMap((t) => t.rules))];
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}

/** One scenario from a value. */
export function readScenario(input: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const r = Scenario.safeParse(input);
  return r.success ? { ok: true, scenario: r.data } : { ok: false, problems: problemsOf(r.error) };
}

/**
 * What a file holds: one scenario, a list, or an export of several ({ "scenarios": [...] }). Everything or nothing:
 * `ok` only when every scenario in it is valid and no id appears twice.
 */
export function readScenarioFile(
  text: string,
): { ok: true; scenarios: Scenario[] } | { ok: false; problems: string[]; scenarios: Scenario[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [`not valid JSON (${e instanceof Error ? e.message : String(e)})`], scenarios: [] };
  }
  const list = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { scenarios?: unknown }).scenarios)
      ? (data as { scenarios: unknown[] }).scenarios
      : [data];
  if (list.length === 0) return { ok: false, problems: ['the file holds no scenario'], scenarios: [] };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const r = readScenario(item);
    if (r.ok) scenarios.push(r.scenario);
    else problems.push(...r.problems.map((p) => (list.length > 1 ? `scenario ${i + 1}: ${p}` : p)));
  });
  const ids = new Map<string, number>();
  scenarios.forEach((s) => ids.set(s.id, (ids.get(s.id) ?? 0) + 1));
  for (const [id, n] of ids) if (n > 1) problems.push(`the file holds ${n} scenarios with the id "${id}"`);
  return problems.length ? { ok: false, problems, scenarios } : { ok: true, scenarios };
}

export interface ScenarioPlanItem {
  scenario: Scenario;
  /** 'add': a new id; 'replace': replaces the trainer's scenario of that id; 'refused': the id is a built-in one. */
  action: 'add' | 'replace' | 'refused';
}

/** What an import would do, scenario by scenario (a built-in id is refused: duplicate it under a new id instead). */
export function planScenarioImport(
  incoming: readonly Scenario[],
  own: readonly Scenario[],
  builtinIds: ReadonlySet<string>,
): ScenarioPlanItem[] {
  return incoming.map((scenario) => ({
    scenario,
    action: builtinIds.has(scenario.id) ? 'refused' : own.some((o) => o.id === scenario.id) ? 'replace' : 'add',
  }));
}

/** The own list after an import: replaced ones in place, new ones at the end. Throws if the plan refuses any. */
export function applyScenarioImport(own: readonly Scenario[], plan: readonly ScenarioPlanItem[]): Scenario[] {
  if (plan.some((p) => p.action === 'refused')) throw new Error('the import holds a built-in scenario id');
  const incoming = new Map(plan.map((p) => [p.scenario.id, p.scenario]));
  const out = own.map((o) => incoming.get(o.id) ?? o);
  for (const p of plan) if (p.action === 'add') out.push(p.scenario);
  return out;
}

/** A scenario as a file, with $schema for editors. */
export function exportScenario(s: Scenario): string {
  const { $schema: _s, ...rest } = s;
  return `${JSON.stringify({ $schema: SCENARIO_SCHEMA_URL, ...rest }, null, 2)}\n`;
}

/** Several scenarios as one file ({ "scenarios": [...] }). */
export function exportScenarios(list: readonly Scenario[]): string {
  return `${JSON.stringify({ scenarios: list.map(({ $schema: _s, ...rest }) => ({ $schema: SCENARIO_SCHEMA_URL, ...rest })) }, null, 2)}\n`;
}

/** The exact text of public/scenario.schema.json. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
