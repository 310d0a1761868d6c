import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds the extension (test mode) once for the end-to-end tests in test/e2e.
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
