/** The Russian "Как цитировать" box of an article page: the Code in full and short form, and the page itself. */
import type { Article } from '../content';
import { inLocale } from '../../i18n/routes';
import { absoluteUrl, urls } from '../urls';
import { laterStatutes, shownStatute } from './entries';
import { russianPage, russianStatuteLong, russianStatuteShort, type RussianRun } from './russian';

export interface RussianCitation {
  /** Dictionary key of the row's label. */
  label: 'cite.long' | 'cite.short' | 'cite.later' | 'cite.page' | 'cite.document';
  runs: RussianRun[];
}

export function russianArticleCitations(
  article: Article,
  site: URL | undefined,
): { permalink: string; rows: RussianCitation[] } {
  const n = article.data.number;
  const permalink = absoluteUrl(inLocale('ru', urls.article(n)), site);
  const statute = article.data.statute ? shownStatute(article, site) : undefined;
  return {
    permalink,
    rows: [
      ...(statute
        ? [
            { label: 'cite.long' as const, runs: [russianStatuteLong(statute)] },
            { label: 'cite.short' as const, runs: [russianStatuteShort(statute)] },
          ]
        : []),
      ...laterStatutes(article, site).map((w) => ({ label: 'cite.later' as const, runs: [russianStatuteLong(w)] })),
      {
        label: 'cite.page' as const,
        runs: [
          russianPage({
            title: `Статья ${n}. ${article.data.title.ru}`,
            url: permalink,
            reviewed: article.data.lastReviewed,
          }),
        ],
      },
    ],
  };
}
