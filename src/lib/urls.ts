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
  findings: () => sitePath('findings/'),
  finding: (id: string) => sitePath(`findings/${id}/`),
  standards: () => sitePath('standards/'),
  standard: (id: string) => sitePath(`standards/${id}/`),
  sources: () => sitePath('sources/'),
  source: (id: string, fragment?: string) => sitePath(`sources/${id}/`, fragment),
  about: (fragment?: string) => sitePath('about/', fragment),
  cite: () => sitePath('cite/'),
  search: () => sitePath('search/'),
};

/** Pinpoint ids used inside article pages. */
export const pinpoints = {
  part: (n: number) => `part-${n}`,
  finding: (id: string) => `finding-${id}`,
  standard: (id: string) => `standard-${id}`,
  application: (id: string) => `application-${id}`,
  recommendation: (id: string) => `recommendation-${id}`,
  paragraph: (n: number) => `para-${n}`,
  note: (n: number) => `fn-${n}`,
};
