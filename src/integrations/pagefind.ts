import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the Pagefind index inside `astro build`, after the pages are written.
 * Index errors fail the build (a site whose search silently misses pages is worse than no build),
 * and the Pagefind service is always closed so the build process can exit.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'kz/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pf = await import('pagefind');
        try {
          // PAGEFIND_PLAYGROUND=1 npm run build writes /pagefind/playground/ for tuning the ranking by hand;
          // it is never part of a normal build.
          const { index, errors: createErrors } = await pf.createIndex({
            writePlayground: process.env.PAGEFIND_PLAYGROUND === '1',
          });
          assertNoErrors('createIndex', createErrors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          assertNoErrors('addDirectory', added.errors);
          const outputPath = fileURLToPath(new URL('./pagefind/', dir));
          const written = await index.writeFiles({ outputPath });
          assertNoErrors('writeFiles', written.errors);
          // The search page drives pagefind.js itself and highlights with its own script: Pagefind's ready-made
          // interfaces would ship unused (some 300 KB) in every copy and mirror. The playground needs them.
          if (process.env.PAGEFIND_PLAYGROUND !== '1') {
            for (const file of readdirSync(outputPath)) {
              if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(file))
                rmSync(path.join(outputPath, file));
            }
          }
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pf.close();
        }
      },
    },
  };
}

function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}
