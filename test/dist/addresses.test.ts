import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressLockFile, collectAddresses } from '../helpers/addresses';
import { contentDir, distMirror, distRoot, projectRoot } from '../helpers/paths';

const lock = readFileSync(path.join(projectRoot, addressLockFile), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

/** The pages DESIGN.md promises, derived from the content files themselves (not from the lock). */
function promisedPages(): string[] {
  const ids = (folder: string, ext: RegExp) => readdirSync(path.join(contentDir, folder)).filter((f) => ext.test(f)).map((f) => f.replace(ext, ''));
  return [
    '/', '/criminal-code/', '/findings/', '/standards/', '/sources/', '/about/', '/cite/', '/404.html',
    '/matrix/', '/timeline/', '/data/', '/feed.xml', '/sitemap-index.xml', '/robots.txt',
    ...['articles', 'findings', 'standards', 'sources'].flatMap((name) => [`/data/${name}.json`, `/data/schema/${name}.json`]),
    ...ids('articles', /\.mdx?$/).map((n) => `/criminal-code/${n}/`),
    ...ids('findings', /\.yaml$/).map((id) => `/findings/${id}/`),
    ...ids('standards', /\.yaml$/).map((id) => `/standards/${id}/`),
    ...ids('sources', /\.yaml$/).map((id) => `/sources/${id}/`),
  ];
}

describe.each([
  ['root build', distRoot],
  ['sub-path build (/mirror/)', distMirror],
])('published addresses: %s', (_name, dist) => {
  const built = new Set(collectAddresses(dist));

  it('has every page of the address table', () => {
    const missing = promisedPages().filter((p) => !built.has(p));
    expect(missing).toEqual([]);
  });

  it('keeps every address and pinpoint in the committed lock', () => {
    const missing = lock.filter((address) => !built.has(address) && !isRedirected(dist, address));
    expect(missing, `addresses removed without a redirect; if intended, declare a redirect`).toEqual([]);
  });

  it('has the eight reviewed articles', () => {
    for (const n of ['174', '180', '255', '256', '257', '258', '272', '405']) expect(built.has(`/criminal-code/${n}/`), n).toBe(true);
  });
});

describe('the lock', () => {
  it('lists every address the build publishes (run `npm run addresses:update` after adding content)', () => {
    const locked = new Set(lock);
    const unlisted = collectAddresses(distRoot).filter((a) => !locked.has(a));
    expect(unlisted).toEqual([]);
  });
});

/** A removed page may live on as a redirect page (DESIGN.md: an address is never removed). */
function isRedirected(dist: string, address: string): boolean {
  const [page] = address.split('#');
  const file = path.join(dist, (page ?? '').replace(/^\//, ''), (page ?? '').endsWith('.html') ? '' : 'index.html');
  return existsSync(file) && /http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}
