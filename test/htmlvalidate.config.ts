import { defineConfig } from 'html-validate';

/**
 * html-validate's configuration for the built pages (test/dist/html-valid.test.ts). Every rule of the
 * recommended preset applies; each change below says why in one line.
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Titles name the page and then the site, in full; 70 characters is a search-snippet heuristic, not validity.
    'long-title': 'off',
    // A focusable <div role="region"> around a wide table is the WAI pattern for a keyboard-scrollable box, not a document section.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});
