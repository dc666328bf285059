import { describe, expect, it } from 'vitest';
import { barePinpoints } from '../../src/corpus/attribution';
import { all, attr, byId, first, isElement, listPages, loadPage, type Element, type Node } from '../helpers/html';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir, distRoot } from '../helpers/paths';

/** The text of a node without the links, quotations and code inside it: what our own words say in plain text. */
function plainText(node: Node): string {
  if (!isElement(node)) return 'value' in node ? String(node.value) : '';
  if (['a', 'q', 'blockquote', 'code', 'cite'].includes(node.tagName)) return ' ';
  return node.childNodes.map(plainText).join('');
}

const pages = listPages(distRoot);

// DESIGN.md, "Provenance": a pinpoint in our words is a link to the paragraph it relies on, never plain text.
describe('pinpoints in our words on the built site', () => {
  const ourWords: { page: string; el: Element }[] = pages.flatMap((page) => {
    const root = loadPage(distRoot, page);
    const analysis = first(root, byId('analysis'));
    return [
      ...all(root, (el) => attr(el, 'data-our-words') !== undefined),
      ...(analysis ? all(analysis, (el) => el.tagName === 'p') : []),
    ].map((el) => ({ page, el }));
  });

  it('finds our words on the article, finding, standard, source and timeline pages', () => {
    const where = new Set(ourWords.map(({ page }) => page.split('/')[0]));
    for (const kind of ['criminal-code', 'findings', 'standards', 'sources', 'timeline']) expect(where).toContain(kind);
  });

  it('leaves no paragraph or footnote number as plain text', () => {
    const bare = ourWords.flatMap(({ page, el }) =>
      barePinpoints(plainText(el)).map((b) => `${page}: "${b.found}" in “${plainText(el).slice(0, 80)}…”`),
    );
    expect(bare).toEqual([]);
  });

  it('links every pinpoint to a paragraph of a source page or to a standard, the paragraph ones with the source’s words', () => {
    const links = ourWords.flatMap(({ el }) => all(el, (a) => a.tagName === 'a' && (attr(a, 'class') ?? '').includes('pinpoint-ref')));
    expect(links.length).toBeGreaterThan(200);
    for (const a of links) {
      const href = attr(a, 'href') ?? '';
      expect(href).toMatch(/^\/(sources\/[a-z0-9-]+\/(#para-\d+)?|standards\/[a-z0-9-]+\/)$/);
      if (href.startsWith('/sources/')) expect(attr(a, 'title'), href).toMatch(/^“.+”$/s);
    }
  });
});

// Issue 20: every numbered paragraph of a held UN document is either cited by the site or listed, with a reason,
// as not used; the build fails otherwise (src/lib/pages/source.ts, unit cases in test/unit/coverage.test.ts).
// Here: each paragraph the source entry lists as not used says so on its page, with the reason.
describe('every paragraph of the held UN documents accounted for', () => {
  for (const id of ['sr-2019-preliminary-findings', 'al-kaz-1-2022', 'ohchr-press-release-2022-01-11', 'a-hrc-43-46-add-1']) {
    it(`${id}: each paragraph listed as not used says so, with the reason`, () => {
      const listed = (parse(readFileSync(path.join(contentDir, 'sources', `${id}.yaml`), 'utf8')) as { notUsed?: { paragraphs: number[] }[] }).notUsed ?? [];
      const page = loadPage(distRoot, `sources/${id}/`);
      const notUsed = all(page, (el) => (attr(el, 'class') ?? '').split(' ').includes('not-used'));
      expect(notUsed.map((p) => attr(p, 'id')).sort()).toEqual(listed.flatMap((g) => g.paragraphs.map((n) => `para-${n}`)).sort());
      for (const p of notUsed) expect(plainText(p)).toMatch(/Not used by this site: \S/);
    });
  }
});
