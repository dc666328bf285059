import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAstro, type AstroRun } from './astro.ts';
import { contentDir, tmpDir } from './paths.ts';

/** Copies the real content to a scratch folder named `name` and lets the test break it; returns the copy's path. */
export function brokenContentCopy(name: string, breakIt: (dir: string) => void): string {
  const dir = path.join(tmpDir, 'fixtures', name, 'content');
  rmSync(path.dirname(dir), { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(contentDir, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

/**
 * Runs `astro sync` on a broken copy of the content (KZ_CONTENT_DIR), which loads and validates every entry
 * the way the build does.
 */
export function syncBrokenContent(name: string, breakIt: (dir: string) => void): AstroRun {
  return runAstro(['sync'], { KZ_CONTENT_DIR: brokenContentCopy(name, breakIt) });
}

/** Replaces exactly one occurrence of `from` in a file; fails loudly if the fixture no longer fits the content. */
export function replaceOnce(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const count =
    typeof from === 'string'
      ? before.split(from).length - 1
      : (before.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count < 1) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  writeFileSync(file, before.replace(from, to));
}
