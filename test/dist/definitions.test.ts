import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { all, attr, byId, first, loadPage, paragraphTexts } from '../helpers/html';
import { contentDir, distRoot } from '../helpers/paths';

const definitions = parseYaml(readFileSync(path.join(contentDir, 'definitions.yaml'), 'utf8')) as { id: string; ru: string; articles: string[] }[];

describe('statutory definitions', () => {
  const page = loadPage(distRoot, 'definitions/');

  it('shows each definition’s Russian as a quotation, paragraph for paragraph', () => {
    for (const d of definitions) {
      const section = first(page, byId(`def-${d.id}`));
      expect(section, d.id).toBeDefined();
      const quote = first(section!, (el) => el.tagName === 'blockquote' && attr(el, 'lang') === 'ru');
      expect(paragraphTexts(quote!)).toEqual(d.ru.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()));
    }
  });

  it('every article that depends on a definition links to it', () => {
    for (const d of definitions) {
      for (const n of d.articles) {
        const links = all(loadPage(distRoot, `criminal-code/${n}/`), (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
        expect(links, `Article ${n} → ${d.id}`).toContain(`/definitions/#def-${d.id}`);
      }
    }
  });
});
