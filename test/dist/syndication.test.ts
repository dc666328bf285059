import { existsSync, readFileSync } from 'node:fs';
import { withoutAttributionMarkup } from '../../src/corpus/attribution';
import { firstSentence } from '../../src/lib/version';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsOf, readArticles } from '../helpers/corpus';
import { all, attr, byTag, first, listPages, loadPage, text } from '../helpers/html';
import { parse } from 'yaml';
import { contentDir, distMirror, distRoot, mirrorBase, originOf } from '../helpers/paths';
import { childText, childrenNamed, parseXml } from '../helpers/xml';

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The built file an absolute address on this site names, or null when it is not one of the site's own. */
function builtFile(dist: string, base: string, address: string): string | null {
  const url = new URL(address);
  if (url.origin !== originOf(dist) || !url.pathname.startsWith(base)) return null;
  const rel = url.pathname.slice(base.length);
  const file = path.join(dist, rel === '' || rel.endsWith('/') ? path.join(rel, 'index.html') : rel);
  return existsSync(file) ? file : null;
}

/** What the content declares as changes, counted independently: history lines and review dates. */
function expectedChangeCount(): number {
  const articles = readArticles();
  const reviewOnly = articles.filter((a) => !a.history.some((h) => h.date >= a.lastReviewed)).length;
  // Events after the Special Rapporteur's visit (17 May 2019) are announced too.
  const later = (parse(readFileSync(path.join(contentDir, 'timeline.yaml'), 'utf8')) as { date: string | Date }[]).filter(
    (e) => String(e.date instanceof Date ? e.date.toISOString().slice(0, 10) : e.date) > '2019-05-17',
  ).length;
  return articles.reduce((n, a) => n + a.history.length, 0) + reviewOnly + idsOf('findings').length + idsOf('standards').length + later;
}

describe.each([
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
])('feed, sitemap and robots.txt: %s', (_name, dist, base) => {
  const origin = originOf(dist);
  describe('feed.xml', () => {
    const feed = parseXml(readFileSync(path.join(dist, 'feed.xml'), 'utf8'));
    const entries = childrenNamed(feed, 'entry');

    it('is an Atom feed with its required elements', () => {
      expect(feed.name).toBe('feed');
      expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
      for (const name of ['id', 'title', 'updated']) expect(childText(feed, name)).not.toBe('');
      expect(childText(feed, 'updated')).toMatch(rfc3339);
      const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self');
      expect(self?.attrs.href).toBe(`${origin}${base}feed.xml`);
      expect(childrenNamed(feed, 'author')).toHaveLength(1);
    });

    it('has an entry for every change the content records, newest first', () => {
      expect(entries).toHaveLength(expectedChangeCount());
      const dates = entries.map((e) => childText(e, 'updated'));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(childText(feed, 'updated')).toBe(dates[0]);
    });

    it('gives each entry a unique absolute id, a valid date and an absolute link to a built page', () => {
      const ids = entries.map((e) => childText(e, 'id'));
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of entries) {
        expect(childText(e, 'id')).toMatch(/^[a-z][a-z0-9+.-]*:/);
        expect(childText(e, 'title')).not.toBe('');
        const updated = childText(e, 'updated');
        expect(updated).toMatch(rfc3339);
        expect(Number.isNaN(Date.parse(updated))).toBe(false);
        const link = childrenNamed(e, 'link')[0]?.attrs.href ?? '';
        expect(builtFile(dist, base, link), link).not.toBeNull();
      }
    });

    it('is announced in the head of every page', () => {
      const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
      expect(html).toContain(`type="application/atom+xml"`);
      expect(html).toContain(`href="${base}feed.xml"`);
    });
  });

  describe('sitemap', () => {
    const index = parseXml(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'));
    const listed = childrenNamed(index, 'sitemap').flatMap((s) => {
      const loc = childText(s, 'loc');
      const file = builtFile(dist, base, loc);
      expect(file, loc).not.toBeNull();
      return childrenNamed(parseXml(readFileSync(file!, 'utf8')), 'url').map((u) => childText(u, 'loc'));
    });

    it('lists every page and only pages: no error page, no redirect, no data file', () => {
      const isRedirect = (p: string) => /http-equiv="refresh"/i.test(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
      const pages = listPages(dist).filter((p) => p !== '404.html' && !isRedirect(p)).map((p) => `${origin}${base}${p}`);
      expect([...listed].sort()).toEqual(pages.sort());
      for (const loc of listed) expect(builtFile(dist, base, loc)?.endsWith('index.html'), loc).toBe(true);
    });
  });

  it('robots.txt points to the sitemap index at this build’s address', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
  });
});

describe('home page latest changes', () => {
  it('lists the newest change of the article entries, linked to the article', () => {
    const newest = readArticles()
      .flatMap((a) => a.history.map((h) => ({ ...h, number: a.number })))
      .sort((x, y) => y.date.localeCompare(x.date))[0]!;
    const section = first(loadPage(distRoot, ''), (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'latest-heading');
    expect(section).toBeDefined();
    // A phone-length line: the first sentence of the change, its pinpoints as plain labels (the feed has it whole).
    expect(text(section!)).toContain(firstSentence(withoutAttributionMarkup(newest.change)));
    expect(all(section!, byTag('a')).map((a) => attr(a, 'href'))).toContain(`/criminal-code/${newest.number}/`);
  });
});
