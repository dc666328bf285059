import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export interface AstroRun {
  status: number | null;
  output: string;
}

/** Runs the project's own astro CLI on the Node that runs the tests (Node 24 from the devDependency). */
export function runAstro(args: string[], env: Record<string, string> = {}): AstroRun {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Astro colours its output; the assertions read plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}
