/** The interface text of a page's language: `t('nav.articles')`, with `{name}` values filled in. */
import type { Locale } from '../locales';
import { en, type UiKey } from './en';
import { ru } from './ru';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ru };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type { UiKey };
