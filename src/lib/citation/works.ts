/**
 * The things this site's citations refer to, reduced to what the styles need. Built from content entries by
 * the functions below; every formatter (OSCOLA, Bluebook, APA, CSL) reads only these.
 */
import { citationIssuer, citationKey, numberedBySite, reportNumber } from './site';
import type { Source } from '../content';

/** An article of the Criminal Code, whole or at one part or its note, as shown in our translation at `url`. */
export interface StatuteWork {
  kind: 'statute';
  key: string;
  article: string;
  /** A part number, or 'note' for the note printed under the article. */
  pinpoint?: number | 'note';
  url: string;
}

/** One of our own pages (analysis, finding, standard, source description), published by the site. */
export interface PageWork {
  kind: 'page';
  key: string;
  /** Stable identifier (report number). */
  number: string;
  title: string;
  /** Last reviewed, YYYY-MM-DD: the date of the version cited (absent where the page records none). */
  reviewed?: string;
  /** First published, YYYY-MM-DD, where the history records it. */
  published?: string;
  /** Permanent address, with a pinpoint fragment when one is cited. */
  url: string;
}

/** A UN document (or other source), optionally at one paragraph of the text the site holds. */
export interface DocumentWork {
  kind: 'document';
  key: string;
  /** The issuing body, as a citation names it. */
  issuer: string;
  /** The persons who signed or wrote it. */
  authors: string[];
  title: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  symbol?: string;
  /** The original publication's address, where known. */
  originalUrl?: string;
  /** Our copy of it: the page's permanent address. */
  copyUrl: string;
  /** The paragraph cited, if any, and its permanent address on our copy. */
  paragraph?: number;
  paragraphUrl?: string;
  /** Whether the paragraph numbers are this site's (the document has none of its own). */
  siteNumbered: boolean;
}

export type Work = StatuteWork | PageWork | DocumentWork;

/** The statute at an article (and optionally a part or the note); `url` is our translation's permalink there. */
/** The pinpoint after "art N" in every citation style: "(2)" for a part, ", note" for the note, nothing for the article. */
export function statutePin(work: StatuteWork): string {
  return work.pinpoint === undefined ? '' : work.pinpoint === 'note' ? ', note' : `(${work.pinpoint})`;
}

export function statuteWork(article: string, url: string, pinpoint?: number | 'note'): StatuteWork {
  return { kind: 'statute', key: citationKey('kz-criminal-code-2014-art', article), article, pinpoint, url };
}

/**
 * One of our pages. `sitePath` is its address without base ("criminal-code/255/"), which gives the stable id;
 * `url` is the absolute permalink (with a pinpoint when one is cited).
 */
export function pageWork(page: { sitePath: string; title: string; reviewed?: string; published?: string; url: string }): PageWork {
  return {
    kind: 'page',
    key: citationKey('kzctlr', page.sitePath),
    number: reportNumber(page.sitePath),
    title: page.title,
    reviewed: page.reviewed,
    published: page.published,
    url: page.url,
  };
}

/** The fields of a source entry a citation uses. */
type SourceFacts = Pick<Source['data'], 'title' | 'issuer' | 'authors' | 'date' | 'symbol' | 'url' | 'numbering'>;

/** A source document; `copyUrl` is our page's permalink, `pin` a paragraph and its permalink. */
export function documentWork(id: string, source: SourceFacts, copyUrl: string, pin?: { paragraph: number; url: string }): DocumentWork {
  return {
    kind: 'document',
    key: citationKey(id),
    issuer: citationIssuer(source.issuer),
    authors: source.authors,
    title: source.title,
    date: source.date,
    symbol: source.symbol,
    originalUrl: source.url,
    copyUrl,
    paragraph: pin?.paragraph,
    paragraphUrl: pin?.url,
    siteNumbered: numberedBySite(source.numbering),
  };
}
