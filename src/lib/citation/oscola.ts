/**
 * OSCOLA (4th edition) footnote citations. No full stops in abbreviations ("art", "No", "para"), titles of
 * reports and web pages in single quotation marks, URLs in angle brackets, a full stop at the end.
 */
import { oscolaDate } from './dates';
import { render, type Formatted } from './runs';
import { criminalCode, isUnDocumentSymbol, siteName, siteNumberingNote } from './site';
import { oscolaVersion, provisionPin, statutePin } from './provisions';
import {
  byKind,
  documentAddress,
  type DocumentWork,
  type InstrumentWork,
  type PageWork,
  type StatuteWork,
  type Work,
} from './works';

// OSCOLA puts a quotation inside a quoted title in double marks.
const quotedTitle = (title: string) => `‘${title.replace(/‘([^’]*)’/g, '“$1”')}’`;

function statute(work: StatuteWork): string {
  // A later text is described, not translated, on our page.
  const ours = work.version.amendedBy ? `described by the ${siteName}` : `unofficial translation: ${siteName}`;
  return `${criminalCode.title} of ${oscolaDate(criminalCode.date)} No ${criminalCode.number}, art ${work.article}${statutePin(work)} (${oscolaVersion(work.version)}; ${ours} <${work.url}>).`;
}

// OSCOLA treaties: name, (adopted …, entered into force …), art; resolutions and UN documents: name (date) UN Doc symbol, para.
function instrument(work: InstrumentWork): string {
  const when =
    (work.type === 'treaty' || work.type === 'declaration') && work.adopted
      ? ` (adopted ${oscolaDate(work.adopted)}${work.inForce ? `, entered into force ${oscolaDate(work.inForce)}` : ''})`
      : work.adopted
        ? ` (${oscolaDate(work.adopted)})`
        : work.year
          ? ` (${work.year})`
          : '';
  // OSCOLA writes a General Assembly resolution "UNGA Res 217 A(III)".
  const resolution = work.resolution ? ` UNGA Res ${work.resolution.replace(/ \(/, '(')}` : '';
  const symbol = work.symbol ? ` UN Doc ${work.symbol}${work.within ? `, ${work.within}` : ''}` : '';
  return `${work.title}${when}${resolution}${symbol}${symbol ? ',' : ''} ${provisionPin(work.provision, 'oscola')}.`;
}

function page(work: PageWork): string {
  return `${siteName}, ${quotedTitle(work.title)}${work.reviewed ? ` (last reviewed ${oscolaDate(work.reviewed)})` : ''} <${work.url}>.`;
}

function document(work: DocumentWork): string {
  const symbol =
    work.symbol && !work.title.includes(work.symbol)
      ? ` ${isUnDocumentSymbol(work.symbol) ? 'UN Doc ' : ''}${work.symbol}`
      : '';
  const para =
    work.paragraph === undefined
      ? ''
      : `${symbol ? ',' : ''} ${work.heldPart ? `${work.heldPart} ` : ''}para ${work.paragraph}`;
  const address = documentAddress(work);
  const where = address.siteNumbered
    ? ` (${siteNumberingNote} <${address.url}>)`
    : ` <${address.url}>${address.note ? ` (${address.note})` : ''}`;
  return `${work.issuer}, ${quotedTitle(work.title)} (${oscolaDate(work.date)})${symbol}${para}${where}.`;
}

/** The OSCOLA footnote for a work. */
export function oscola(work: Work): Formatted {
  return render([byKind(work, { statute, page, instrument, document })]);
}
