/**
 * From content entries to what citations need: the works an entry's page cites, its "Cite this" boxes, the
 * subject its metadata describes and the works its downloads hold. Pure functions of the entries and `site`.
 */
import { hasNumberedParts } from '../statuteParts';
import type { ArticlePage } from '../pages/article';
import { articleLabel, concernLabel, gapWords } from '../labels';
import type { Article, Finding, Source, Standard } from '../content';
import { formatLaw } from '../text';
import { absoluteUrl, pinpoints, urls, withoutBase } from '../urls';
import { paragraphLabel } from '../paragraphLabel';
import { downloadFormats, type DownloadFormat } from './exports';
import { citationGroup, type CitationBox, type CitationGroup } from './groups';
import type { Subject } from './subject';
import { citationIssuer, instrumentKey } from './site';
import { oscolaDate } from './dates';
import { amendedToDate, type StatuteVersion } from './version';
import {
  documentWork,
  pageWork,
  statuteWork,
  type DocumentWork,
  type InstrumentWork,
  type PageWork,
  type StatuteWork,
  type Work,
} from './works';

const statuteNote = 'The English is this site’s unofficial translation; the Russian text is authoritative.';
const pageLabel = 'This page (our analysis)';

/** Our article page as a citable work, at a pinpoint when `fragment` is given. */
export function articlePageWork(article: Article, site: URL | undefined, fragment?: string): PageWork {
  const { number, lastReviewed, history } = article.data;
  return pageWork({
    sitePath: withoutBase(urls.article(number)),
    title: articleLabel(article),
    reviewed: lastReviewed,
    published: history[0]?.date,
    url: absoluteUrl(urls.article(number, fragment), site),
  });
}

function findingPageWork(finding: Finding, site: URL | undefined): PageWork {
  return pageWork({
    sitePath: withoutBase(urls.finding(finding.id)),
    title: finding.data.title,
    reviewed: finding.data.lastReviewed,
    url: absoluteUrl(urls.finding(finding.id), site),
  });
}

function standardPageWork(standard: Standard, site: URL | undefined): PageWork {
  return pageWork({
    sitePath: withoutBase(urls.standard(standard.id)),
    title: `${standard.data.shortName}: ${standard.data.title}`,
    reviewed: standard.data.lastReviewed,
    url: absoluteUrl(urls.standard(standard.id), site),
  });
}

// Our page on a publication the site only cites; source entries record no review date, so it is undated.
// Our page about a publication we do not reproduce is titled as a description of it, naming its publisher and
// date, so that a reference manager never credits another's title and date to the site.
function sourcePageWork(source: Source, site: URL | undefined): PageWork {
  const { title, issuer, date } = source.data;
  return pageWork({
    sitePath: withoutBase(urls.source(source.id)),
    title: `Description of “${title}” (${citationIssuer(issuer)}, ${oscolaDate(date)})`,
    url: absoluteUrl(urls.source(source.id), site),
  });
}

/** A source document, at a paragraph of our copy when one is given. */
export function sourceWork(source: Source, site: URL | undefined, paragraph?: number): DocumentWork {
  const pin =
    paragraph === undefined
      ? undefined
      : { paragraph, url: absoluteUrl(urls.source(source.id, pinpoints.paragraph(paragraph)), site) };
  return documentWork(source.id, source.data, absoluteUrl(urls.source(source.id), site), pin);
}

// `explainNumbering` is off on the source's own page, which states how its paragraphs were numbered once.
function documentGroup(
  source: Source,
  site: URL | undefined,
  paragraph?: number,
  explainNumbering = true,
): CitationGroup {
  const work = sourceWork(source, site, paragraph);
  const label = `The document${paragraph === undefined ? '' : `, ${paragraphLabel(source.data, paragraph)}`}: ${source.data.shortTitle}`;
  return citationGroup(
    label,
    work,
    explainNumbering && paragraph !== undefined && work.siteNumbered
      ? `Paragraph numbers: ${source.data.numbering}`
      : undefined,
  );
}

