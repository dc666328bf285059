/**
 * A matrix (lib/matrix.ts) in a page's language: rows named and linked as that language names them, concerns in
 * its words, standards' full names in it where translated, every link to that language's page. English is the
 * matrix as built.
 */
import type { Article } from './content';
import type { Matrix } from './matrix';
import type { Concern } from '../schemas/fragments';
import type { Locale } from '../i18n/locales';
import { inLocale } from '../i18n/routes';
import { useTranslations } from '../i18n/ui';

export function matrixIn(
  locale: Locale,
  matrix: Matrix,
  {
    articles,
    standardTitles = new Map(),
  }: { articles: readonly Article[]; standardTitles?: ReadonlyMap<string, string> },
): Matrix {
  if (locale === 'en') return matrix;
  const t = useTranslations(locale);
  const titles = new Map(articles.map((a) => [a.data.number, a.data.title.ru]));
  return {
    columns: matrix.columns.map((c) =>
      c.href
        ? { ...c, href: inLocale(locale, c.href), title: standardTitles.get(c.id) ?? c.title }
        : { ...c, label: t(`concern.${c.id as Concern}`), title: t(`concern.${c.id as Concern}`) },
    ),
    rows: matrix.rows.map((r) => ({
      ...r,
      label: t('article.crumb', { n: r.number }),
      title: titles.get(r.number) ?? r.title,
      href: inLocale(locale, r.href),
      cells: r.cells.map(
        (cell) => cell && { ...cell, links: cell.links.map((l) => ({ ...l, href: inLocale(locale, l.href) })) },
      ),
    })),
  };
}
