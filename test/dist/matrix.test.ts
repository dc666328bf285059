import { describe, expect, it } from 'vitest';
import { concernLabels } from '../../src/lib/labels';
import { idsOf as entryIds, readArticles, readYaml } from '../helpers/corpus';
import { all, attr, byId, byTag, first, idsOf, loadPage, text, type Element } from '../helpers/html';
import { distRoot } from '../helpers/paths';

const reviewed = readArticles().filter((a) => a.role === 'reviewed');

/** The table captioned by `captionId`, read as a reader sees it: column headers, row headers and cells. */
function readTable(page: string, captionId: string) {
  const caption = first(loadPage(distRoot, page), byId(captionId));
  expect(caption, `#${captionId} on ${page}`).toBeDefined();
  const table = (caption as Element & { parentNode: Element }).parentNode;
  expect(table.tagName).toBe('table');
  const [head, ...body] = all(table, byTag('tr'));
  const columns = all(head!, byTag('th')).map((th) => ({ text: text(th), href: attr(first(th, byTag('a')) ?? th, 'href') }));
  const rows = body.map((tr) => {
    const th = first(tr, byTag('th'))!;
    return { header: th, href: attr(first(th, byTag('a'))!, 'href'), cells: all(tr, byTag('td')) };
  });
  return { columns, rows };
}

const findingsCount = (ids: string[] | undefined) => new Set(ids ?? []).size;

// The basis of each finding's links, read from the content: a gap→finding link is "named" only when the
// finding's paragraph names both the article and the standard.
type Link = { id: string; basis: 'named' | 'analysis' };
const findingLinks = new Map(entryIds('findings').map((id) => [id, readYaml<{ articles: Link[]; standards: Link[] }>('findings', `${id}.yaml`)]));
const namesBoth = (finding: string, article: string, standard: string) => {
  const f = findingLinks.get(finding);
  return f?.articles.some((l) => String(l.id) === article && l.basis === 'named') === true && f.standards.some((l) => l.id === standard && l.basis === 'named');
};
const namedCount = (article: string, gaps: { standard: string; findings?: string[] }[]) =>
  new Set(gaps.flatMap((g) => (g.findings ?? []).filter((f) => namesBoth(f, article, g.standard)))).size;
const countText = /: (\d+) findings? cited in support, (\d+) named in the source(?: ?cannot justify)?$/;
const expectedShade = (n: number) => (n >= 3 ? 3 : n);

describe.each([
  ['the gap matrix', 'matrix/', 'by-standard-caption'],
  ['the home page', '', 'glance-caption'],
])('articles × standards on %s', (_name, page, captionId) => {
  const { columns, rows } = readTable(page, captionId);

  it('has one row per reviewed article, in order, and no related article', () => {
    expect(rows.map((r) => r.href)).toEqual(reviewed.map((a) => `/criminal-code/${a.number}/`));
    for (const r of rows) expect(attr(r.header, 'scope')).toBe('row');
  });

  it('has a column for each standard some reviewed article falls short of, and no other', () => {
    const expected = new Set(reviewed.flatMap((a) => (a.gaps ?? []).map((g) => `/standards/${g.standard}/`)));
    expect(new Set(columns.map((c) => c.href))).toEqual(expected);
    expect(columns).toHaveLength(expected.size);
  });

  it('has exactly the gaps the article entries declare, each linking to its explanation and counting its findings', () => {
    const shown = new Map<string, { href?: string; count: string; named: string; ceiling: boolean; shade?: string }>();
    rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const link = first(cell, byTag('a'));
        if (!link) {
          expect(text(cell), `empty cell ${row.href} × ${columns[c]?.href}`).toMatch(/no gap recorded/);
          return;
        }
        const number = reviewed[r]!.number;
        const standard = columns[c]!.href!.split('/')[2]!;
        const [, count = '', named = ''] = countText.exec(text(link)) ?? [];
        const ceiling = text(link).includes('(cannot justify the article: a duty to prohibit that the article reaches beyond):');
        shown.set(`${number} ${standard}`, { href: attr(link, 'href'), count, named, ceiling, shade: attr(cell, 'class') });
      });
    });
    const expected = new Map(
      reviewed.flatMap((a) =>
        (a.gaps ?? []).map((g) => {
          const n = findingsCount(g.findings);
          return [
            `${a.number} ${g.standard}`,
            {
              href: `/criminal-code/${a.number}/#standard-${g.standard}`,
              count: String(n),
              named: String(namedCount(a.number, [g])),
              ceiling: g.role === 'cannot-justify',
              shade: expect.stringContaining(`shade-${expectedShade(n)}`),
            },
          ];
        }),
      ),
    );
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
  });

  it('says each count in words, not by shading alone', () => {
    for (const row of rows) {
      for (const link of row.cells.map((c) => first(c, byTag('a'))).filter((a): a is Element => a !== undefined)) {
        expect(text(link)).toMatch(/^Article \d+, .+: \d+ findings? cited in support, \d+ named in the source(?: ?cannot justify)?$/);
      }
    }
  });
});

describe('articles × concerns on the gap matrix', () => {
  const { columns, rows } = readTable('matrix/', 'by-concern-caption');

  it('has a column for every concern of the taxonomy', () => {
    expect(columns.map((c) => c.text)).toEqual(Object.values(concernLabels));
  });

  it('lists under each concern the gaps the article declares with that concern', () => {
    const keys = Object.keys(concernLabels);
    rows.forEach((row, r) => {
      const article = reviewed[r]!;
      row.cells.forEach((cell, c) => {
        const concern = keys[c]!;
        const gaps = (article.gaps ?? []).filter((g) => g.concerns.includes(concern));
        const hrefs = all(cell, byTag('a')).map((a) => attr(a, 'href'));
        expect(hrefs, `Article ${article.number} × ${concern}`).toEqual(gaps.map((g) => `/criminal-code/${article.number}/#standard-${g.standard}`));
        if (gaps.length > 0) {
          const n = findingsCount(gaps.flatMap((g) => g.findings ?? []));
          expect(text(cell)).toMatch(new RegExp(`\\b${n} findings? cited in support, ${namedCount(article.number, gaps)} named in the source$`));
          expect(attr(cell, 'class')).toContain(`shade-${expectedShade(n)}`);
        }
      });
    });
  });
});

describe('matrix links', () => {
  it('every cell points at a gap explanation that exists on the article page', () => {
    const links = all(loadPage(distRoot, 'matrix/'), (el) => el.tagName === 'a' && /^\/criminal-code\/[^/]+\/#standard-/.test(attr(el, 'href') ?? ''));
    expect(links.length).toBeGreaterThan(20);
    for (const a of links) {
      const [page, id] = (attr(a, 'href') ?? '').slice(1).split('#');
      expect(idsOf(loadPage(distRoot, page!)).has(id!), attr(a, 'href')).toBe(true);
    }
  });
});
