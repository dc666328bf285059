/**
 * Every address on the site is built here, so a mirror under a sub-path (SITE_BASE) gets correct links and
 * the permanent addresses of DESIGN.md live in one place.
 */

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path ("criminal-code/255/") with the base prepended; `fragment` without '#'. */
export function sitePath(path: string, fragment?: string): string {
  const clean = path.replace(/^\/+/, '');
  return `${base}${clean}${fragment ? `#${fragment}` : ''}`;
}

export const urls = {
  home: () => sitePath(''),
  articles: () => sitePath('criminal-code/'),
  article: (number: string, fragment?: string) => sitePath(`criminal-code/${number}/`, fragment),
  /** The citation page of an article: every pinpoint's citations, each at the pinpoint's own id. */
  articleCite: (number: string, fragment?: string) => sitePath(`criminal-code/${number}/cite/`, fragment),
  findings: () => sitePath('findings/'),
  finding: (id: string) => sitePath(`findings/${id}/`),
  standards: () => sitePath('standards/'),
  standard: (id: string) => sitePath(`standards/${id}/`),
  sources: () => sitePath('sources/'),
  source: (id: string, fragment?: string) => sitePath(`sources/${id}/`, fragment),
  /** The citation page of a source's numbered paragraphs. */
  sourceCite: (id: string, fragment?: string) => sitePath(`sources/${id}/cite/`, fragment),
  about: (fragment?: string) => sitePath('about/', fragment),
  cite: () => sitePath('cite/'),
  search: () => sitePath('search/'),
  /** The article numbers, titles and addresses the search page fetches to offer "Go to Article N". */
  searchArticles: () => sitePath('search/articles.json'),
  glossary: (fragment?: string) => sitePath('glossary/', fragment),
  definitions: (fragment?: string) => sitePath('definitions/', fragment),
  matrix: (fragment?: string) => sitePath('matrix/', fragment),
  /** One page of the matrix once it is split (lib/matrixParts): matrixPart('100-199') → matrix/100-199/. */
  matrixPart: (slug: string) => sitePath(`matrix/${slug}/`),
  timeline: (fragment?: string) => sitePath('timeline/', fragment),
  /** Every recommendation of the reviewed articles, grouped by where it stands. */
  recommendations: (fragment?: string) => sitePath('recommendations/', fragment),
  data: (fragment?: string) => sitePath('data/', fragment),
  /** An open-data file, e.g. dataFile('articles') → data/articles.json. */
  dataFile: (name: string) => sitePath(`data/${name}.json`),
  /** The JSON Schema of an open-data file. */
  dataSchema: (name: string) => sitePath(`data/schema/${name}.json`),
  /** An entry's citation download: citation('criminal-code/255/', 'bib') → criminal-code/255/citation.bib. */
  citation: (entryPath: string, format: string) =>
    sitePath(`${withoutBase(entryPath).replace(/^\/+/, '')}citation.${format}`),
  /** The whole site's citations in one file: allCitations('bib') → cite/all.bib. */
  allCitations: (format: string) => sitePath(`cite/all.${format}`),
  feed: () => sitePath('feed.xml'),
  sitemap: () => sitePath('sitemap-index.xml'),
  /** A file copied from public/, e.g. asset('favicon.svg'). */
  asset: (file: string) => sitePath(file),
};

/** A site path as an absolute address on `site` (Astro.site), for feeds, sitemaps and open data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('Absolute addresses need `site` in astro.config.mjs (SITE_URL).');
  return new URL(path, site).href;
}

/** A site path without the base ("/mirror/findings/x/" → "/findings/x/"), as it is on every mirror. */
export function withoutBase(path: string): string {
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** Pinpoint ids used inside article pages. */
export const pinpoints = {
  part: (n: number) => `part-${n}`,
  finding: (id: string) => `finding-${id}`,
  standard: (id: string) => `standard-${id}`,
  application: (id: string) => `application-${id}`,
  recommendation: (id: string) => `recommendation-${id}`,
  paragraph: (n: number) => `para-${n}`,
  note: (n: number) => `fn-${n}`,
  event: (id: string) => `event-${id}`,
};
