/**
 * CSL-JSON items for the downloads (CSL-JSON, BibTeX, RIS): the full record of each work, as a reference
 * manager should store it. The APA rendering adapts these in apa.ts.
 */
import { textLanguage } from '../../i18n/locales';
import type { CslItem } from '@citation-js/core';
import { cslDateParts } from './dates';
import { bluebookVersion, oscolaVersion, statutePin } from './provisions';
import { signedBy } from './names';
import { criminalCode, isUnDocumentSymbol, siteName } from './site';
import type { Work } from './works';

const date = (iso: string) => ({ 'date-parts': [cslDateParts(iso)] });

/** The CSL-JSON record of a work; its id is also the BibTeX key. */
export function cslItem(work: Work): CslItem {
  return { ...fields(work), 'citation-key': work.key };
}

function fields(work: Work): CslItem {
  switch (work.kind) {
    // As Zotero's own CSL-JSON export writes a statute: title = name of act, number = public law number,
    // section, issued = date enacted, references = history (here: which text), language of the act.
    case 'statute':
      return {
        id: work.key,
        type: 'legislation',
        title: criminalCode.title,
        // No official style prints a statute's version from any field a statute import keeps but this one
        // (Zotero: "Code"): official OSCOLA prints it in brackets after the year, "2014 (as amended to 4 May
        // 2020) art 174", with the article given as the locator, as /cite/ tells the reader.
        'container-title': oscolaVersion(work.version),
        number: criminalCode.number,
        section: `art. ${work.article}${statutePin(work)}`,
        issued: date(criminalCode.date),
        references: bluebookVersion(work.version),
        URL: work.url,
        language: 'ru',
        note: statuteNote(work),
      };
    // One record per instrument: the provision is the locator of each citation (/cite/ says so), as a paragraph
    // of a UN document is. A resolution or other UN document with its symbol is a report of type "UN Doc".
    case 'instrument':
      return {
        id: work.key,
        ...(work.symbol && isUnDocumentSymbol(work.symbol)
          ? { type: 'report', genre: 'UN Doc', number: work.symbol }
          : { type: work.type === 'treaty' ? 'treaty' : 'document', ...(work.symbol ? { number: work.symbol } : {}) }),
        title: work.title,
        ...(work.adopted
          ? { issued: date(work.adopted) }
          : work.year
            ? { issued: { 'date-parts': [[Number(work.year)]] } }
            : {}),
        ...(work.url ? { URL: work.url } : {}),
        language: 'en',
      };
    // Our pages are web pages of the site, as OSCOLA cites them ("Review, ‘Title’ (date) <url>"): a report with
    // a number would print an invented report number ("KZCTLR/criminal-code/174") in every official style.
    case 'page':
      return {
        id: work.key,
        type: 'webpage',
        title: work.title,
        author: [{ literal: siteName }],
        ...(work.reviewed ? { issued: date(work.reviewed) } : {}),
        URL: work.url,
        language: 'en',
      };
    case 'document':
      return {
        id: work.key,
        type: 'report',
        title: work.title,
        // The issuing body, as the boxes give it (also the publisher, Zotero: institution); who signed it is in
        // the note. A pinpoint is never part of the record: it goes in the citation command.
        // No publisher: it would be the author again, which APA 7 omits and OSCOLA prints twice.
        author: [{ literal: work.issuer }],
        ...(work.symbol ? { number: work.symbol } : {}),
        // Official OSCOLA and APA print the genre before the number: "UN Doc A/HRC/43/46/Add.1" (Zotero: report type).
        ...(work.symbol && isUnDocumentSymbol(work.symbol) ? { genre: 'UN Doc' } : {}),
        issued: date(work.date),
        URL: work.originalUrl ?? work.copyUrl,
        // Where the address is a legacy one, say so (e.g. OHCHR's old news address); a pinpoint stays out of the record.
        // Not "URL: …": citeproc-js and Zotero read a "Field: value" line of the note as that field.
        ...documentNote(work),
        // A document held in Russian (CCPR/C/KAZ/CO/2 para. 50) is a Russian record.
        language: textLanguage(work.title),
      };
  }
}

/** Who signed a document, and what its address is where that needs saying; no pinpoint. */
function documentNote(work: Extract<Work, { kind: 'document' }>): { note?: string } {
  const note = [
    signedBy(work.authors),
    work.originalUrl && work.originalUrlNote ? `The address given is the ${work.originalUrlNote}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return note ? { note } : {};
}

/** Whose English the statute record points to: "unofficial English translation by …; the Russian text is authoritative". */
export function translationNote(work: Extract<Work, { kind: 'statute' }>): string {
  return work.version.amendedBy
    ? `described (not translated) by the ${siteName}; the Russian and Kazakh texts are authoritative`
    : `unofficial English translation by the ${siteName}; the Russian text is authoritative`;
}

/** What a statute record says about the text it points to. */
export function statuteNote(work: Extract<Work, { kind: 'statute' }>): string {
  return `Text ${bluebookVersion(work.version)}; ${translationNote(work)}.`;
}
