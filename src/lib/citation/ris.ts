/**
 * RIS records, tag by tag as Zotero's RIS translator reads them (and writes them on export): the statute is
 * `STAT` with the act's name (TI), public law number (M1), section (SE), date enacted (DA), history (OP: which
 * text) and language; reports are `RPRT` with institution (PB) and number (SN). A personal author is "Family,
 * Given"; an organisation has no comma, which Zotero stores as a one-field name. IDs are the whole key.
 */
import { textLanguage } from '../../i18n/locales';
import { statuteNote } from './csl';
import { bluebookVersion, statutePin } from './provisions';
import { signedBy } from './names';
import { criminalCode, isUnDocumentSymbol, siteName } from './site';
import type { Work } from './works';

type Tags = [string, string | undefined][];

const risDate = (iso: string) => iso.split('-').join('/');
const year = (iso: string) => iso.slice(0, 4);

function tags(work: Work): Tags {
  switch (work.kind) {
    case 'statute':
      return [
        ['TY', 'STAT'],
        ['ID', work.key],
        ['TI', criminalCode.title],
        ['M1', criminalCode.number],
        ['SE', `art. ${work.article}${statutePin(work)}`],
        ['DA', risDate(criminalCode.date)],
        ['PY', year(criminalCode.date)],
        ['OP', bluebookVersion(work.version)],
        ['LA', 'ru'],
        ['UR', work.url],
        ['N1', statuteNote(work)],
      ];
    // A web page of the site (Zotero: ELEC is a web page), without a report number of ours.
    case 'page':
      return [
        ['TY', 'ELEC'],
        ['ID', work.key],
        ['TI', work.title],
        ['AU', siteName],
        ['PB', siteName],
        ['DA', work.reviewed && risDate(work.reviewed)],
        ['PY', work.reviewed && year(work.reviewed)],
        ['LA', 'en'],
        ['UR', work.url],
      ];
    case 'document':
      return [
        ['TY', 'RPRT'],
        ['ID', work.key],
        ['TI', work.title],
        ['AU', work.issuer], // the issuing body, as the boxes give it; who signed it is in the note
        ['PB', work.issuer],
        ['SN', work.symbol],
        ['DA', risDate(work.date)],
        ['PY', year(work.date)],
        ['LA', textLanguage(work.title)],
        ['UR', work.originalUrl ?? work.copyUrl],
        ['N1', signedBy(work.authors)],
      ];
    // Not GEN, which Zotero imports as a journal article with the symbol as its issue. A treaty or declaration
    // imports as a statute (its name and date of adoption), a UN resolution or comment as a report with its
    // symbol as the report number; the provision is the locator of each citation, never part of the record.
    case 'instrument':
      return [
        ['TY', work.type === 'treaty' || work.type === 'declaration' ? 'STAT' : 'RPRT'],
        ['ID', work.key],
        ['TI', work.title],
        ['SN', work.symbol],
        ['M3', work.symbol && isUnDocumentSymbol(work.symbol) ? 'UN Doc' : undefined],
        ['DA', work.adopted && risDate(work.adopted)],
        ['PY', work.adopted ? year(work.adopted) : work.year],
        ['LA', 'en'],
        ['UR', work.url],
      ];
  }
}

/** One RIS record, TY first and ER last; values are kept on one line. */
export function risRecord(work: Work): string {
  const lines = tags(work)
    .filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`);
  return [...lines, 'ER  - '].join('\n');
}
