import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../helpers/paths';

// A file name is an entry's id and part of a permanent address, so it must already be in its final form.
describe('content file names', () => {
  for (const [collection, exts] of [['articles', ['md', 'mdx']], ['findings', ['yaml']], ['standards', ['yaml']], ['sources', ['yaml', 'txt']]] as const) {
    it(`${collection}: lowercase slugs with the expected extension`, () => {
      const files = readdirSync(path.join(contentDir, collection));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file, `${collection}/${file}`).toMatch(new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\.(${exts.join('|')})$`));
      }
    });
  }

  it('every stored source text belongs to a source entry', () => {
    const files = readdirSync(path.join(contentDir, 'sources'));
    for (const txt of files.filter((f) => f.endsWith('.txt'))) {
      expect(files, txt).toContain(txt.replace(/\.txt$/, '.yaml'));
    }
  });
});
