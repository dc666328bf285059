import { concernLabels } from './labels';
import type { Article, Standard } from './content';
import { pinpoints, urls } from './urls';
import type { Concern } from '../schemas/shared';

/** A column of a matrix: a standard or a concern. */
export interface MatrixColumn {
  id: string;
  /** Short heading, e.g. "ICCPR art. 19". */
  label: string;
  /** Full name, for the header's title and screen readers. */
  title: string;
  /** The column's own page, where it has one. */
  href?: string;
}

/** One gap shown in a cell: the pinpoint on the article page that explains it. */
export interface MatrixLink {
  href: string;
  /** The standard's short name. */
  label: string;
}

/** A filled cell: the gaps it stands for and how many findings support them. */
export interface MatrixCell {
  links: MatrixLink[];
  /** Distinct findings cited for these gaps. */
  findings: number;
}

export interface MatrixRow {
  number: string;
  /** "Article 174". */
  label: string;
  /** The article's English title. */
  title: string;
  href: string;
  /** One per column; null where the article declares no gap. */
  cells: (MatrixCell | null)[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

function row(article: Article, cells: (MatrixCell | null)[]): MatrixRow {
  const { number, title } = article.data;
  return { number, label: `Article ${number}`, title: title.en, href: urls.article(number), cells };
}

/**
 * Articles × standards: a cell for every gap an article declares, linking to the paragraph that explains
 * it. Only standards some article falls short of get a column, in the order of the standards index.
 */
export function standardsMatrix(articles: readonly Article[], standards: readonly Standard[]): Matrix {
  const used = new Set(articles.flatMap((a) => a.data.gaps.map((g) => g.standard.id)));
  const shown = standards.filter((s) => used.has(s.id));
  return {
    columns: shown.map((s) => ({ id: s.id, label: s.data.shortName, title: s.data.title, href: urls.standard(s.id) })),
    rows: articles.map((article) =>
      row(
        article,
        shown.map((standard) => {
          const gap = article.data.gaps.find((g) => g.standard.id === standard.id);
          if (!gap) return null;
          return {
            links: [{ href: urls.article(article.data.number, pinpoints.standard(standard.id)), label: standard.data.shortName }],
            findings: new Set(gap.findings.map((f) => f.id)).size,
          };
        }),
      ),
    ),
  };
}

/**
 * Articles × the concern taxonomy: a cell lists the gaps an article declares under that concern, so a
 * reader sees at once which concerns the corpus has assessed for which article.
 */
export function concernMatrix(articles: readonly Article[], standards: readonly Standard[]): Matrix {
  const names = new Map(standards.map((s) => [s.id, s.data.shortName]));
  const concerns = Object.keys(concernLabels) as Concern[];
  return {
    columns: concerns.map((c) => ({ id: c, label: concernLabels[c], title: concernLabels[c] })),
    rows: articles.map((article) =>
      row(
        article,
        concerns.map((concern) => {
          const gaps = article.data.gaps.filter((g) => g.concerns.includes(concern));
          if (gaps.length === 0) return null;
          return {
            links: gaps.map((g) => ({
              href: urls.article(article.data.number, pinpoints.standard(g.standard.id)),
              label: names.get(g.standard.id) ?? g.standard.id,
            })),
            findings: new Set(gaps.flatMap((g) => g.findings.map((f) => f.id))).size,
          };
        }),
      ),
    ),
  };
}

/** Shading steps of a cell by the findings behind it; each step has a text label in the legend. */
export const shadeSteps = [
  { level: 0, label: 'no finding cited', test: (n: number) => n === 0 },
  { level: 1, label: '1 finding', test: (n: number) => n === 1 },
  { level: 2, label: '2 findings', test: (n: number) => n === 2 },
  { level: 3, label: '3 or more findings', test: (n: number) => n >= 3 },
] as const;

/** The shading step for a number of findings. */
export function shadeLevel(findings: number): number {
  return shadeSteps.find((s) => s.test(findings))?.level ?? 0;
}
