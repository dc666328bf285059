/**
 * Bluebook (21st edition) citations: foreign codes by their original-language title transliterated, then the
 * English title in brackets (rule 20.2.2), number and date with the country in brackets (T10 "Kaz."); internet
 * sources by author, italic title, the date of the material and URL (rule 18.2.2); UN documents by author,
 * italic title, ¶ pinpoint, "U.N. Doc." symbol and date (rule 21.7). Titles take rule 8 capitals.
 */
import { bluebookDate } from './dates';
import { italic, render, type Formatted, type Run } from './runs';
import { criminalCode, isUnDocumentSymbol, siteName, siteNumberingNote } from './site';
import { bluebookVersion, provisionPin, statutePin } from './provisions';
import { transliterateRussian } from './transliterate';
import {
  byKind,
  documentAddress,
  type DocumentWork,
  type InstrumentWork,
  type PageWork,
  type StatuteWork,
  type Work,
} from './works';

// Rule 8(a): articles, conjunctions and prepositions of four or fewer letters stay lower case inside a title.
const minorWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'out',
  'per',
  'to',
  'up',
  'via',
  'from',
  'into',
  'onto',
  'over',
  'with',
  'upon',
  'than',
]);

/** Capitalises a title by Bluebook rule 8(a); words that already hold capitals (acronyms) are left alone. */
export function bluebookTitleCase(title: string): string {
  let first = true;
  return title
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const match = /^([^\p{L}\p{N}]*)([\p{L}\p{N}].*)?$/u.exec(token);
      const lead = match?.[1] ?? '';
      const word = match?.[2] ?? '';
      const bare = word.replace(/[^\p{L}\p{N}'’-]+$/u, '').toLowerCase();
      const keepLower = !first && minorWords.has(bare);
      first = /[:]$/.test(token);
      if (!word || keepLower || /\p{Lu}/u.test(word)) return token;
      return (
        lead +
        word
          .split('-')
          .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
          .join('-')
      );
    })
    .join('');
}

/** "UN" as the Bluebook abbreviates it in an institutional author. */
const bluebookName = (name: string) => name.replace(/\bUN\b/g, 'U.N.');

function statute(work: StatuteWork): Run[] {
  const title = `${transliterateRussian(criminalCode.titleRu)} [${criminalCode.title}]`;
  const head = `${title} No. ${criminalCode.number} of ${bluebookDate(criminalCode.date)}, art. ${work.article}${statutePin(work)} (${criminalCode.bluebookCountry}) (${bluebookVersion(work.version)})`;
  // A later text is described on our page, not translated there.
  return work.version.amendedBy
    ? [`${head}, described in ${siteName}, ${work.url}.`]
    : [`${head}, `, italic('translated in'), ` ${siteName}, ${work.url}.`];
}

// Rule 18.2.2(c): a date that refers to the material (our last review, the version cited) goes in brackets
// before the URL; an undated page has none, and the reader adds "(last visited …)" after the URL.
function page(work: PageWork): Run[] {
  return [
    `${siteName}, `,
    italic(bluebookTitleCase(work.title)),
    `${work.reviewed ? ` (${bluebookDate(work.reviewed)})` : ''}, ${work.url}.`,
  ];
}

// Treaties by name, article and date of adoption; UN materials by rule 21.7 (¶, U.N. Doc. symbol, date).
function instrument(work: InstrumentWork): Run[] {
  const pin = provisionPin(work.provision, 'bluebook');
  if (work.type === 'treaty')
    return [
      `${work.title} ${pin}${work.adopted ? `, ${bluebookDate(work.adopted)}` : work.year ? ` (${work.year})` : ''}.`,
    ];
  const date = work.adopted ? bluebookDate(work.adopted) : work.year;
  // Rule 21.7.1: a General Assembly resolution is "G.A. Res. 217 (III) A", the session before the letter.
  const assembly = work.resolution && /^(\d+) ([A-Z]) \(([IVXLC]+)\)$/.exec(work.resolution);
  if (assembly)
    return [
      `${work.title}, G.A. Res. ${assembly[1]} (${assembly[3]}) ${assembly[2]}, ${pin}${date ? ` (${date})` : ''}.`,
    ];
  // Rule 21.7.3: a Security Council resolution is "S.C. Res. 1566, ¶ 3 (Oct. 8, 2004)", its number standing for the symbol.
  const council = work.symbol && /^S\/RES\/(\d+) \(\d{4}\)$/.exec(work.symbol);
  if (council) return [`S.C. Res. ${council[1]}, ${pin}${date ? ` (${date})` : ''}.`];
  return [
    `${bluebookName(work.title)}, ${pin}${work.symbol ? `, U.N. Doc. ${work.symbol}${work.within === 'appendix' ? ', app.' : work.within ? `, ${work.within}` : ''}` : ''}${date ? ` (${date})` : ''}.`,
  ];
}

function document(work: DocumentWork): Run[] {
  const para = work.paragraph === undefined ? '' : `, ${work.heldPart ? `${work.heldPart} ` : ''}¶ ${work.paragraph}`;
  const symbol =
    work.symbol && !work.title.includes(work.symbol)
      ? `, ${isUnDocumentSymbol(work.symbol) ? 'U.N. Doc. ' : ''}${work.symbol}`
      : '';
  const address = documentAddress(work);
  const where = address.siteNumbered
    ? ` (${siteNumberingNote}, ${address.url})`
    : `, ${address.url}${address.note ? ` (${address.note})` : ''}`;
  return [
    `${bluebookName(bluebookTitleCase(work.issuer))}, `,
    italic(bluebookTitleCase(work.title)),
    `${para}${symbol} (${bluebookDate(work.date)})${where}.`,
  ];
}

/** The Bluebook citation for a work. */
export function bluebook(work: Work): Formatted {
  return render(byKind(work, { statute, page, instrument, document }));
}
