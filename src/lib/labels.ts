/**
 * The reader-facing words of every fixed list the schemas define. Each map `satisfies Record<Enum, string>`, so a
 * new value without words fails `astro check`; this is where another language's words will plug in.
 */
import type { Concern, GapRole, HistoryKind, InForceAnswer, SourceKind, StandardKind } from '../schemas/fragments';
import type { RecommendationStatus } from '../schemas/article';
import type { LinkBasis } from '../schemas/linkBasis';

/** Reader-facing labels of the shared concern taxonomy; `satisfies` makes a new concern without a label a type error. */
export const concernLabels = {
  vagueness: 'Vague or overly broad wording',
  'missing-intent': 'No requirement of intent',
  'extremism-as-offence': '“Extremism” as an offence',
  'religious-freedom': 'Freedom of religion or belief',
  expression: 'Freedom of expression',
  'assembly-association': 'Assembly and association',
  'disproportionate-penalties': 'Disproportionate penalties',
  'due-process': 'Due process and fair trial',
  'sanctions-listing': 'Sanctions listing',
  'targeting-civil-society': 'Use against civil society',
  'use-of-force': 'Use of force',
} satisfies Record<Concern, string>;

export function concernLabel(concern: Concern): string {
  return concernLabels[concern];
}

/** Headings of the kinds of standard, in the order the standards list shows them. */
export const standardKindLabels = {
  treaty: 'Treaty provisions',
  declaration: 'Declarations',
  'general-comment': 'General comments of the Human Rights Committee',
  resolution: 'Security Council resolutions',
  'soft-law': 'Other standards and model provisions',
} satisfies Record<StandardKind, string>;

/** What a source is, as its page's kicker says. */
export const sourceKindLabels = {
  'un-document': 'UN document',
  news: 'News article',
  'ngo-report': 'NGO report',
} satisfies Record<SourceKind, string>;

/** Answers to "was this text in force then?". */
export const inForceAnswers = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Cannot be told from the texts held',
} satisfies Record<InForceAnswer, string>;

/** Plain words for the basis of a finding's link (provenance, src/lib/provenance.ts), for lists and labels. */
export const basisLabel = {
  named: 'named in the source',
  analysis: 'our analysis',
} satisfies Record<LinkBasis, string>;

/** A gap→finding link in words: whether the finding's own paragraph names both the article and the standard. */
export const gapBasisLabel = {
  named: 'the source names this article and this standard',
  analysis: 'our analysis: the source does not name both this article and this standard',
} satisfies Record<LinkBasis, string>;

/** How an article page presents each role of gap (article schema, `gaps[].role`). */
export const gapWords = {
  shortfall: {
    id: 'standards',
    heading: 'Standards it falls short of',
    intro: '',
    pinpoint: 'Falls short of',
    explanation: 'Why it falls short (our analysis)',
  },
  // The id stays "permitted-limits": it is a published pinpoint (test/addresses.lock), whatever the heading says.
  'cannot-justify': {
    id: 'permitted-limits',
    heading: 'Standards that cannot justify it',
    intro:
      'Article 20(2) of the ICCPR obliges States to prohibit a narrow kind of advocacy. It is a duty, not a cap on what a State may punish: the article reaches beyond what Article 20(2) requires States to prohibit, so Article 20(2) cannot justify it, and everything beyond must be justified under Article 19(3) (our analysis; the Human Rights Committee, General Comment No. 34, paras. 50–52, summarised on the standard’s page).',
    standardIntro:
      'This provision obliges States to prohibit a narrow kind of advocacy; it is a duty, not a cap on what a State may punish. The articles below reach beyond what it requires States to prohibit, so it cannot justify them, and what lies beyond must be justified under ICCPR article 19(3) (our analysis).',
    pinpoint: 'Cannot be justified by',
    explanation: 'Why it cannot justify the article (our analysis)',
  },
} as const satisfies Record<GapRole, object>;

/** A recommendation's status in words; without one, the page says no change was found in the texts held. */
export const recommendationStatusLabels = {
  'recommended-again': 'Recommended again',
  'reported-not-accepted': 'Reported not accepted',
  'reported-changed': 'Law reported changed',
} satisfies Record<RecommendationStatus, string>;

/** The status of a recommendation without evidence of any change. */
export const noChangeFoundLabel = 'No change found in the texts the project holds';

/** The same, as of the entry's last review. */
export const noChangeFound = (asOf: string) => `${noChangeFoundLabel} (as of ${asOf})`;

/** How a line of an entry's review history is marked, by its kind (a revision is not marked). */
export const historyKindLabels = {
  revision: '',
  correction: 'Correction',
} satisfies Record<HistoryKind, string>;

/** "Article 255. Act of terrorism": how an article is named in headings, links and citations. */
export function articleLabel(article: { data: { number: string; title: { en: string } } }): string {
  return `Article ${article.data.number}. ${article.data.title.en}`;
}
