import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, attr, idsOf, listPages, loadPage, type Element } from '../helpers/html';
import { distMirror, distRoot, mirrorBase } from '../helpers/paths';

const resourceAttrs: Record<string, string> = { link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', audio: 'src', video: 'src', object: 'data', embed: 'src' };

/** Resolves an internal address to the built file it needs, or null when that file does not exist. */
function targetFile(dist: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(dist, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
  return existsSync(file) ? file : null;
}

describe.each([
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
])('links: %s', (_name, dist, base) => {
  const pages = listPages(dist);
  const origin = 'https://site.invalid';

  it('builds pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('every internal link and #fragment resolves, and honours the base', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const doc = loadPage(dist, page);
      const pageUrl = new URL(`${base}${page}`, origin);
      for (const a of all(doc, (el) => el.tagName === 'a' && attr(el, 'href') !== undefined)) {
        const href = attr(a, 'href') ?? '';
        const url = new URL(href, pageUrl);
        if (url.origin !== origin) continue; // links out are navigation, not requests
        const file = targetFile(dist, base, url.pathname);
        if (!file) {
          broken.push(`${page}: ${href} (no such page under ${base})`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          const targetPage = path.relative(dist, file).split(path.sep).join('/').replace(/index\.html$/, '');
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsOf(loadPage(dist, targetPage)).has(id)) broken.push(`${page}: ${href} (no id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another host: every stylesheet, script, image and icon is the site’s own', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      const doc = loadPage(dist, page);
      for (const el of all(doc, (e: Element) => e.tagName in resourceAttrs)) {
        const value = attr(el, resourceAttrs[el.tagName] ?? '');
        if (value === undefined) continue;
        // Addresses of pages, not resources: the canonical one, and the same page in another language (test/dist/i18n.test.ts).
        if (el.tagName === 'link' && (attr(el, 'rel') === 'canonical' || attr(el, 'hreflang') !== undefined)) continue;
        const url = new URL(value, new URL(`${base}${page}`, origin));
        if (url.origin !== origin) foreign.push(`${page}: <${el.tagName}> ${value}`);
        else if (!targetFile(dist, base, url.pathname)) foreign.push(`${page}: <${el.tagName}> ${value} (missing)`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('pages carry no inline script and only small enhancement modules of the site’s own', () => {
    // Content is complete without JavaScript (the browser tests read pages with it off); the only scripts are
    // progressive enhancements, e.g. highlighting searched words, shipped as files so a strict CSP holds.
    const problems: string[] = [];
    for (const page of pages) {
      let bytes = 0;
      for (const script of all(loadPage(dist, page), (el) => el.tagName === 'script')) {
        if (attr(script, 'type') === 'application/ld+json') continue;
        const src = attr(script, 'src');
        if (!src || attr(script, 'type') !== 'module' || !src.startsWith(`${base}_astro/`)) {
          problems.push(`${page}: script ${src ?? '(inline)'} is not a same-origin module file`);
          continue;
        }
        bytes += statSync(path.join(dist, src.slice(base.length))).size;
      }
      const budget = /^(ru\/)?search\/$/.test(page) ? 16 * 1024 : 6 * 1024;
      if (bytes > budget) problems.push(`${page}: ${bytes} bytes of script, over ${budget}`);
    }
    expect(problems).toEqual([]);
  });
});
