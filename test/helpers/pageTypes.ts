import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listPages } from './html.ts';

/** Kinds of built page, by address (DESIGN.md, "Addresses"). */
export type PageType = 'home' | 'article' | 'finding' | 'standard' | 'source' | 'search' | 'other';

/** The kind of a built page given as a site path ("criminal-code/255/"). */
export function pageType(page: string): PageType {
  if (page === '') return 'home';
  if (page === 'search/') return 'search';
  const m = /^(criminal-code|findings|standards|sources)\/[^/]+\/$/.exec(page);
  if (!m) return 'other';
  return ({ 'criminal-code': 'article', findings: 'finding', standards: 'standard', sources: 'source' } as const)[
    m[1] as 'criminal-code'
  ];
}

/** Whether a built page is one of Astro's redirect stubs (src/redirects.json): a meta refresh, no content. */
export function isRedirectPage(distDir: string, page: string): boolean {
  const file = path.join(distDir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
  return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000));
}

/** Every built page a reader reads: all HTML pages except redirect stubs. */
export function contentPages(distDir: string): string[] {
  return listPages(distDir).filter((page) => !isRedirectPage(distDir, page));
}
