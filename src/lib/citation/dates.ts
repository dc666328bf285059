/** Dates as each citation style and metadata scheme writes them. Input is YYYY-MM-DD or YYYY-MM. */

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Bluebook T12: May, June and July are not abbreviated; September is "Sept.".
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Year, month and (when known) day as numbers. */
export function dateParts(iso: string): number[] {
  const parts = iso.split('-').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((n) => !Number.isInteger(n))) throw new Error(`not a YYYY-MM(-DD) date: "${iso}"`);
  return parts;
}

/** OSCOLA: "22 May 2019", "March 2022". */
export function oscolaDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  const month = monthNames[(m ?? 1) - 1];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** Bluebook: "May 22, 2019", "Mar. 2022". */
export function bluebookDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  const month = bluebookMonths[(m ?? 1) - 1];
  return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}

/** Highwire (Google Scholar, Zotero): "2019/05/22", "2022/03". */
export function highwireDate(iso: string): string {
  return iso.replaceAll('-', '/');
}
