import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths';

// Data flows one way: content → corpus → schemas → loaders → pages → components (README "Where things are").
// These checks read the import lines of src/, so a shortcut across the layers fails here, naming the file.

function filesUnder(folder: string): string[] {
  const dir = path.join(projectRoot, 'src', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => path.join('src', folder, f));
}

/** The modules a file imports, as written. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(projectRoot, file), 'utf8');
  return [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

/** "file imports x" for every import of the files under `folder` that `forbidden` matches. */
function breaches(folder: string, forbidden: (specifier: string) => boolean): string[] {
  return filesUnder(folder).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((s) => `${file} imports ${s}`),
  );
}

describe('layers', () => {
  it('the corpus imports nothing of ours outside itself, and nothing from Astro', () => {
    expect(breaches('corpus', (s) => s.startsWith('../') || s.startsWith('astro'))).toEqual([]);
  });

  it('schemas import nothing from src/lib/', () => {
    expect(breaches('schemas', (s) => /(^|\/)lib\//.test(s))).toEqual([]);
  });

  it('pages and components read no file and call no content API: their loaders do', () => {
    const io = (s: string) => s === 'astro:content' || s.startsWith('node:fs');
    expect([...breaches('pages', io), ...breaches('components', io), ...breaches('layouts', io)]).toEqual([]);
    const calls = [...filesUnder('pages'), ...filesUnder('components'), ...filesUnder('layouts')].filter((f) =>
      /\b(getCollection|getEntry|readFileSync|readReferenceText|readSourceText)\(/.test(
        readFileSync(path.join(projectRoot, f), 'utf8'),
      ),
    );
    expect(calls).toEqual([]);
  });
});
