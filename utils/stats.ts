// The trainer's counts in extension storage: the counters (their format and every function on them are in
// stats-core.ts, re-exported here) and the switch that turns counting off.
import { storage } from 'wxt/utils/storage';
import type { Counters } from './stats-core';

export * from './stats-core';

/** The counts (the format is in stats-core.ts). Versioned: a later format migrates what is stored. */
export const statsItem = storage.defineItem<Counters>('local:stats', { fallback: {}, version: 1 });

/** The agent's switch (the manager's settings); the policy key `countStats` can switch counting off for everyone. */
export const countStatsItem = storage.defineItem<boolean>('local:countStats', { fallback: true, version: 1 });
