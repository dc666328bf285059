import { rmSync, writeFileSync } from 'node:fs';
import { runAstro } from './astro.ts';
import { buildLog, canonicalOrigin, distMirror, distRoot, mirrorBase, previewOrigin } from './paths.ts';

/**
 * Builds the site the way readers get it: once at the root with its public address set, as a deployer
 * publishes it, and once under a sub-path without one, as `npm start` previews it on a fresh clone.
 */
export default function setup(): void {
  // For a quick run of unit tests only: KZ_SKIP_BUILD=1 npm test -- test/unit
  if (process.env.KZ_SKIP_BUILD === '1') return;
  for (const [outDir, base, origin] of [
    [distRoot, '/', canonicalOrigin],
    [distMirror, mirrorBase, previewOrigin],
  ] as const) {
    rmSync(outDir, { recursive: true, force: true });
    const run = runAstro(['build'], { SITE_OUT_DIR: outDir, SITE_BASE: base, SITE_URL: origin });
    writeFileSync(buildLog(outDir), run.output);
    if (run.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${run.output}`);
  }
}
