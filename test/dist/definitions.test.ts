import { describe, expect, it } from 'vitest';
import { all, attr, byId, first, loadPage, paragraphTexts } from '../helpers/html';
import { readYaml } from '../helpers/corpus';
import { distRoot } from '../helpers/paths';

const definitions = readYaml<{ id: string; ru: string; articles: string[] }[]>('definitions.yaml');

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
