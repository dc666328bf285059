import { dateParts, englishDates, formatDate } from './dates';

/**
 * Dates the way the sources give them: a year ("2011"), a month ("2016-06") or a day ("2019-05-10"),
 * alone or as a span. Nothing more precise than the source is ever shown.
 */
const partsOf = dateParts;
const monthName = (month: number) => englishDates.months[month - 1] ?? '';

/**
 * The labels of a date or span, shortened as English prose shortens them: ["10", "17 May 2019"],
 * ["April", "May 2019"], ["30 May", "2 June 2019"]; a single date gives one label.
 */
export function formatDateSpan(start: string, end?: string): [string] | [string, string] {
  if (end === undefined) return [formatDate(start)];
  const a = partsOf(start);
  const b = partsOf(end);
  const last = formatDate(end);
  if (a.year !== b.year || a.month === undefined) return [formatDate(start), last];
  if (a.day === undefined) return [monthName(a.month), last];
  if (a.month === b.month) return [String(a.day), last];
  return [`${a.day} ${monthName(a.month)}`, last];
}

/**
 * Sort key that puts a date known only to the month or year after the dated days of that period:
 * the event happened some time in it, and is read after what is known to have started it.
 */
export function chronologicalKey(iso: string): string {
  const { year, month, day } = partsOf(iso);
  const pad = (n: number | undefined) => (n === undefined ? '99' : String(n).padStart(2, '0'));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
