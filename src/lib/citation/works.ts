/**
 * The things this site's citations refer to, reduced to what the styles need. Built from content entries by
 * the functions below; every formatter (OSCOLA, Bluebook, APA, CSL) reads only these.
 */
import type { PersonName } from './names';
import { citationIssuer, citationKey, numberedBySite, reportNumber } from './site';
import type { Source } from '../content';
import type { StatuteVersion } from './version';

/** An article of the Criminal Code, whole or at one part or its note, as shown in our translation at `url`. */
export interface StatuteWork {
  kind: 'statute';
  key: string;
  article: string;
  /** A part number, or 'note' for the note printed under the article. */
  pinpoint?: number | 'note';
  /** Which text is cited: the one shown "as amended to" a date, or a later one the page describes. */
  version: StatuteVersion;
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
  authors: PersonName[];
  title: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  symbol?: string;
  /** The original publication's address, where known. */
  originalUrl?: string;
  /** What that address is, where the source entry says (e.g. "legacy OHCHR address"). */
  originalUrlNote?: string;
  /** Our copy of it: the page's permanent address. */
  copyUrl: string;
  /** The paragraph cited, if any, and its permanent address on our copy. */
  paragraph?: number;
  paragraphUrl?: string;
  /** Whether the paragraph numbers are this site's (the document has none of its own). */
  siteNumbered: boolean;
  /** The part of the document the site holds, when it holds only part ("summary"): pinpoints read "summary para 3". */
  heldPart?: string;
}

/**
 * The address a citation of a document points at, and what to say of it. A paragraph numbered by this site can
 * only be found on our copy, so it points there (`siteNumbered`); otherwise the paragraph's address on our copy,
 * else the original publication (with its note, e.g. "legacy OHCHR address"), else our copy.
 */
export function documentAddress(work: DocumentWork): { url: string; siteNumbered: boolean; note?: string } {
  if (work.paragraph !== undefined && work.siteNumbered) {
    return { url: work.paragraphUrl ?? work.copyUrl, siteNumbered: true };
  }
  if (work.paragraphUrl) return { url: work.paragraphUrl, siteNumbered: false };
  return {
    url: work.originalUrl ?? work.copyUrl,
    siteNumbered: false,
    note: work.originalUrl ? work.originalUrlNote : undefined,
  };
}

/** An international instrument itself (a treaty, resolution, general comment…), at the provision a standard is. */
export interface InstrumentWork {
  kind: 'instrument';
  key: string;
  /** Its name, without the year the content adds in brackets. */
  title: string;
  type: 'treaty' | 'declaration' | 'general-comment' | 'resolution' | 'soft-law';
  /** The provision, as the content names it ("Article 20, paragraph 2", "Operative paragraph 3"). */
  provision: string;
  /** YYYY-MM-DD, from the stored text's header. */
  adopted?: string;
  inForce?: string;
  /** UN document symbol. */
  symbol?: string;
  /** The General Assembly resolution that adopted it: "217 A (III)". */
  resolution?: string;
  /** Where in the document with that symbol it is: "appendix". */
  within?: string;
  /** Year, where no adoption date is held. */
  year?: string;
  url?: string;
}

export type Work = StatuteWork | PageWork | DocumentWork | InstrumentWork;

/** A citation style's form for each kind of work: leaving one out fails the type check. */
export type FormsByKind<R> = { [K in Work['kind']]: (work: Extract<Work, { kind: K }>) => R };

/** The work in the form its style gives its kind. */
export function byKind<R>(work: Work, forms: FormsByKind<R>): R {
  return (forms[work.kind] as (work: Work) => R)(work);
}

/**
 * The statute at an article (and optionally a part or the note) in one version; `url` is our translation's
 * permalink there. The key names the article, and the amending law for a later text, never a date of ours.
 */
export function statuteWork(
  article: string,
  url: string,
  version: StatuteVersion,
  pinpoint?: number | 'note',
): StatuteWork {
  const key = citationKey(
    'kz-criminal-code-art',
    article,
    ...(version.amendedBy ? ['as-amended-by', version.amendedBy.number] : []),
  );
  return { kind: 'statute', key, article, pinpoint, version, url };
}

/**
 * One of our pages. `sitePath` is its address without base ("criminal-code/255/"), which gives the stable id;
 * `url` is the absolute permalink (with a pinpoint when one is cited).
 */
export function pageWork(page: {
  sitePath: string;
  title: string;
  reviewed?: string;
  published?: string;
  url: string;
}): PageWork {
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
type SourceFacts = Pick<
  Source['data'],
  'title' | 'issuer' | 'authors' | 'date' | 'symbol' | 'url' | 'urlNote' | 'numbering' | 'heldPart'
>;

/** A source document; `copyUrl` is our page's permalink, `pin` a paragraph and its permalink. */
export function documentWork(
  id: string,
  source: SourceFacts,
  copyUrl: string,
  pin?: { paragraph: number; url: string },
): DocumentWork {
  return {
    kind: 'document',
    key: citationKey(id),
    issuer: citationIssuer(source.issuer),
    authors: source.authors,
    title: source.title,
    date: source.date,
    symbol: source.symbol,
    originalUrl: source.url,
    originalUrlNote: source.url ? source.urlNote : undefined,
    copyUrl,
    paragraph: pin?.paragraph,
    paragraphUrl: pin?.url,
    siteNumbered: numberedBySite(source.numbering),
    heldPart: source.heldPart,
  };
}

/** A treaty or declaration whose adoption date is held: biblatex-oscola cites it in its treaty form. */
export const citedAsTreaty = (work: InstrumentWork): boolean =>
  (work.type === 'treaty' || work.type === 'declaration') && work.adopted !== undefined;
