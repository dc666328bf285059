/** How citations speak of the publisher and of the paragraph numbers it assigns. */
import { siteName } from '../site';

export { criminalCode, siteName } from '../site';

/** How a citation says that a paragraph number is this site's, not the document's. */
export const siteNumberingNote = `as numbered by the ${siteName}`;

/**
 * Whether a source's `numbering` statement says this site assigned the paragraph numbers (the document has
 * none of its own, or only those of another part). Every statement written so far says so in one of these forms.
 */
export function numberedBySite(numbering: string | undefined): boolean {
  if (!numbering) return false;
  return /\bthis site numbers\b|\bnumbered\b[^.]*\bby this site\b/i.test(numbering);
}

/** An issuer without the trailing explanation in brackets the content adds for readers ("… (press release of …)"). */
export function citationIssuer(issuer: string): string {
  return issuer.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/**
 * One key per instrument, not per provision: the short name without its provision ("ICCPR art. 19" → "iccpr",
 * "CCPR General Comment No. 34, para. 46" → "ccpr-general-comment-no-34"). The provision goes in the citation, as a
 * paragraph of a UN document does, so a library holds the Covenant once and an OSCOLA table lists it once.
 */
export const instrumentKey = (shortName: string): string =>
  citationKey(shortName.replace(/,?\s+(?:arts?\.|paras?\.|practice|principle)\s.*$/, ''));

/** Whether a symbol is a UN document symbol (A/HRC/…, CCPR/C/…), which styles print as "UN Doc …". */
export function isUnDocumentSymbol(symbol: string): boolean {
  return /^[A-Z]+(\/[A-Za-z0-9.()-]+)+( \(\d{4}\))?$/.test(symbol); // "S/RES/1566 (2004)" with its year
}

/** The stable identifier of one of our pages, from its site path: "criminal-code/255/" → "KZCTLR/criminal-code/255". */
export function reportNumber(sitePath: string): string {
  return `KZCTLR/${sitePath.replace(/^\/+|\/+$/g, '')}`;
}

/** A citation key for BibTeX and CSL-JSON ids: letters, digits and hyphens only. */
export function citationKey(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