/** The text of an article the page shows, as its version statement dates it (the schema makes sure it can). */
function shownVersion(article: Article): StatuteVersion {
  const amendedTo = amendedToDate(article.data.statute?.version.unchangedUntil ?? '');
  if (!amendedTo)
    throw new Error(`content/articles/${article.id}: statute.version.unchangedUntil gives no "as amended to" date`);
  return { amendedTo };
}

/** The statute as our page shows it, whole or at a part or the note (`id` is that pinpoint's id). */
export const shownStatute = (article: Article, site: URL | undefined, id?: string, pin?: number | 'note') =>
  statuteWork(
    article.data.number,
    absoluteUrl(urls.article(article.data.number, id), site),
    shownVersion(article),
    pin,
  );

/** The later texts the page describes, each cited as amended by its law, at its section of the page. */
export function laterStatutes(article: Article, site: URL | undefined): StatuteWork[] {
  const shown = shownVersion(article);
  return (article.data.statute?.version.later ?? []).map((v) =>
    statuteWork(article.data.number, absoluteUrl(urls.article(article.data.number, `version-${v.law.date}`), site), {
      ...shown,
      amendedBy: v.law,
    }),
  );
}

const laterLabel = (work: StatuteWork) =>
  `The statute: Article ${work.article}, later text as amended by the ${work.version.amendedBy ? formatLaw(work.version.amendedBy) : ''}`;
const laterNote = 'This text is described on the page, not translated; the Russian and Kazakh texts are authoritative.';

/** The citation group for one part (or the note) of an article's statutory text. */
export const pinpointStatute = (article: Article, site: URL | undefined, id: string, pin: number | 'note') => {
  // An article of one unnumbered paragraph is cited as the article, never as its non-existent "part 1".
  const whole = pin !== 'note' && !hasNumberedParts(article.data.statute?.parts ?? []);
  return citationGroup(
    `The statute: Article ${article.data.number}${whole ? '' : `, ${pin === 'note' ? 'note' : `part ${pin}`}`}`,
    shownStatute(article, site, id, whole ? undefined : pin),
    statuteNote,
  );
};

/** The "Cite this page" box of an article page: the text shown, each later text described, and our analysis. */
export function articleCitation(article: Article, site: URL | undefined): CitationBox {
  const n = article.data.number;
  const groups = [citationGroup(pageLabel, articlePageWork(article, site))];
  if (article.data.statute) {
    groups.unshift(
      citationGroup(`The statute: Article ${n}`, shownStatute(article, site), statuteNote),
      ...laterStatutes(article, site).map((w) => citationGroup(laterLabel(w), w, laterNote)),
    );
  }
  return { permalink: absoluteUrl(urls.article(n), site), groups };
}

/** The "Cite" box of every pinpoint on an article page, by pinpoint id. */
export function articlePinpointCitations(page: ArticlePage, site: URL | undefined): Map<string, CitationBox> {
  const { article } = page;
  const n = article.data.number;
  const boxes = new Map<string, CitationBox>();
  const add = (id: string, group: CitationGroup) =>
    boxes.set(id, { permalink: absoluteUrl(urls.article(n, id), site), groups: [group] });
  const onPage = (id: string, label: string) =>
    add(id, citationGroup(`${label}: this page (our analysis)`, articlePageWork(article, site, id)));

  for (const part of article.data.statute?.parts ?? [])
    add(pinpoints.part(part.n), pinpointStatute(article, site, pinpoints.part(part.n), part.n));
  if (article.data.statute?.note) add('note', pinpointStatute(article, site, 'note', 'note'));
  if (article.data.statute?.footnote) onPage('footnote', 'The amendment footnote');
  for (const { finding, source } of page.findings)
    add(pinpoints.finding(finding.id), documentGroup(source, site, finding.data.paragraph));
  for (const { gap, standard } of page.gaps)
    onPage(pinpoints.standard(standard.id), `${gapWords[gap.role].pinpoint} ${standard.data.shortName}`);
  onPage('applications', 'Documented applications');
  page.applications.forEach(({ application }, i) =>
    onPage(pinpoints.application(application.id), `Application ${i + 1}, ${application.when}`),
  );
  onPage('since-the-visit', 'Since the visit');
  onPage('recommendations', 'Recommendations');
  page.recommendations.forEach(({ recommendation }, i) =>
    onPage(pinpoints.recommendation(recommendation.id), `Recommendation ${i + 1}`),
  );
  return boxes;
}

