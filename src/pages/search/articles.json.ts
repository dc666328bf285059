import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/content';
import { urls } from '../../lib/urls';

/**
 * /search/articles.json: every article's number, English and Russian title, address and part numbers, fetched by the search page only
 * when a query names an article, so that the page stays the same size however many articles there are.
 */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      (await getArticles()).map((a) => ({
        number: a.data.number,
        title: a.data.title.en,
        // The Russian search page names the article by its Russian (official) title.
        titleRu: a.data.title.ru,
        href: urls.article(a.data.number),
        parts: a.data.statute?.parts.map((p) => p.n) ?? [],
      })),
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
