/**
 * The <meta> tags reference managers and link previews read: Highwire Press `citation_*` (Google Scholar,
 * Zotero), Dublin Core and Open Graph. Zotero's Embedded Metadata translator makes a "report" of any page with
 * `citation_technical_report_institution`, so our pages carry the site as institution and a stable id as number,
 * and a reproduced UN document carries its issuer and symbol. Plain pages get no `citation_*` tags: a title alone
 * would make Zotero save them as a journal article.
 */
import { highwireDate } from './dates';
import { textLanguage } from '../../i18n/locales';
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
  /** The language the page is written in (our page's), 'en' unless given. */
  language?: 'en' | 'ru';
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
      name('citation_language', page.language ?? 'en'),
      ...(subject.keywords?.length ? [name('citation_keywords', subject.keywords.join('; '))] : []),
      name('citation_public_url', page.workUrl ?? page.canonical),
    ];
  }
  const d = subject.document;
  return [
    name('citation_title', d.title),
    // No citation_author: the issuing body is the author, as in the boxes and downloads, and Zotero would split
    // its name at the last space into a person's; it saves the body as the institution.
    name('citation_technical_report_institution', d.issuer),
    ...(d.symbol ? [name('citation_technical_report_number', d.symbol)] : []),
    name('citation_publication_date', highwireDate(d.date)),
    name('citation_language', textLanguage(d.title)),
    // The address the downloads give, so a saved page and an imported record are one item.
    name('citation_public_url', d.originalUrl ?? d.copyUrl),
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
    name(
      'DC.identifier',
      s?.kind === 'document' ? (s.document.originalUrl ?? s.document.copyUrl) : (page.workUrl ?? page.canonical),
    ),
    name('DC.language', s?.kind === 'document' ? textLanguage(s.document.title) : (page.language ?? 'en')),
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