/** The "Cite this page" box of a finding: the UN document at the paragraph quoted, and our page. */
export function findingCitation(finding: Finding, source: Source, site: URL | undefined): CitationBox {
  return {
    permalink: absoluteUrl(urls.finding(finding.id), site),
    groups: [
      documentGroup(source, site, finding.data.paragraph),
      citationGroup(pageLabel, findingPageWork(finding, site)),
    ],
  };
}

/** The instrument a standard is a provision of, as itself (not our page), with what the stored texts record. */
export function instrumentWork(standard: Standard): InstrumentWork {
  const { instrument, provision, kind, url, instrumentDetails: details } = standard.data;
  // The name ends in "(2011)", "(CCPR/C/GC/34)" or "(A/HRC/16/51, 2010)": year and symbol are fields of their own,
  // which each style places itself (OSCOLA "… (2010) UN Doc A/HRC/16/51"), so they leave the title.
  const symbol = details?.symbol ? RegExp.escape(details.symbol) : null;
  const tail = new RegExp(`\\s*\\((?:${symbol ?? '(?!)'})?(?:,\\s*)?(\\d{4})?\\)$`);
  const match = tail.exec(instrument);
  const stripped = match && match[0].replace(/[\s(),]/g, '') !== '' ? match : null;
  const year = stripped?.[1];
  return {
    kind: 'instrument',
    key: instrumentKey(standard.data.shortName),
    title: stripped ? instrument.slice(0, stripped.index) : instrument,
    type: kind,
    provision,
    ...(details?.adopted ? { adopted: details.adopted } : {}),
    ...(details?.inForce ? { inForce: details.inForce } : {}),
    ...(details?.symbol ? { symbol: details.symbol } : {}),
    ...(details?.resolution ? { resolution: details.resolution } : {}),
    ...(details?.within ? { within: details.within } : {}),
    ...(year ? { year } : {}),
    ...(url ? { url } : {}),
  };
}

/** The "Cite this page" box of a standard's page: the instrument itself at the provision, and our page. */
export function standardCitation(standard: Standard, site: URL | undefined): CitationBox {
  return {
    permalink: absoluteUrl(urls.standard(standard.id), site),
    groups: [
      citationGroup(`The instrument: ${standard.data.shortName}`, instrumentWork(standard), instrumentNote(standard)),
      citationGroup(pageLabel, standardPageWork(standard, site)),
    ],
  };
}

// Said where a treaty citation lacks what OSCOLA and the Bluebook want and the project does not hold it.
function instrumentNote(standard: Standard): string | undefined {
  return standard.data.kind === 'treaty'
    ? 'The project holds no copy of the treaty series volume, so no treaty series reference (UNTS) is given: add it from the official record.'
    : undefined;
}

/** Whether the site reproduces a source, so that its page stands for the document itself. */
export const reproduces = (source: Source) => source.data.kind === 'un-document';

/**
 * The "Cite this page" box of a source: the document itself; or, for a publication we only cite, the
 * publication at its publisher's address (where one is known: our page is not where it was published) and our
 * description of it.
 */
