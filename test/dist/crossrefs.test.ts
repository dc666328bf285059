import { describe, expect, it } from 'vitest';
import { all, attr, byId, first, loadPage, text } from '../helpers/html';
import { readEntries } from '../helpers/corpus';
import { distRoot } from '../helpers/paths';

interface ArticleFront {
  number: string;
  findings?: string[];
  gaps?: { standard: string; findings?: string[] }[];
}

const articles = () => readEntries<ArticleFront>('articles');

function hrefs(page: string): string[] {
  return all(loadPage(distRoot, page), (el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? '');
}

describe('cross-references between articles, findings and standards', () => {
  for (const article of articles()) {
    const page = `criminal-code/${article.number}/`;

    it(`Article ${article.number} shows and links each of its findings, and each finding links back`, () => {
      const doc = loadPage(distRoot, page);
      for (const id of article.findings ?? []) {
        const section = first(doc, byId(`finding-${id}`));
        expect(section, `#finding-${id}`).toBeDefined();
        expect(hrefs(page)).toContain(`/findings/${id}/`);
        expect(hrefs(`findings/${id}/`)).toContain(`/criminal-code/${article.number}/#finding-${id}`);
      }
    });

    it(`Article ${article.number} explains each gap and the standard’s page links back`, () => {
      const doc = loadPage(distRoot, page);
      for (const gap of article.gaps ?? []) {
        const section = first(doc, byId(`standard-${gap.standard}`));
        expect(section, `#standard-${gap.standard}`).toBeDefined();
        expect(text(section!)).toMatch(/our analysis/i);
        expect(hrefs(page)).toContain(`/standards/${gap.standard}/`);
        expect(hrefs(`standards/${gap.standard}/`)).toContain(`/criminal-code/${article.number}/#standard-${gap.standard}`);
        for (const f of gap.findings ?? []) expect(all(section!, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`#finding-${f}`);
      }
    });

    it(`Article ${article.number} has its section pinpoints`, () => {
      const doc = loadPage(distRoot, page);
      for (const id of ['text', 'findings', 'standards', 'applications', 'recommendations', 'history']) {
        expect(first(doc, byId(id)), `#${id}`).toBeDefined();
      }
    });
  }

  it('source pages mark the paragraphs that findings quote', () => {
    const findings = readEntries<{ source: string; paragraph: number }>('findings');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const file = `${finding.id}.yaml`;
      const para = first(loadPage(distRoot, `sources/${finding.source}/`), byId(`para-${finding.paragraph}`));
      expect(para, `${file}: para-${finding.paragraph}`).toBeDefined();
      expect(all(para!, (el) => el.tagName === 'mark').length, `${file}: no <mark> in para ${finding.paragraph}`).toBeGreaterThan(0);
      expect(all(para!, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`/findings/${file.replace(/\.yaml$/, '')}/`);
    }
  });
});
