import { plainProse } from '../lib/attributionLinks';
import type { APIRoute } from 'astro';
import { atomDate, renderAtom } from '../lib/atom';
import { getChanges } from '../lib/changes';
import { siteName } from '../lib/site';
import { absoluteUrl, urls } from '../lib/urls';

/** /feed.xml: new and revised entries, newest first, as Atom. */
export const GET: APIRoute = async ({ site }) => {
  const home = absoluteUrl(urls.home(), site);
  // tag: URIs (RFC 4151) keep an entry's id stable even if a page's address gains a redirect.
  const authority = new URL(home).hostname;
  const changes = await getChanges();
  const xml = renderAtom({
    id: absoluteUrl(urls.feed(), site),
    title: `${siteName}: new and revised entries`,
    subtitle:
      'Articles of the Criminal Code, findings of UN mechanisms and international standards, as they are added or revised.',
    author: siteName,
    self: absoluteUrl(urls.feed(), site),
    home,
    entries: changes.map((c) => ({
      id: `tag:${authority},${c.date}:${c.key}`,
      title: c.title,
      link: absoluteUrl(c.path, site),
      updated: atomDate(c.date),
      summary: plainProse(c.summary),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