export function sourceCitation(source: Source, site: URL | undefined): CitationBox {
  return {
    permalink: absoluteUrl(urls.source(source.id), site),
    groups: reproduces(source)
      ? [documentGroup(source, site)]
      : [
          ...(source.data.url
            ? [citationGroup(`The publication: ${source.data.shortTitle}`, sourceWork(source, site))]
            : []),
          citationGroup('This page (our description of the publication)', sourcePageWork(source, site)),
        ],
  };
}

/** The "Cite" box of each numbered paragraph of a source's text, by paragraph number. */
export function paragraphCitations(
  source: Source,
  paragraphs: number[],
  site: URL | undefined,
): Map<number, CitationBox> {
  return new Map(
    paragraphs.map((n) => [
      n,
      {
        permalink: absoluteUrl(urls.source(source.id, pinpoints.paragraph(n)), site),
        groups: [documentGroup(source, site, n, false)],
      },
    ]),
  );
}

/** What an article page's metadata describes: our analysis of one article of the Code. */
export function articleSubject(page: ArticlePage, site: URL | undefined): Subject {
  const { article } = page;
  const cited = new Map(page.findings.map(({ source }) => [source.id, sourceWork(source, site)]));
  return {
    kind: 'report',
    page: articlePageWork(article, site),
    keywords: article.data.concerns.map(concernLabel),
    cites: [...cited.values()],
    legislation: { article: article.data.number, name: articleLabel(article) },
  };
}

/** What a finding page's metadata describes: our page on one finding, citing the UN document. */
export function findingSubject(finding: Finding, source: Source, articles: Article[], site: URL | undefined): Subject {
  return {
    kind: 'report',
    page: findingPageWork(finding, site),
    keywords: finding.data.concerns.map(concernLabel),
    cites: [sourceWork(source, site, finding.data.paragraph)],
    aboutArticles: articles.map((a) => ({
      article: a.data.number,
      url: absoluteUrl(urls.article(a.data.number), site),
    })),
  };
}

/** What a standard page's metadata describes. */
export function standardSubject(standard: Standard, site: URL | undefined): Subject {
  return { kind: 'report', page: standardPageWork(standard, site) };
}

/** What a source page's metadata describes: the UN document it reproduces, or our description of a publication. */
export function sourceSubject(source: Source, site: URL | undefined): Subject {
  return reproduces(source)
    ? { kind: 'document', document: sourceWork(source, site) }
    : { kind: 'report', page: sourcePageWork(source, site) };
}

/** The works an entry's downloads (CSL-JSON, BibTeX, RIS) hold. */
// A work appears in every download under one key with the same record, so a pinpoint (a finding's paragraph)
// is left to the citation command; the whole-site files on /cite/ hold each work once.
export const downloadWorks = {
  article: (article: Article, site: URL | undefined): Work[] => [
    articlePageWork(article, site),
    ...(article.data.statute ? [shownStatute(article, site), ...laterStatutes(article, site)] : []),
  ],
  finding: (finding: Finding, source: Source, site: URL | undefined): Work[] => [
    findingPageWork(finding, site),
    sourceWork(source, site),
  ],
  standard: (standard: Standard, site: URL | undefined): Work[] => [
    instrumentWork(standard),
    standardPageWork(standard, site),
  ],
  source: (source: Source, site: URL | undefined): Work[] => [
    ...(reproduces(source) || source.data.url ? [sourceWork(source, site)] : []),
    ...(reproduces(source) ? [] : [sourcePageWork(source, site)]),
  ],
};

/** The download links of the entry whose page is at `entryPath` (as urls.* gives it). */
export function downloadLinks(entryPath: string): { href: string; label: string; filename: string }[] {
  // Saved under a name that says which entry it is ("kzctlr-criminal-code-174.bib"), so that a reader who
  // collects several does not end up with "citation (1).bib".
  const entry =
    withoutBase(entryPath)
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '-') || 'site';
  return (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
    href: urls.citation(entryPath, format),
    label: downloadFormats[format].label,
    filename: `kzctlr-${entry}.${urls.citation(entryPath, format).split('.').pop()}`,
  }));
}
