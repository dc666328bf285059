/**
 * The reader-facing words of every fixed list the schemas define. Each map `satisfies Record<Enum, string>`, so a
 * new value without words fails `astro check`; this is where another language's words will plug in.
 */
import type { Concern, InForceAnswer, SourceKind, StandardKind } from '../schemas/fragments';
import type { FilterKey } from './searchQuery';

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

/** Names of the search filters. */
export const filterLabels = { type: 'Type', article: 'Article', concern: 'Concern', source: 'Source', year: 'Year' } satisfies Record<FilterKey, string>;

/** "Article 255. Act of terrorism": how an article is named in headings, links and citations. */
export function articleLabel(article: { data: { number: string; title: { en: string } } }): string {
  return `Article ${article.data.number}. ${article.data.title.en}`;
}
