/**
 * Dates as precise as the source gives them: a year ("2011"), a month ("2016-06") or a day ("2019-05-10"),
 * written in the style of the page or citation. Nothing more precise than the input is ever shown.
 */

/** How a style writes dates: its month names and where the day goes. */
export interface DateStyle {
  /** January to December. */
  months: readonly string[];
  /** A full date from its day, month name and year. */
  day: (day: number, month: string, year: number) => string;
}

/** British English, the site's own and OSCOLA's: "22 May 2019", "March 2022". */
export const englishDates: DateStyle = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  day: (day, month, year) => `${day} ${month} ${year}`,
};

/** Bluebook: "May 22, 2019", "Mar. 2022". T12: May, June and July are not abbreviated; September is "Sept.". */
export const bluebookDates: DateStyle = {
  months: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  day: (day, month, year) => `${month} ${day}, ${year}`,
};

/** Year, and month and day where given, of a YYYY, YYYY-MM or YYYY-MM-DD date; anything else is an error. */
export function dateParts(iso: string): { year: number; month?: number; day?: number } {
  const parts = iso.split('-').map(Number);
  const [year, month, day] = parts;
  if (
    year === undefined ||
    parts.length > 3 ||
    parts.some((n) => !Number.isInteger(n)) ||
    (month !== undefined && (month < 1 || month > 12))
  ) {
    throw new Error(`not a YYYY, YYYY-MM or YYYY-MM-DD date: "${iso}"`);
  }
  return { year, month, day };
}

/** "2011" → "2011"; "2016-06" → "June 2016"; "2019-05-10" → "10 May 2019" (or as `style` writes them). */
export function formatDate(iso: string, style: DateStyle = englishDates): string {
  const { year, month, day } = dateParts(iso);
  if (month === undefined) return String(year);
  const name = style.months[month - 1] ?? '';
  return day === undefined ? `${name} ${year}` : style.day(day, name, year);
}
