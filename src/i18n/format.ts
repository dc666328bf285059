/**
 * Dates, numbers and plurals in each language's own form: "22 May 2019" and "22 мая 2019 г."; "1 finding",
 * "2 вывода", "5 выводов" through Intl.PluralRules, so no plural form is chosen by hand.
 */
import { dateParts, formatDate } from '../lib/dates';
import { formatDateSpan } from '../lib/dateSpan';
import type { Locale } from './locales';

// Genitive after a day ("22 мая"), nominative with a year alone ("май 2019 г.").
const genitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const nominative = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** "2019-05-22" → "22 мая 2019 г."; "2016-06" → "июнь 2016 г."; "2011" → "2011 г." (Russian); English as formatDate. */
export function formatDateIn(locale: Locale, iso: string): string {
  if (locale === 'en') return formatDate(iso);
  const { year, month, day } = dateParts(iso);
  if (month === undefined) return `${year} г.`;
  return day === undefined ? `${nominative[month - 1]} ${year} г.` : `${day} ${genitive[month - 1]} ${year} г.`;
}

/** "22.05.2019": the numeric form Russian legal citations give a law's date. */
export function numericDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return [d, m, y].filter(Boolean).join('.');
}

/** The forms of a counted word: English needs one and other; Russian one, few and many. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };

/** "5 выводов": the number and the form its language's plural rules choose. */
export function countOf(locale: Locale, n: number, forms: PluralForms): string {
  return `${n.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB')} ${forms[rules[locale].select(n)] ?? forms.other}`;
}

/**
 * A date or span shortened as Russian prose shortens it: ["10", "17 мая 2019 г."], ["апрель", "май 2019 г."],
 * ["30 мая", "2 июня 2019 г."]; a single date gives one label. English as formatDateSpan.
 */
export function formatDateSpanIn(locale: Locale, start: string, end?: string): [string] | [string, string] {
  if (locale === 'en') return formatDateSpan(start, end);
  if (end === undefined) return [formatDateIn('ru', start)];
  const a = dateParts(start);
  const b = dateParts(end);
  const last = formatDateIn('ru', end);
  if (a.year !== b.year || a.month === undefined) return [formatDateIn('ru', start), last];
  if (a.day === undefined) return [nominative[a.month - 1]!, last];
  if (a.month === b.month) return [String(a.day), last];
  return [`${a.day} ${genitive[a.month - 1]}`, last];
}
