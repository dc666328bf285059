// What an article page puts first and what it leaves off: the version banner before the statute (worded by
// lib/version from the entry's own version statement), one "Cite this page" block, each pinpoint's "Cite"
// leading to the citation page, and no script that holds up the first render. Also the article index's
// status line and the source pages' lean paragraphs.
import { describe, expect, it } from 'vitest';
import { versionOf } from '../../src/lib/version';
import { readArticleData, readArticles } from '../helpers/corpus';
import { all, attr, byClass, byId, first, listPages, loadPage, text, type Element } from '../helpers/html';
import { distRoot } from '../helpers/paths';

type Data = Parameters<typeof versionOf>[0]['data'];
type Version = NonNullable<Data['statute']>['version'];
/** An article's front matter with the schema's default for later versions (none) filled in. */
function dataOf(number: string): Data {
  const data = readArticleData<Data>(number);
  if (data.statute) data.statute.version = { ...data.statute.version, later: (data.statute.version as Partial<Version>).later ?? [] };
  return data;
}
const articles = readArticles();
const pages = listPages(distRoot);

/** Elements in document order, so "a comes before b" can be asserted. */
function order(root: Element): Element[] {
  return all(root, () => true);
}

describe('the version banner', () => {
  it.each(articles.map((a) => a.number))('Article %s: is the first thing after the title, before the statute, and says what the version statement says', (number) => {
    const doc = loadPage(distRoot, `criminal-code/${number}/`);
    const banner = first(doc, byClass('version-banner'));
    expect(banner).toBeDefined();
    const sequence = order(doc);
    const statute = first(doc, byId('text'))!;
    const h1 = first(doc, (el) => el.tagName === 'h1')!;
    expect(sequence.indexOf(banner!)).toBeGreaterThan(sequence.indexOf(h1));
    expect(sequence.indexOf(banner!)).toBeLessThan(sequence.indexOf(statute));

    const version = versionOf({ data: dataOf(number) });
    const said = text(banner!).replace(/\s+/g, ' ');
    if (!version) {
      expect(said).toContain('holds no source text');
      return;
    }
    for (const line of [version.shown, version.coverage, ...version.laterLines]) expect(said).toContain(line);
    // Dates come from the data: the last amending law, and every later one.
    const data = dataOf(number).statute!.version;
    const last = data.amendedBy.at(-1);
    // The banner names the amending law itself (its date is not the day the text changed).
    if (last) expect(said).toContain(`Text as amended by the Law of ${last.date.split('-').reverse().join('.')} No. ${last.number} (in force `);
    // It links to the full statement and to every later version, each of which exists on the page.
    const links = all(banner!, (el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? '');
    expect(links).toEqual(['#version', ...data.later.map((l) => `#version-${l.law.date}`)]);
    for (const href of links) expect(first(doc, byId(href.slice(1))), href).toBeDefined();
  });

  it('the article index gives each article the same one-line status', () => {
    const index = loadPage(distRoot, 'criminal-code/');
    const lines = all(index, byClass('version-status')).map((el) => text(el).replace(/\s+/g, ' ').trim());
    expect(lines).toHaveLength(articles.length);
    for (const a of articles) {
      const status = versionOf({ data: dataOf(a.number) })?.status ?? 'No text of the article is held';
      expect(lines.some((l) => l.startsWith(status)), `Article ${a.number}: ${status}`).toBe(true);
    }
  });
});

describe('citations on an article page', () => {
  it.each(articles.map((a) => a.number))('Article %s: one "Cite this page" block, and per pinpoint a ¶ link and a "Cite" link, no citations', (number) => {
    const doc = loadPage(distRoot, `criminal-code/${number}/`);
    const box = all(doc, byClass('cite-box'));
    expect(box).toHaveLength(1);
    expect(all(doc, byClass('citations')).length).toBe(all(box[0]!, byClass('citations')).length);
    const cites = all(doc, byClass('pin-cite'));
    // A withdrawn passage keeps its ¶ address but has nothing left to cite.
    const withdrawn = all(doc, byClass('withdrawn')).flatMap((w) => all(w, byClass('pinpoint')));
    expect(cites.length).toBe(all(doc, byClass('pinpoint')).length - withdrawn.length);
    const citePage = loadPage(distRoot, `criminal-code/${number}/cite/`);
    for (const a of cites) {
      const [path, id] = (attr(a, 'href') ?? '').split('#');
      expect(path).toBe(`/criminal-code/${number}/cite/`);
      const target = first(citePage, byId(id!));
      expect(target, id).toBeDefined();
      expect(all(target!, byClass('citation')).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('the citation pages exist for every entry kind with pinpoints, and only for those', () => {
    // The site-wide guides (/cite/, /ru/cite/) are not citation pages of an entry.
    const citePages = pages.filter((p) => p.endsWith('/cite/') && !/^(ru\/)?cite\/$/.test(p));
    const sourcesWithText = pages.filter((p) => /^sources\/[^/]+\/$/.test(p) && first(loadPage(distRoot, p), byClass('source-para')));
    const english = [...articles.map((a) => `criminal-code/${a.number}/cite/`), ...sourcesWithText.map((p) => `${p}cite/`)];
    // Each in both languages, at the same path.
    expect(new Set(citePages)).toEqual(new Set([...english, ...english.map((p) => `ru/${p}`)]));
  });
});

describe('page weight', () => {
  it('no page holds up its first render with a script, and print rules are in a print-only stylesheet', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const doc = loadPage(distRoot, page);
      for (const s of all(doc, (el) => el.tagName === 'script' && attr(el, 'src') !== undefined)) {
        if (attr(s, 'type') !== 'module' && attr(s, 'defer') === undefined && attr(s, 'async') === undefined) problems.push(`${page}: ${attr(s, 'src')} blocks rendering`);
      }
      const sheets = all(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
      if (sheets.length > 0 && !sheets.some((l) => attr(l, 'media') === 'print')) problems.push(`${page}: no print stylesheet`);
    }
    expect(problems).toEqual([]);
  });

  it('a source paragraph nobody quotes is one element with its number link: no more markup than the ¶ link needs', () => {
    const doc = loadPage(distRoot, 'sources/al-kaz-1-2022/');
    // Paragraphs the site does not use carry their reason (test/dist/attribution.test.ts); the rest are plain.
    const plain = all(doc, (el) => (attr(el, 'class') ?? '').split(' ').includes('source-para') && !/quoted|not-used/.test(attr(el, 'class') ?? ''));
    expect(plain.length).toBeGreaterThan(10);
    for (const p of plain) {
      expect(p.tagName).toBe('p');
      const children = p.childNodes.filter((n): n is Element => 'tagName' in n);
      expect(children.map((c) => `${c.tagName}.${attr(c, 'class') ?? ''}`).filter((c) => c !== 'mark.')).toEqual(['a.para-number']);
      expect(Object.keys(Object.fromEntries(p.attrs.map((a) => [a.name, a.value]))).sort()).toEqual(['class', 'data-pagefind-title', 'id']);
    }
  });
});

describe('the gap matrix stays one page for the real corpus', () => {
  it('has no part pages, and the home page lists every reviewed article', () => {
    expect(pages.filter((p) => /^matrix\/.+\//.test(p))).toEqual([]);
    const reviewed = articles.filter((a) => a.role === 'reviewed');
    const home = loadPage(distRoot, '');
    const cards = all(first(home, byId('articles-heading'))!.parentNode as Element, byClass('card'));
    expect(cards).toHaveLength(reviewed.length);
  });
});
