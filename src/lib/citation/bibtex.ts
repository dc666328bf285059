/**
 * biblatex (biber) entries, written here rather than by Citation.js so that each field is the one biblatex and
 * biblatex-oscola print: the key is the work's own (unique, from its permanent address), dates are ISO
 * `date` fields, acronyms are brace-protected, organisations are one braced name, and the statute is a
 * `@legislation` with its number and article. A pinpoint never goes into the entry: it belongs in the citation
 * command (`\cite[para 10]{key}`).
 */
import { textLanguage } from '../../i18n/locales';
import { translationNote } from './csl';
import { oscolaVersion, statutePin } from './provisions';
import { signedBy } from './names';
import { criminalCode, isUnDocumentSymbol, siteName } from './site';
import { citedAsTreaty, type Work } from './works';

// The characters LaTeX treats as commands in a field value (braces are added by the writer only).
const escape = (s: string) =>
  s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/[{}]/g, '')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

/**
 * Brace-protects the capitals of a title as written, so that styles which sentence-case titles (biblatex-apa)
 * and importers which do (Better BibTeX, Zotero) keep them: acronyms anywhere ({ICCPR}, {UN}), and every
 * other capitalised word after the first ({Kazakhstan}, {Special} {Rapporteur}).
 */
export function protectCapitals(title: string): string {
  let first = true;
  const braced = escape(title).replace(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, (word) => {
    const acronym = /\p{Lu}.*\p{Lu}/u.test(word);
    const capitalised = /\p{Lu}/u.test(word);
    const keep = acronym || (capitalised && !first);
    first = false;
    return keep ? `{${word}}` : word;
  });
  return nestedQuotes(braced);
}

/**
 * A quotation inside a title as \mkbibquote, which csquotes nests inside the quotation marks the style puts
 * round the title (OSCOLA: ‘… misuse of term “terrorists”’); typed marks would print ‘… ‘terrorists’’.
 * An apostrophe (Kazakhstan’s) has no opening mark and stays.
 */
export const nestedQuotes = (title: string): string =>
  title
    .replace(/“([^“”]*)”/g, '\\mkbibquote{$1}')
    .replace(/(^|[\s(])‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?=$|[\s),.;:])/gu, '$1\\mkbibquote{$2}');

/** An organisation as one name: biblatex would otherwise split it at " and " and read it as a person's. */
const organisation = (name: string) => `{${escape(name)}}`;

type Fields = [string, string | undefined][];

function fields(work: Work): { type: string; fields: Fields } {
  switch (work.kind) {
    case 'statute':
      return {
        type: 'legislation',
        fields: [
          // The act's name keeps its capitals ("{Code}", "{Republic}"); a wholly braced title is read as no protection.
          ['title', protectCapitals(criminalCode.title)],
          // biblatex-oscola's later (short) citations print only the short title: without the article in it,
          // every article of the Code would be "Criminal Code of the Republic of Kazakhstan 3 July 2014".
          ['shorttitle', protectCapitals(statuteShortTitle(work))],
          // biblatex-oscola prints title, year, number and note for legislation; the article goes with the number.
          ['number', `No ${criminalCode.number}, art ${work.article}${statutePin(work)}`],
          ['date', criminalCode.date],
          ['language', 'russian'],
          ['note', escape(`${oscolaVersion(work.version)}; ${translationNote(work)}`)],
          ['url', work.url],
        ],
      };
    // A web page of the site, which biblatex-oscola prints in OSCOLA's form for web material:
    // "Review, ‘Title’ (6 December 2026) <url>", with no report number of ours.
    case 'page':
      return {
        type: 'online',
        fields: [
          ['author', organisation(siteName)],
          ['title', protectCapitals(work.title)],
          ['date', work.reviewed],
          ['language', 'english'],
          ['url', work.url],
        ],
      };
    // A document with a symbol is a report (number = symbol); one without (a statement, a press release) is
    // @online, which biblatex-oscola prints as author, title, date and address without an empty "(, …)" unit.
    // A UN document is biblatex-oscola's UN-document form (@misc, entrysubtype undoc), which prints the full
    // date and "UN Doc" with the symbol: "… (22 January 2020) UN Doc A/HRC/43/46/Add.1 <url>, para 12".
    case 'document':
      if (work.symbol && isUnDocumentSymbol(work.symbol)) {
        return {
          type: 'misc',
          fields: [
            ['entrysubtype', 'undoc'],
            // The issuing body, as the boxes give it; who signed it goes where no style prints it as the author.
            ['author', organisation(work.issuer)],
            ['title', protectCapitals(work.title)],
            ['organization', organisation(work.issuer)],
            ['number', escape(`UN Doc ${work.symbol}`)],
            ['date', work.date],
            ['language', biblatexLanguage(work.title)],
            ['url', work.originalUrl ?? work.copyUrl],
            ['annotation', escape(signedBy(work.authors) ?? '')],
          ],
        };
      }
      return {
        type: work.symbol ? 'report' : 'online',
        fields: [
          ['author', organisation(work.issuer)],
          ['title', protectCapitals(work.title)],
          [work.symbol ? 'institution' : 'organization', organisation(work.issuer)],
          ['number', work.symbol && escape(work.symbol)],
          ['date', work.date],
          ['language', biblatexLanguage(work.title)],
          ['url', work.originalUrl ?? work.copyUrl],
          ['annotation', escape(signedBy(work.authors) ?? '')],
        ],
      };
    // A treaty or declaration with its dates is biblatex-oscola's treaty form (@legal, entrysubtype piltreaty):
    // "International Covenant on Civil and Political Rights (adopted 16 December 1966, entered into force 23
    // March 1976), art 19", the article coming from the citation command, as the LaTeX hint gives it.
    case 'instrument':
      if (citedAsTreaty(work) && work.adopted) {
        return {
          type: 'legal',
          fields: [
            ['entrysubtype', 'piltreaty'],
            ['title', protectCapitals(work.title)],
            ['lista', `adopted=${work.adopted}${work.inForce ? ` and inforce=${work.inForce}` : ''}`],
            ['language', 'english'],
            ['url', work.url],
          ],
        };
      }
      return {
        type: 'misc',
        fields: [
          ['title', protectCapitals(work.title)],
          ['number', work.symbol && escape(work.symbol)],
          ['date', work.adopted ?? work.year],
          ['language', 'english'],
          ['url', work.url],
        ],
      };
  }
}

/** One biblatex entry. */
export function bibtexEntry(work: Work): string {
  const { type, fields: list } = fields(work);
  const lines = list
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}},`);
  return `@${type}{${work.key},\n${lines.join('\n')}\n}`;
}

/** "Criminal Code of Kazakhstan, art 174", and the amending law for a later text. */
function statuteShortTitle(work: Extract<Work, { kind: 'statute' }>): string {
  const by = work.version.amendedBy;
  return `Criminal Code of Kazakhstan, art ${work.article}${statutePin(work)}${by ? ` (as amended by Law No ${by.number})` : ''}`;
}

/** biblatex's name of a document's language, as its title shows it. */
const biblatexLanguage = (title: string) => (textLanguage(title) === 'ru' ? 'russian' : 'english');
