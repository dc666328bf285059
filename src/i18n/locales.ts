/**
 * The site's languages. English is the default and keeps its addresses; every Russian page lives under /ru/
 * (astro.config.mjs, i18n), at the same path and with the same pinpoint anchors as its English page.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The locale of a page from Astro.currentLocale, which is undefined outside i18n routes. */
export const localeOf = (current: string | undefined): Locale => (current === 'ru' ? 'ru' : 'en');

/** The name of each language in itself, for the language switch. */
export const languageNames: Record<Locale, string> = { en: 'English', ru: 'Русский' };

/** The language a text of a document is written in, as far as its letters tell: Cyrillic is Russian here. */
export const textLanguage = (text: string): Locale => (/[А-Яа-яЁё]/.test(text) ? 'ru' : 'en');
