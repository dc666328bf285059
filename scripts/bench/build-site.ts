// Builds the site into SITE_OUT_DIR from KZ_CONTENT_DIR (both read by astro.config.mjs and src/lib), with a
// cache folder of its own (argv[2]), so benchmark builds neither read nor replace the cache of normal builds.
import { build } from 'astro';
import { fileURLToPath } from 'node:url';

const cacheDir = process.argv[2];
if (!cacheDir) throw new Error('usage: node scripts/bench/build-site.ts <cache folder>');
await build({ root: fileURLToPath(new URL('../..', import.meta.url)), cacheDir, logLevel: 'error' });
