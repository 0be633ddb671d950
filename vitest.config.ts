import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Two files at a time on these 2-core machines (Vitest's default is one fewer than the cores): while cli.test.ts
    // waits on the tone-coach processes it spawns, another file runs. Measured: 225 s with one, 165 s with two.
    maxWorkers: 2,
    // A guard against a hang, not a speed check: a CLI test that spawns a dozen processes takes 17 s on a quiet
    // machine with two files running.
    testTimeout: 60_000,
  },
});
