/** How each style abbreviates a statute pinpoint, a statute version and an instrument's provision. */
import { bluebookDate, oscolaDate } from './dates';
import type { StatuteWork } from './works';
import type { StatuteVersion } from './version';

/** "(1)" for a part, ", note" for the note, "" for the whole article. */
export const statutePin = (work: StatuteWork) =>
  work.pinpoint === undefined ? '' : work.pinpoint === 'note' ? ', note' : `(${work.pinpoint})`;

/** OSCOLA: "as amended to 4 May 2020", "as amended by the Law of 26 June 2020 No 349-VI". */
export function oscolaVersion(v: StatuteVersion): string {
  return v.amendedBy
    ? `as amended by the Law of ${oscolaDate(v.amendedBy.date)} No ${v.amendedBy.number}`
    : `as amended to ${oscolaDate(v.amendedTo)}`;
}

/** Bluebook and APA: "as amended to May 4, 2020", "as amended by Law No. 349-VI of June 26, 2020". */
export function bluebookVersion(v: StatuteVersion): string {
  return v.amendedBy
    ? `as amended by Law No. ${v.amendedBy.number} of ${bluebookDate(v.amendedBy.date)}`
    : `as amended to ${bluebookDate(v.amendedTo)}`;
}

/**
 * A provision as the content names it, abbreviated: "Article 20, paragraph 2" → art 20(2); "Operative
 * paragraph 3" → para 3 (OSCOLA) or ¶ 3 (Bluebook); anything else stays as written, lower-cased.
 */
export function provisionPin(provision: string, style: 'oscola' | 'bluebook'): string {
  const article = /^Article (\d+)(?:, paragraph (\d+))?$/.exec(provision);
  if (article) return `${style === 'oscola' ? 'art' : 'art.'} ${article[1]}${article[2] ? `(${article[2]})` : ''}`;
  const paragraph = /^(?:Operative )?[Pp]aragraph (\d+)$/.exec(provision);
  if (paragraph) return style === 'oscola' ? `para ${paragraph[1]}` : `¶ ${paragraph[1]}`;
  return provision.charAt(0).toLowerCase() + provision.slice(1);
}
