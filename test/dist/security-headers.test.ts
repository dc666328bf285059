import { describe, expect, it } from 'vitest';
import { attr, first, listPages, loadPage } from '../helpers/html';
import { contentPages } from '../helpers/pageTypes';
import { distMirror, distRoot } from '../helpers/paths';
import { headersFor, parsePolicy, readSiteHeaders } from '../helpers/siteHeaders';

/** Directives a browser ignores in a <meta> policy (CSP3 §3.3), so they belong in the header alone. */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The meta policy of a built page, or undefined. */
function metaPolicy(dist: string, page: string): string | undefined {
  const meta = first(loadPage(dist, page), (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta ? attr(meta, 'content') : undefined;
}

describe.each([
  ['root build', distRoot],
  ['sub-path build', distMirror],
])('security headers: %s', (_name, dist) => {
  const pages = contentPages(dist);
  // Redirect pages (src/redirects.json) too: a page without the policy is a page without its protection.
  const everyPage = listPages(dist);
  const rules = readSiteHeaders(dist);
  const headers = headersFor(rules, '/criminal-code/255/');
  const headerPolicy = parsePolicy(headers['Content-Security-Policy'] ?? '');

  it('_headers covers every path and sends the privacy and hardening headers', () => {
    expect(rules.map((r) => r.pattern)).toContain('/*');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    const denied = (headers['Permissions-Policy'] ?? '').split(',').map((s) => s.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) expect(denied).toContain(`${feature}=()`);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
  });

  it('the policy is strict: nothing from another host, no inline or eval’d script, no inline style', () => {
    expect(headerPolicy.get('default-src')).toEqual(["'none'"]);
    for (const [name, sources] of headerPolicy) {
      for (const source of sources) {
        // Only keywords and the site's own origin; a host, scheme or wildcard would let another server in.
        expect(source, `${name} ${source}`).toMatch(/^'(self|none|wasm-unsafe-eval)'$/);
      }
    }
    expect(headerPolicy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(headerPolicy.get('style-src')).toEqual(["'self'"]);
    expect(headerPolicy.get('base-uri')).toEqual(["'none'"]);
    expect(headerPolicy.get('form-action')).toEqual(["'self'"]);
  });

  it('every page, redirect pages included, carries the same policy in a meta tag, first in <head> after the charset', () => {
    const expected = new Map([...headerPolicy].filter(([name]) => !headerOnly.has(name)));
    const wrong: string[] = [];
    expect(everyPage.length).toBeGreaterThan(pages.length);
    for (const page of everyPage) {
      const policy = metaPolicy(dist, page);
      if (policy === undefined) {
        wrong.push(`/${page}: no meta policy`);
        continue;
      }
      const meta = parsePolicy(policy);
      for (const name of headerOnly) if (meta.has(name)) wrong.push(`/${page}: ${name} is ignored in a meta policy`);
      if (JSON.stringify([...meta].sort()) !== JSON.stringify([...expected].sort())) wrong.push(`/${page}: meta policy "${policy}" differs from _headers`);
      const head = first(loadPage(dist, page), (el) => el.tagName === 'head');
      const elements = (head?.childNodes ?? []).filter((n) => 'tagName' in n);
      const position = elements.findIndex((n) => 'tagName' in n && n.tagName === 'meta' && attr(n, 'http-equiv') !== undefined);
      if (position !== 1) wrong.push(`/${page}: meta policy is element ${position + 1} of <head>; it governs only what follows it`);
      const charset = elements[0];
      if (!charset || !('tagName' in charset) || attr(charset, 'charset')?.toLowerCase() !== 'utf-8') wrong.push(`/${page}: <head> does not start with the charset`);
      const html = first(loadPage(dist, page), (el) => el.tagName === 'html');
      const lang = page.startsWith('ru/') ? 'ru' : 'en';
      if (!html || attr(html, 'lang') !== lang) wrong.push(`/${page}: no lang="${lang}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('every page asks browsers to send no referrer', () => {
    const missing = pages.filter((page) => {
      const meta = first(loadPage(dist, page), (el) => el.tagName === 'meta' && attr(el, 'name') === 'referrer');
      return !meta || attr(meta, 'content') !== 'no-referrer';
    });
    expect(missing).toEqual([]);
  });
});
