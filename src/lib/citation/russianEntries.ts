/** The Russian "Как цитировать" box of an article page: the Code in full and short form, and the page itself. */
import type { Article, Source } from '../content';
import { inLocale } from '../../i18n/routes';
import { absoluteUrl, pinpoints, urls } from '../urls';
import type { ArticlePage } from '../pages/article';
import type { Translate } from '../../i18n/ui';
import { hasNumberedParts } from '../statuteParts';
import { laterStatutes, reproduces, shownStatute, sourceWork } from './entries';
import {
  russianDocument,
  russianPage,
  russianPageRuns,
  russianStatuteLong,
  russianStatuteShort,
  type RussianRun,
} from './russian';
import { textLanguage } from '../../i18n/locales';

export interface RussianCitation {
  /** Dictionary key of the row's label. */
  label:
    | 'cite.long'
    | 'cite.short'
    | 'cite.later'
    | 'cite.page'
    | 'cite.document'
    | 'cite.source'
    | 'cite.publication'
    | 'cite.description';
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

/**
 * The Russian box of a source page: a UN document as the document (GOST form); a publication we only cite, at
 * its publisher's address where known, and our page describing it.
 */
export function russianSourceCitations(
  source: Source,
  site: URL | undefined,
  title: string,
): { permalink: string; rows: RussianCitation[] } {
  const permalink = absoluteUrl(inLocale('ru', urls.source(source.id)), site);
  if (reproduces(source))
    return { permalink, rows: [{ label: 'cite.source', runs: russianDocument(sourceWork(source, site)) }] };
  return {
    permalink,
    rows: [
      ...(source.data.url
        ? [{ label: 'cite.publication' as const, runs: russianDocument(sourceWork(source, site)) }]
        : []),
      {
        label: 'cite.description',
        runs: russianPageRuns({ title: textLanguage(title) === 'ru' ? title : { en: title }, url: permalink }),
      },
    ],
  };
}

/** The Russian citation of one numbered paragraph of a source's text. */
export const russianParagraphCitation = (source: Source, n: number, site: URL | undefined): RussianCitation => ({
  label: 'cite.document',
  runs: russianDocument(sourceWork(source, site, n)),
});

/** One pinpoint of a page on its Russian citation page: its id there and here, its heading and citations. */
export interface RussianCitedPinpoint {
  id: string;
  /** The heading, with words kept in English (a standard's short name, an untranslated title) marked so. */
  heading: RussianRun[];
  permalink: string;
  rows: RussianCitation[];
}

/**
 * Each pinpoint of a Russian article page, in reading order, with its citations: a part or the note as the Code
 * (full and short form), a finding as the UN document at its paragraph, everything else as our page at that
 * anchor. The same ids as the English citation page (lib/citePage.ts), so a fragment works in either.
 */
export function russianArticlePinpoints(
  page: ArticlePage,
  site: URL | undefined,
  t: Translate,
  findingTitles: Map<string, string>,
): RussianCitedPinpoint[] {
  const { article } = page;
  const n = article.data.number;
  const statute = article.data.statute;
  const whole = !hasNumberedParts(statute?.parts ?? []);
  const at = (id: string) => absoluteUrl(inLocale('ru', urls.article(n, id)), site);
  const title = `Статья ${n}. ${article.data.title.ru}`;
  const code = (id: string, pin: number | 'note', heading: string): RussianCitedPinpoint => {
    const work = shownStatute(article, site, id, whole && pin !== 'note' ? undefined : pin);
    return {
      id,
      heading: [heading],
      permalink: at(id),
      rows: [
        { label: 'cite.long', runs: [russianStatuteLong(work)] },
        { label: 'cite.short', runs: [russianStatuteShort(work)] },
      ],
    };
  };
  const ours = (id: string, heading: RussianRun[]): RussianCitedPinpoint => ({
    id,
    heading,
    permalink: at(id),
    rows: [
      {
        label: 'cite.page',
        runs: [
          `${title}. `,
          ...heading,
          ...russianPageRuns({ title: '', url: at(id), reviewed: article.data.lastReviewed }),
        ],
      },
    ],
  });
  return [
    ...(statute?.parts ?? []).map((p) =>
      code(pinpoints.part(p.n), p.n, whole ? t('statute.whole') : t('statute.part', { n: p.n })),
    ),
    ...(statute?.note ? [code('note', 'note', t('statute.note'))] : []),
    ...(statute?.footnote ? [ours('footnote', [t('statute.footnote')])] : []),
    ...page.findings.map(({ finding, source }) => ({
      id: pinpoints.finding(finding.id),
      heading: [t('citePage.finding', { title: '' }), findingTitles.get(finding.id) ?? { en: finding.data.title }],
      permalink: at(pinpoints.finding(finding.id)),
      rows: [
        { label: 'cite.document' as const, runs: russianDocument(sourceWork(source, site, finding.data.paragraph)) },
      ],
    })),
    ...page.gaps.map(({ gap, standard }) =>
      ours(pinpoints.standard(standard.id), [
        t(gap.role === 'shortfall' ? 'citePage.shortfall' : 'citePage.cannotJustify', { name: '' }),
        { en: standard.data.shortName },
      ]),
    ),
    ours('applications', [t('applications.heading')]),
    ...page.applications.map(({ application }, i) =>
      ours(pinpoints.application(application.id), [t('citePage.application', { n: i + 1 })]),
    ),
    ours('since-the-visit', [t('since.heading')]),
    ours('recommendations', [t('recommendations.heading')]),
    ...page.recommendations.map(({ recommendation }, i) =>
      ours(pinpoints.recommendation(recommendation.id), [t('citePage.recommendation', { n: i + 1 })]),
    ),
  ];
}
