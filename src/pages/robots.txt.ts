import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '../lib/urls';

/** /robots.txt: everything may be crawled; the sitemap's address depends on where the site is served. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urls.sitemap(), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
