/**
 * Citations in Russian legal usage, for the Russian edition (no official CSL style has a layout for a law, and
 * the CSL Russian locale has no term for "article": ../shared/reference/later-sources.md, B.3). The forms follow
 * what Kazakh courts, prosecutors and Adilet write (B.4): "ч. 1 ст. 174 УК РК", "Законом РК от 02.07.2021
 * № 62-VII"; the long form names the Code as Adilet titles it; our pages are electronic resources as in GOST R
 * 7.0.5-2008 ("[Электронный ресурс] … URL: … (дата обращения: …)").
 */
import { formatDateIn, numericDate } from '../../i18n/format';
import { textLanguage } from '../../i18n/locales';
import { siteName } from './site';
import { documentAddress, type DocumentWork, type StatuteWork } from './works';
import { isUnDocumentSymbol } from './site';

/** The Code as its Russian title and the courts' abbreviation give it. */
export const criminalCodeRu = {
  title: 'Уголовный кодекс Республики Казахстан',
  date: '2014-07-03',
  number: '226-V',
  abbreviation: 'УК РК',
} as const;

/** "от 3 июля 2014 года": a law's date in its title, with the year written out as "года". */
const ofDate = (iso: string) => `от ${formatDateIn('ru', iso).replace(/ г\.$/, ' года')}`;

/** Which text is cited: "(с изменениями и дополнениями по состоянию на 4 мая 2020 г.)" or "(в редакции Закона …)". */
export function russianVersion(work: StatuteWork): string {
  const by = work.version.amendedBy;
  return by
    ? `(в редакции Закона Республики Казахстан от ${numericDate(by.date)} № ${by.number})`
    : `(с изменениями и дополнениями по состоянию на ${formatDateIn('ru', work.version.amendedTo)})`;
}

/** "Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V (с изменениями …), ст. 174, ч. 1". */
export function russianStatuteLong(work: StatuteWork): string {
  const pin = work.pinpoint === undefined ? '' : work.pinpoint === 'note' ? ', примечание' : `, ч. ${work.pinpoint}`;
  return `${criminalCodeRu.title} ${ofDate(criminalCodeRu.date)} № ${criminalCodeRu.number} ${russianVersion(work)}, ст. ${work.article}${pin}`;
}

/** "ч. 1 ст. 174 УК РК", "ст. 174 УК РК", "примечание к ст. 174 УК РК": the form courts and prosecutors use. */
export function russianStatuteShort(work: StatuteWork): string {
  const article = `ст. ${work.article} ${criminalCodeRu.abbreviation}`;
  if (work.pinpoint === undefined) return article;
  return work.pinpoint === 'note' ? `примечание к ${article}` : `ч. ${work.pinpoint} ${article}`;
}

/** A piece of a citation: Russian text, or words kept in the document's own language (English). */
export type RussianRun = string | { en: string };

/** The runs as plain text. */
export const runsText = (runs: RussianRun[]): string => runs.map((r) => (typeof r === 'string' ? r : r.en)).join('');

/**
 * A UN document at a paragraph, GOST R 7.0.5-2008 style: its title and issuer as the document gives them (in
 * English: no official Russian text is held), "[Электронный ресурс]", the date, "Док. ООН" with the symbol,
 * "п. 11" and the address, saying where the paragraph numbers are this site's.
 */
export function russianDocument(work: DocumentWork): RussianRun[] {
  const address = documentAddress(work);
  const paragraph =
    work.paragraph === undefined
      ? ''
      : ` ${work.heldPart === 'summary' ? 'резюме, п.' : 'п.'} ${work.paragraph}${address.siteNumbered ? ' (нумерация сайта)' : ''}.`;
  const symbol = work.symbol ? ` ${isUnDocumentSymbol(work.symbol) ? 'Док. ООН ' : ''}${work.symbol}.` : '';
  // "22 января 2020 г." ends in its own full stop; "2011 г." too.
  const date = formatDateIn('ru', work.date);
  return [
    // A document held in Russian (CCPR/C/KAZ/CO/2 para. 50) has a Russian title: that run is not English.
    textLanguage(work.title) === 'ru' ? work.title : { en: work.title },
    ' [Электронный ресурс] / ',
    { en: work.issuer },
    `. ${date}${date.endsWith('.') ? '' : '.'}${symbol}${paragraph} URL: ${address.url} (дата обращения: __.__.____).`,
  ];
}

/**
 * One of our pages as an electronic resource (GOST R 7.0.5-2008): "Статья 174. … [Электронный ресурс] // Kazakhstan
 * Counter-Terrorism Law Review : [сайт]. 06.12.2026. URL: … (дата обращения: __.__.____)." The reader writes
 * the day they consulted it, which no page can know.
 */
export function russianPage(page: { title: string; url: string; reviewed?: string }): string {
  return runsText(russianPageRuns(page));
}

/** The same, as runs: a page whose title stays in English (our description of an English publication) marks it so. */
export function russianPageRuns(page: { title: RussianRun; url: string; reviewed?: string }): RussianRun[] {
  const date = page.reviewed ? ` ${numericDate(page.reviewed)}.` : '';
  return [
    page.title,
    ` [Электронный ресурс] // ${siteName} : [сайт].${date} URL: ${page.url} (дата обращения: __.__.____).`,
  ];
}
