import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests that need a built extension (and Chromium) or the store packages; everything else is a unit test. */
const E2E = ['test/e2e/**/*.test.ts'];
const PACKAGE = ['test/package.test.ts'];
/** Thousands of generated inputs: in `npm test` and `npm run fuzz`, not in the quick unit loop. */
const FUZZ = ['test/core/fuzz.test.ts'];

// Four projects: `vitest run --project unit|fuzz|e2e|package` runs one (npm run test:unit, fuzz, test:e2e,
// test:package); `vitest run` runs them all in one process (npm test). Only the e2e project has the global setup that
// builds the test-mode extension, and Vitest runs a project's global setup only when that project has tests to run,
// so the unit tests never build anything. In `vitest run` the unit tests run first (groupOrder 0, two workers), then
// the fuzz tests alone (1), then the e2e and packaging tests one file at a time (2). No test asserts a duration (the
// bench measures): the order only keeps each group's browsers and workers off the others' two cores.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // By exclusion, so new folders (test/rules, test/extension, …) are unit tests without touching this file.
          include: ['test/**/*.test.ts'],
          exclude: [...E2E, ...PACKAGE, ...FUZZ],
          // Two workers on two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          include: FUZZ,
          // Alone, after the unit tests: thousands of inputs, on one worker.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          // Builds .output/chrome-mv3-test once before the end-to-end tests load it.
          globalSetup: ['test/e2e/global-setup.ts'],
          maxWorkers: 1,
          // expect.poll waits for the browsers' state: a timeout that only fails, long enough for a busy machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          // `wxt zip` (production Chrome and Firefox builds) and web-ext lint, in the file's beforeAll.
          include: PACKAGE,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
