/**
 * The <meta> tags reference managers and link previews read: Highwire Press `citation_*` (Google Scholar,
 * Zotero), Dublin Core and Open Graph. Zotero's Embedded Metadata translator makes a "report" of any page with
 * `citation_technical_report_institution`, so our pages carry the site as institution and a stable id as number,
 * and a reproduced UN document carries its issuer and symbol. Plain pages get no `citation_*` tags: a title alone
 * would make Zotero save them as a journal article.
 */
import { highwireDate } from './dates';
import { invertedName } from './names';
import { siteName } from './site';
import type { Subject } from './subject';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** The page a tag set describes. */
export interface PageFacts {
  title: string;
  description: string;
  /** The canonical address, without query or fragment. */
  canonical: string;
  subject?: Subject;
  /** When a plain page (no subject) last changed, YYYY-MM-DD: its DC.date, so no tool guesses one. */
  updated?: string;
  /**
   * On a citation page, the address of the entry whose work it cites: a reference manager saving the page
   * saves that work at its own address, not an undated helper page called "Cite Article 174".
   */
  workUrl?: string;
}

const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });

/** Highwire Press tags: empty for plain pages. */
function highwireTags(page: PageFacts): MetaTag[] {
  const subject = page.subject;
  if (!subject) return [];
  if (subject.kind === 'report') {
    const p = subject.page;
    return [
      name('citation_title', p.title),
      name('citation_publisher', siteName),
      name('citation_technical_report_institution', siteName),
      name('citation_technical_report_number', p.number),
      ...(p.reviewed ? [name('citation_publication_date', highwireDate(p.reviewed))] : []),
      name('citation_language', 'en'),
      ...(subject.keywords?.length ? [name('citation_keywords', subject.keywords.join('; '))] : []),
      name('citation_public_url', page.workUrl ?? page.canonical),
    ];
  }
  const d = subject.document;
  return [
    name('citation_title', d.title),
    // Persons only, inverted ("Ní Aoláin, Fionnuala"): Zotero splits a name without a comma at its last space.
    ...d.authors.map((a) => name('citation_author', invertedName(a))),
    name('citation_technical_report_institution', d.issuer),
    ...(d.symbol ? [name('citation_technical_report_number', d.symbol)] : []),
    name('citation_publication_date', highwireDate(d.date)),
    name('citation_language', 'en'),
    name('citation_public_url', page.workUrl ?? page.canonical),
  ];
}

/** Dublin Core tags. No DC.creator: Zotero would split an organisation's name into a person's. */
function dublinCoreTags(page: PageFacts): MetaTag[] {
  const s = page.subject;
  const publisher = s?.kind === 'document' ? s.document.issuer : siteName;
  const date = s?.kind === 'document' ? s.document.date : s ? s.page.reviewed : page.updated;
  return [
    name('DC.title', s?.kind === 'document' ? s.document.title : s ? s.page.title : page.title),
    name('DC.publisher', publisher),
    ...(date ? [name('DC.date', date)] : []),
    name('DC.identifier', page.workUrl ?? page.canonical),
    name('DC.language', 'en'),
  ];
}

/** Open Graph tags for link previews. */
function openGraphTags(page: PageFacts): MetaTag[] {
  const s = page.subject;
  const modified = s?.kind === 'report' ? s.page.reviewed : s ? undefined : page.updated;
  return [
    property('og:type', s ? 'article' : 'website'),
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:url', page.canonical),
    property('og:site_name', siteName),
    ...(modified ? [property('article:modified_time', modified)] : []),
  ];
}

/** Every tag, in the order they go into <head>. */
export function metaTags(page: PageFacts): MetaTag[] {
  return [...highwireTags(page), ...dublinCoreTags(page), ...openGraphTags(page)];
}
