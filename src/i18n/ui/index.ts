/** The interface text of a page's language: `t('nav.articles')`, with `{name}` values filled in. */
import { fill } from '../fill';
import type { Locale } from '../locales';
import { en, type UiKey } from './en';
import { ru } from './ru';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ru };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => fill(dictionary[key], values);
}

export type { UiKey };
