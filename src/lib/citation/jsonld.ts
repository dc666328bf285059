/**
 * schema.org JSON-LD for search engines and other consumers (Zotero ignores it). Every page gets the site's
 * Organization and WebSite; an article page adds the Code and the article as `Legislation` and our analysis as
 * a `Report` about the article; other entry pages are a `Report`; a reproduced UN document is a `Report` with
 * its symbol as `reportNumber`, shown on a `WebPage`; the rest are a `WebPage`.
 */
import { displayName } from './names';
import { criminalCode, siteName } from './site';
import type { PageFacts } from './meta';
import { textLanguage } from '../../i18n/locales';
import type { DocumentWork } from './works';

type Node = Record<string, unknown>;

/** The ids every graph shares, derived from the site's home address. */
function siteIds(home: string) {
  return { organization: `${home}#organization`, website: `${home}#website`, code: `${home}criminal-code/#code` };
}

/** The node id of an article of the Code: its page's address, fragment "legislation". */
const legislationId = (articleUrl: string) => `${articleUrl}#legislation`;

function documentNode(d: DocumentWork, id?: string): Node {
  return {
    '@type': 'Report',
    ...(id ? { '@id': id } : {}),
    name: d.title,
    ...(d.symbol ? { reportNumber: d.symbol } : {}),
    publisher: { '@type': 'Organization', name: d.issuer },
    // The issuing body is the author, as in the boxes and downloads; the persons who signed it contribute.
    author: { '@type': 'Organization', name: d.issuer },
    ...(d.authors.length
      ? {
          contributor: d.authors.map((a) => ({
            '@type': 'Person',
            name: displayName(a),
            familyName: a.family,
            givenName: a.given,
          })),
        }
      : {}),
    datePublished: d.date,
    url: d.originalUrl ?? d.copyUrl,
    inLanguage: textLanguage(d.title),
  };
}

/** A document a report cites: enough to identify it, without restating what its own page says of it. */
const citedNode = (d: DocumentWork): Node => ({
  '@type': 'Report',
  name: d.title,
  ...(d.symbol ? { reportNumber: d.symbol } : {}),
  url: d.originalUrl ?? d.copyUrl,
});

/** The JSON-LD graph of a page; `home` is the site's absolute home address. */
export function jsonLd(page: PageFacts, home: string): Node {
  const ids = siteIds(home);
  const graph: Node[] = [
    { '@type': 'Organization', '@id': ids.organization, name: siteName, url: home },
    {
      '@type': 'WebSite',
      '@id': ids.website,
      name: siteName,
      url: home,
      inLanguage: ['en', 'ru'],
      publisher: { '@id': ids.organization },
    },
  ];
  const s = page.subject;
  const webPage: Node = {
    '@type': 'WebPage',
    '@id': page.canonical,
    url: page.canonical,
    name: page.title,
    description: page.description,
    inLanguage: page.language ?? 'en',
    isPartOf: { '@id': ids.website },
  };

  if (!s) {
    graph.push(webPage);
  } else if (s.kind === 'document') {
    const docId = `${page.canonical}#document`;
    graph.push(documentNode(s.document, docId), {
      ...webPage,
      mainEntity: { '@id': docId },
      publisher: { '@id': ids.organization },
    });
  } else {
    const about: Node[] = [];
    if (s.legislation) {
      graph.push(
        {
          '@type': 'Legislation',
          '@id': ids.code,
          name: criminalCode.title,
          legislationIdentifier: `No. ${criminalCode.number}`,
          legislationJurisdiction: criminalCode.jurisdiction,
          legislationDate: criminalCode.date,
          legislationType: 'code',
          legislationLegalForce: 'https://schema.org/InForce',
          inLanguage: ['ru', 'kk'],
        },
        {
          '@type': 'Legislation',
          '@id': legislationId(page.canonical),
          name: `${criminalCode.title}, ${s.legislation.name}`,
          legislationIdentifier: `${criminalCode.title} No. ${criminalCode.number}, art. ${s.legislation.article}`,
          legislationJurisdiction: criminalCode.jurisdiction,
          legislationDate: criminalCode.date,
          legislationType: 'article',
          inLanguage: ['ru', 'kk'],
          isPartOf: { '@id': ids.code },
        },
      );
      about.push({ '@id': legislationId(page.canonical) });
    }
    about.push(
      ...(s.aboutArticles ?? []).map((a) => ({
        '@id': legislationId(a.url),
        '@type': 'Legislation',
        name: `${criminalCode.title}, Article ${a.article}`,
      })),
    );
    const p = s.page;
    graph.push({
      '@type': 'Report',
      '@id': `${page.canonical}#report`,
      name: p.title,
      url: page.canonical,
      reportNumber: p.number,
      author: { '@id': ids.organization },
      publisher: { '@id': ids.organization },
      ...(p.published ? { datePublished: p.published } : {}),
      ...(p.reviewed ? { dateModified: p.reviewed } : {}),
      inLanguage: page.language ?? 'en',
      isPartOf: { '@id': ids.website },
      ...(about.length ? { about: about.length === 1 ? about[0] : about } : {}),
      ...(s.keywords?.length ? { keywords: s.keywords.join(', ') } : {}),
      // The documents cited, by name and address only: each document's own page describes it in full.
      ...(s.cites?.length ? { citation: s.cites.map((d) => citedNode(d)) } : {}),
    });
    // The report carries the page's name; the description is in the page's meta tags already.
    const { description: _description, ...entryPage } = webPage;
    graph.push({ ...entryPage, mainEntity: { '@id': `${page.canonical}#report` } });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function jsonLdText(data: Node): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
