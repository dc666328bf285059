import { rmSync } from 'node:fs';
import { runAstro } from './astro.ts';
import { distMirror, distRoot, mirrorBase } from './paths.ts';

/** Builds the site the way readers get it: once at the root, once under a sub-path as a mirror would. */
export default function setup(): void {
  // For a quick run of unit tests only: KZ_SKIP_BUILD=1 npm test -- test/unit
  if (process.env.KZ_SKIP_BUILD === '1') return;
  for (const [outDir, base] of [[distRoot, '/'], [distMirror, mirrorBase]] as const) {
    rmSync(outDir, { recursive: true, force: true });
    const run = runAstro(['build'], { SITE_OUT_DIR: outDir, SITE_BASE: base });
    if (run.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${run.output}`);
  }
}
