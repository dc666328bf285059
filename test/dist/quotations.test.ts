import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsVerbatim } from '../../src/corpus/verbatim';
import { all, listPages, loadPage, text } from '../helpers/html';
import { contentDir, distRoot } from '../helpers/paths';

/** Every text the site may quote: stored UN documents and the reference texts (statutes, treaties). */
function storedTexts(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(e.name)) files.push(full);
    }
  };
  walk(path.join(contentDir, 'sources'));
  walk(path.join(contentDir, 'reference'));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
}

describe('quotations', () => {
  const stored = storedTexts();

  it('every <blockquote> and <q> on every page holds words found verbatim in a stored source text', () => {
    const notVerbatim: string[] = [];
    let count = 0;
    for (const page of listPages(distRoot)) {
      for (const q of all(loadPage(distRoot, page), (el) => el.tagName === 'blockquote' || el.tagName === 'q')) {
        count++;
        const paras = all(q, (el) => el.tagName === 'p').map(text);
        for (const p of paras.length > 0 ? paras : [text(q)]) {
          if (!containsVerbatim(stored, p)) notVerbatim.push(`${page}: ${p.slice(0, 80)}…`);
        }
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(notVerbatim).toEqual([]);
  });
});
