import { all, attr, listPages, loadPage } from './html.ts';

/**
 * Ids that are published pinpoints (DESIGN.md, "Addresses"). Other ids (headings, helpers) may change;
 * these may not.
 */
export const pinpointPattern = /^(?!.*-heading$)(part-\d+|note|footnote|finding-[a-z0-9-]+|standard-[a-z0-9-]+|application-[a-z0-9-]+|recommendation-[a-z0-9-]+|applications|recommendations|para-\d+|fn-\d+|term-[a-z0-9-]+)$/;

/** Every published address of a built site: each page, and each pinpoint on it, as "path" or "path#id". */
export function collectAddresses(distDir: string): string[] {
  const addresses: string[] = [];
  for (const page of listPages(distDir)) {
    addresses.push(`/${page}`);
    const ids = all(loadPage(distDir, page), (el) => pinpointPattern.test(attr(el, 'id') ?? '')).map((el) => attr(el, 'id') ?? '');
    for (const id of [...new Set(ids)].sort()) addresses.push(`/${page}#${id}`);
  }
  return addresses;
}

export const addressLockFile = 'test/addresses.lock';
