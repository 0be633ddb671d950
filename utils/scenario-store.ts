// The trainer's own scenarios and practice attempts, in extension storage (local to this browser). Versioned WXT
// items: a later format migrates what is stored. Scenarios are validated before they are written.
import { storage } from 'wxt/utils/storage';
import { Scenario } from './scenario';

/** The trainer's own scenarios, in their order (the built-in ones are not stored). */
export const ownScenariosItem = storage.defineItem<Scenario[]>('local:trainerScenarios', { fallback: [], version: 1 });

export interface Attempt {
  /** Date.now() when the attempt was compared. */
  at: number;
  score: number;
  findings: number;
  /** The practice reply itself (a practice answer to a made-up customer, never a real draft). */
  text: string;
}

/** At most this many attempts per scenario (the oldest go first). */
export const MAX_ATTEMPTS = 20;

/** Practice attempts: scenario id -> attempts, oldest first. */
export const attemptsItem = storage.defineItem<Record<string, Attempt[]>>('local:trainerAttempts', {
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

export async function recordAttempt(scenarioId: string, attempt: Attempt): Promise<Attempt[]> {
  const all = await attemptsItem.getValue();
  const list = [...(all[scenarioId] ?? []), attempt].slice(-MAX_ATTEMPTS);
  await attemptsItem.setValue({ ...all, [scenarioId]: list });
  return list;
}
