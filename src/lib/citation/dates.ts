/** Dates as each citation style and metadata scheme writes them. Input is YYYY-MM-DD or YYYY-MM. */
import { bluebookDates, dateParts, englishDates, formatDate } from '../dates';

/** CSL's date-parts: year, month and (when known) day as numbers. */
export function cslDateParts(iso: string): number[] {
  const { year, month, day } = dateParts(iso);
  return [year, ...(month === undefined ? [] : [month]), ...(day === undefined ? [] : [day])];
}

/** OSCOLA: "22 May 2019", "March 2022". */
export function oscolaDate(iso: string): string {
  return formatDate(iso, englishDates);
}

/** Bluebook: "May 22, 2019", "Mar. 2022". */
export function bluebookDate(iso: string): string {
  return formatDate(iso, bluebookDates);
}

/** Highwire (Google Scholar, Zotero): "2019/05/22", "2022/03". */
export function highwireDate(iso: string): string {
  return iso.replaceAll('-', '/');
}
