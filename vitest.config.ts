import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests that need a built extension (and Chromium) or the store packages; everything else is a unit test. */
const E2E = ['test/e2e/**/*.test.ts'];
const PACKAGE = ['test/package.test.ts'];

// Three projects: `vitest run --project unit|e2e|package` runs one (npm run test:unit|e2e|package), `vitest run`
// runs all three in one process (npm test). Only the e2e project has the global setup that builds the test-mode
// extension, and Vitest runs a project's global setup only when that project has tests to run, so the unit tests
// never build anything. In `vitest run` the unit tests run first (groupOrder 0), then the e2e and packaging tests
// (groupOrder 1) one file at a time, so Chromium and `wxt zip` never compete with the fuzz tests for the CPU (the
// fuzz tests have per-input time bounds, the e2e tests a responsiveness bound).
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
          exclude: [...E2E, ...PACKAGE],
          // Workers: Vitest's default, one fewer than the cores (one on a 2-core machine). Two workers on 2 cores save
          // ~10 s on an idle machine but, under load, push fuzz.test.ts's grid property past its 30 s timeout.
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          // `wxt zip` (production Chrome and Firefox builds) and web-ext lint, in the file's beforeAll.
          include: PACKAGE,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
