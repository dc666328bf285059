import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressLockFile, collectAddresses } from '../helpers/addresses';
import { checkLock, declaredRedirects, metaRefreshTarget, readBuiltSite, type BuiltSite } from '../helpers/lock';
import { contentDir, distMirror, distRoot, mirrorBase, projectRoot } from '../helpers/paths';

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
  ['root build', distRoot, '/'],
  ['sub-path build (/mirror/)', distMirror, mirrorBase],
])('published addresses: %s', (_name, dist, base) => {
  const site = readBuiltSite(dist, base);
  const built = site.addresses;

  it('has every page of the address table', () => {
    const missing = promisedPages().filter((p) => !built.has(p));
    expect(missing).toEqual([]);
  });

  it('keeps every address and pinpoint in the committed lock', () => {
    expect(checkLock(lock, site, declaredRedirects()), 'addresses removed; if intended, declare a redirect in src/redirects.json').toEqual([]);
  });

  it('builds every declared redirect as a page that sends readers, under the base, to an existing page', () => {
    for (const { from, to } of declaredRedirects()) {
      const html = readFileSync(path.join(dist, from.replace(/^\//, ''), 'index.html'), 'utf8');
      expect(metaRefreshTarget(html), from).toBe(`${base}${to.replace(/^\//, '')}`);
      expect(html, from).toContain(`<a href="${base}${to.replace(/^\//, '')}">`);
      expect(site.redirectOf(to), `${to} must be a page, not another redirect`).toBe(null);
      expect(built.has(to), to).toBe(true);
    }
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

describe('the lock check', () => {
  const site = readBuiltSite(distRoot, '/');

  it('reports a locked page or pinpoint that disappears from the build', () => {
    const copy = [...lock, '/criminal-code/999/', '/criminal-code/255/#part-99', '/findings/no-such-finding/#x'];
    expect(checkLock(copy, site, declaredRedirects())).toEqual([
      '/criminal-code/999/: missing from the build',
      '/criminal-code/255/#part-99: no pinpoint #part-99 on /criminal-code/255/',
      '/findings/no-such-finding/#x: missing from the build',
    ]);
  });

  it('accepts a redirect only when it is declared and leads to an existing address', () => {
    // A build where /old/ and /older/ are redirect pages to /cite/ and /gone/, and /cite/ is a page with #a.
    const fake: BuiltSite = {
      addresses: new Set(['/old/', '/older/', '/cite/', '/cite/#a']),
      redirectOf: (page) => ({ '/old/': '/cite/', '/older/': '/gone/', '/cite/': null } as Record<string, string | null>)[page],
    };
    expect(checkLock(['/old/', '/old/#a'], fake, [{ from: '/old/', to: '/cite/' }])).toEqual([]);
    expect(checkLock(['/old/'], fake, [])).toEqual(['/old/: is a redirect page to /cite/ that src/redirects.json does not declare']);
    expect(checkLock(['/old/'], fake, [{ from: '/old/', to: '/about/' }])).toEqual(['/old/: redirects to /cite/, but src/redirects.json declares /about/']);
    expect(checkLock(['/old/#b'], fake, [{ from: '/old/', to: '/cite/' }])).toEqual(['/old/#b: redirects to /cite/#b, which does not exist']);
    expect(checkLock(['/older/'], fake, [{ from: '/older/', to: '/gone/' }])).toEqual(['/older/: redirects to /gone/, which does not exist']);
  });
});
