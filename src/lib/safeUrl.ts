/**
 * Which addresses content may link to. A `javascript:` or `vbscript:` link runs code when followed and a
 * `data:` link can carry a whole page; even where the site's Content-Security-Policy blocks the click, the
 * address travels on in the citations and open data to tools that have no such policy. So content links only
 * to web pages (http, https), e-mail, and addresses on this site.
 */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would read: it ignores ASCII whitespace and control characters inside it. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** True for http(s) and mailto addresses, and for addresses on this site (a path or a #fragment). */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme !== undefined) return allowedSchemes.has(scheme);
  // "//host/path" (or "\\host") leaves the site while looking like a path.
  return !/^\s*[\\/]{2}/.test(url);
}
