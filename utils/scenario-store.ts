// The trainer's own scenarios and practice attempts, in extension storage (local to this browser). Versioned WXT
// items: a later format migrates what is stored. Scenarios are validated before they are written.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { Scenario } from './scenario';

/** The trainer's own scenarios, in their order (the built-in ones are not stored). */
export const ownScenariosItem = storage.defineItem<Scenario[]>('local:trainerScenarios', { fallback: [], version: 1 });

export const Attempt = z.object({
  /** Date.now() when the attempt was compared. */
  at: z.number(),
  score: z.number(),
  findings: z.number().int().nonnegative(),
  /** The practice reply itself (a practice answer to a made-up customer, never a real draft). */
  text: z.string(),
  /** The reply was not in English: its score counts only what needs no English (the engine's `score.notEnglish`). */
  notEnglish: z.boolean().optional(),
});
export type Attempt = z.infer<typeof Attempt>;

/** At most this many attempts per scenario (the oldest go first). */
export const MAX_ATTEMPTS = 20;

/** Practice attempts: scenario id -> attempts, oldest first. */
export const attemptsItem = storage.defineItem<Record<string, unknown[]>>('local:trainerAttempts', {
  fallback: {},
  version: 1,
});

/** Reads the own scenarios, dropping any stored copy that no longer validates. */
export async function loadOwnScenarios(): Promise<Scenario[]> {
  const stored = await ownScenariosItem.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((s) => {
    const r = Scenario.safeParse(s);
    return r.success ? [r.data] : [];
  });
}

/** Writes the whole list in one call, after validating every scenario (nothing is written if one is invalid). */
export async function saveOwnScenarios(list: readonly Scenario[]): Promise<void> {
  const checked = list.map((s) => Scenario.parse(s));
  await ownScenariosItem.setValue(checked);
}

/** A scenario's attempts that still validate (a damaged entry is skipped, not removed). */
export async function loadAttempts(scenarioId: string): Promise<Attempt[]> {
  return validAttempts(storedAttempts(await attemptsItem.getValue(), scenarioId));
}

export async function recordAttempt(scenarioId: string, attempt: Attempt): Promise<Attempt[]> {
  const all = await attemptsItem.getValue();
  const list = [...storedAttempts(all, scenarioId), attempt].slice(-MAX_ATTEMPTS);
  // Storage that is not a map of lists cannot be added to without losing it: the attempt is then shown, not kept.
  if (all && typeof all === 'object' && !Array.isArray(all))
    await attemptsItem.setValue({ ...all, [scenarioId]: list });
  return validAttempts(list);
}

function storedAttempts(all: unknown, scenarioId: string): unknown[] {
  const list = all && typeof all === 'object' ? (all as Record<string, unknown>)[scenarioId] : undefined;
  return Array.isArray(list) ? list : [];
}

function validAttempts(list: readonly unknown[]): Attempt[] {
  return list.flatMap((a) => {
    const r = Attempt.safeParse(a);
    return r.success ? [r.data] : [];
  });
}
