/**
 * OSCOLA (4th edition) footnote citations. No full stops in abbreviations ("art", "No", "para"), titles of
 * reports and web pages in single quotation marks, URLs in angle brackets, a full stop at the end.
 */
import { oscolaDate } from './dates';
import { render, type Formatted } from './runs';
import { criminalCode, isUnDocumentSymbol, siteName, siteNumberingNote } from './site';
import { statutePin, type DocumentWork, type PageWork, type StatuteWork, type Work } from './works';

// OSCOLA puts a quotation inside a quoted title in double marks.
const quotedTitle = (title: string) => `‘${title.replace(/‘([^’]*)’/g, '“$1”')}’`;

function statute(work: StatuteWork): string {
  const pin = statutePin(work);
  return `${criminalCode.title} of ${oscolaDate(criminalCode.date)} No ${criminalCode.number}, art ${work.article}${pin} (unofficial translation: ${siteName} <${work.url}>).`;
}

function page(work: PageWork): string {
  return `${siteName}, ${quotedTitle(work.title)}${work.reviewed ? ` (last reviewed ${oscolaDate(work.reviewed)})` : ''} <${work.url}>.`;
}

function document(work: DocumentWork): string {
  const symbol = work.symbol && !work.title.includes(work.symbol) ? ` ${isUnDocumentSymbol(work.symbol) ? 'UN Doc ' : ''}${work.symbol}` : '';
  const para = work.paragraph === undefined ? '' : `${symbol ? ',' : ''} para ${work.paragraph}`;
  const where = work.paragraph !== undefined && work.siteNumbered
    ? ` (${siteNumberingNote} <${work.paragraphUrl ?? work.copyUrl}>)`
    : ` <${work.paragraphUrl ?? work.originalUrl ?? work.copyUrl}>`;
  return `${work.issuer}, ${quotedTitle(work.title)} (${oscolaDate(work.date)})${symbol}${para}${where}.`;
}

/** The OSCOLA footnote for a work. */
export function oscola(work: Work): Formatted {
  const text = work.kind === 'statute' ? statute(work) : work.kind === 'page' ? page(work) : document(work);
  return render([text]);
}
