/**
 * Where a page is in the other language. A Russian page exists where a route file under src/pages/ru/ matches
 * the English path, so the language switch and hreflang links never point at a page that was not built and
 * need no list kept by hand.
 */
import type { Locale } from './locales';
import { sitePath, withoutBase } from '../lib/urls';

/** "ru/criminal-code/[number].astro" → /^criminal-code\/[^/]+\/$/ (the English path it mirrors). */
export function routePattern(file: string): RegExp {
  const route = file
    .replace(/^.*?\/pages\/ru\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  const source = route
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\[.+\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}${source ? '/' : ''}$`);
}

const russianRoutes = Object.keys(import.meta.glob('../pages/ru/**/*.astro')).map(routePattern);

/** The path after the base and the language prefix: "/mirror/ru/criminal-code/174/" → "criminal-code/174/". */
export function pagePath(pathname: string): string {
  return withoutBase(pathname)
    .replace(/^\//, '')
    .replace(/^ru(\/|$)/, '');
}

/** The address of `pathname`'s page in `locale` (with the base), or undefined where that page does not exist. */
export function pageIn(locale: Locale, pathname: string): string | undefined {
  const path = pagePath(pathname);
  if (locale === 'en') return sitePath(path);
  return russianRoutes.some((r) => r.test(path)) ? sitePath(`ru/${path}`) : undefined;
}

/** A site path (with the base, as urls.* gives it) in `locale`: "/criminal-code/174/#part-1" → "/ru/criminal-code/174/#part-1". */
export function inLocale(locale: Locale, href: string): string {
  const base = sitePath('');
  if (locale === 'en' || !href.startsWith(base)) return href;
  return sitePath(`ru/${href.slice(base.length)}`);
}
