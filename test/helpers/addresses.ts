import { readdirSync } from 'node:fs';
import path from 'node:path';
import { all, attr, listPages, loadPage } from './html.ts';

/**
 * Ids that are published pinpoints (DESIGN.md, "Addresses"). Other ids (headings, helpers) may change;
 * these may not.
 */
export const pinpointPattern =
  /^(?!.*-heading$)(part-\d+|note|footnote|finding-[a-z0-9-]+|standard-[a-z0-9-]+|application-[a-z0-9-]+|recommendation-[a-z0-9-]+|applications|recommendations|since-the-visit|status-[a-z-]+|cases-without-article|permitted-limits|para-\d+|fn-\d+|term-[a-z0-9-]+|event-[a-z0-9-]+|def-[a-z0-9-]+|version-\d{4}-\d{2}-\d{2})$/;

/** Every published address of a built site: each page, and each pinpoint on it, as "path" or "path#id". */
export function collectAddresses(distDir: string): string[] {
  const addresses: string[] = [];
  for (const page of listPages(distDir)) {
    addresses.push(`/${page}`);
    const ids = all(loadPage(distDir, page), (el) => pinpointPattern.test(attr(el, 'id') ?? '')).map(
      (el) => attr(el, 'id') ?? '',
    );
    for (const id of [...new Set(ids)].sort()) addresses.push(`/${page}#${id}`);
  }
  return [...addresses, ...listPublishedFiles(distDir).map((file) => `/${file}`)];
}

/**
 * The published files that are not pages: open data and its schemas, each entry's citation downloads
 * (citation.json, .bib, .ris), the feed, the sitemap index and robots.txt. The sitemap's numbered chunks are left out: the generator names them, and readers reach
 * them through the index.
 */
export function listPublishedFiles(distDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (/\.(json|xml|txt|bib|ris)$/.test(entry.name) && !/^sitemap-\d+\.xml$/.test(entry.name)) {
        files.push(path.relative(distDir, full).split(path.sep).join('/'));
      }
    }
  };
  walk(distDir);
  return files.sort();
}

export const addressLockFile = 'test/addresses.lock';
