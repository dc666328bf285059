import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests that run Astro themselves (`astro sync`, `astro check`, a build of a content copy) write the project's
// .astro/ folder and Astro's cache, so they run one file at a time; every other test only reads the built site,
// and those files run side by side with them and with each other.
const runsAstro = ['test/content/**/*.test.ts', 'test/dist/publishing.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    // Builds the site twice (root and /mirror/) before any test; built-site tests read those copies.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'site', include: ['test/**/*.test.ts'], exclude: runsAstro } },
      { extends: true, test: { name: 'astro', include: runsAstro, fileParallelism: false } },
    ],
  },
});
