// What each kind of page costs a reader on a slow connection: HTML, stylesheets and scripts, raw and gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { all, attr, listPages, loadPage } from '../../test/helpers/html.ts';
import { pageType, type PageType } from '../../test/helpers/pageTypes.ts';

/** Bytes as served (raw) and as sent with gzip. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One page's weight, split by what the browser must fetch. */
export interface PageWeight {
  page: string;
  html: Size;
  /** Stylesheets that block the first render: every linked one except those for print only. */
  css: Size;
  /** Module scripts and the modules they import statically (not the search index, loaded on demand). */
  js: Size;
  scripts: string[];
}

const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** A site path (with the base) of a built asset, as a file in `dist`. */
const assetFile = (dist: string, base: string, href: string) => path.join(dist, href.slice(base.length));

/** A module file and every module it imports statically, each once. */
function moduleClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
    moduleClosure(path.resolve(path.dirname(file), m[1]!), seen);
  return seen;
}

/** The weight of one built page. */
export function weighPage(dist: string, base: string, page: string): PageWeight {
  const file = path.join(dist, page.endsWith('.html') ? page : path.join(page, 'index.html'));
  const doc = loadPage(dist, page);
  const stylesheets = all(
    doc,
    (el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet' && attr(el, 'media') !== 'print',
  ).map((el) => attr(el, 'href') ?? '');
  const entryScripts = all(doc, (el) => el.tagName === 'script' && attr(el, 'src') !== undefined).map(
    (el) => attr(el, 'src') ?? '',
  );
  const modules = new Set<string>();
  for (const src of entryScripts) for (const m of moduleClosure(assetFile(dist, base, src))) modules.add(m);
  const zero: Size = { raw: 0, gzip: 0 };
  return {
    page,
    html: sizeOf(readFileSync(file)),
    css: stylesheets.map((href) => sizeOf(readFileSync(assetFile(dist, base, href)))).reduce(add, zero),
    js: [...modules].map((m) => sizeOf(readFileSync(m))).reduce(add, zero),
    scripts: [...modules].map((m) => path.basename(m)),
  };
}

/**
 * Every page of the main kinds, weighed and grouped by kind, in both languages: a Russian article page is an
 * article page, held to the same budget, and shows by its address (/ru/criminal-code/174/).
 */
export function weighSite(dist: string, base = '/'): Map<PageType, PageWeight[]> {
  const byType = new Map<PageType, PageWeight[]>();
  for (const page of listPages(dist)) {
    const type = pageType(page.replace(/^ru\//, ''));
    if (type === 'other') continue;
    byType.set(type, [...(byType.get(type) ?? []), weighPage(dist, base, page)]);
  }
  return byType;
}

/** What a page sends before anything can be drawn: its HTML and its render-blocking CSS, gzipped. */
export const firstRenderBytes = (w: PageWeight) => w.html.gzip + w.css.gzip;
