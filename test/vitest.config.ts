import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds the site twice (root and /mirror/) before any test; built-site tests read those copies.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Content fixture tests run `astro sync` in this project; one file at a time keeps .astro/ consistent.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
