import type { APIRoute } from 'astro';
import { plainProse } from '../../lib/attributionLinks';
import { atomDate, renderAtom } from '../../lib/atom';
import { getArticles } from '../../lib/content';
import { articleTranslation } from '../../lib/translations';
import { inLocale } from '../../i18n/routes';
import { useTranslations } from '../../i18n/ui';
import { siteName } from '../../lib/site';
import { absoluteUrl, urls } from '../../lib/urls';

/** /ru/feed.xml: the Russian pages, each dated by the English revision its translation renders, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations('ru');
  const home = absoluteUrl(inLocale('ru', urls.home()), site);
  const authority = new URL(home).hostname;
  const translated = (
    await Promise.all(
      (await getArticles()).map(async (article) => ({ article, ru: await articleTranslation(article) })),
    )
  ).flatMap(({ article, ru }) => (ru ? [{ article, ru }] : []));
  const xml = renderAtom({
    id: absoluteUrl(inLocale('ru', urls.feed()), site),
    title: t('feed.ruTitle'),
    subtitle: t('feed.ruSubtitle'),
    author: siteName,
    self: absoluteUrl(inLocale('ru', urls.feed()), site),
    home,
    lang: 'ru',
    entries: translated
      .sort(
        (a, b) => b.ru.data.translates.localeCompare(a.ru.data.translates) || a.article.id.localeCompare(b.article.id),
      )
      .map(({ article, ru }) => ({
        id: `tag:${authority},${ru.data.translates}:ru/criminal-code/${article.data.number}`,
        title: t('article.heading', { n: article.data.number, title: article.data.title.ru }),
        link: absoluteUrl(inLocale('ru', urls.article(article.data.number)), site),
        updated: atomDate(ru.data.translates),
        summary: plainProse(ru.data.summary),
      })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
