/**
 * Where a pinpoint in our prose leads (src/corpus/attribution.ts), as a site path without the base: a held
 * source's paragraph, the page of a source held only as an excerpt, or the page of a standard whose text the
 * project does not hold. Pure, so that the pages (src/lib/attributionLinks.ts) and the Markdown renderer
 * (astro.config.mjs) use the same addresses.
 */
export function attributionTarget(href: string): string | null {
  const para = /^para:([a-z0-9-]+)\/(\d+)$/.exec(href);
  if (para) return `sources/${para[1]}/#para-${para[2]}`;
  const standard = /^standard:([a-z0-9-]+)$/.exec(href);
  if (standard) return `standards/${standard[1]}/`;
  const excerpt = /^source:([a-z0-9-]+)$/.exec(href);
  if (excerpt) return `sources/${excerpt[1]}/`;
  return null;
}
