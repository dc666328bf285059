import { concernLabels } from './labels';
import type { Article, Finding, Standard } from './content';
import { gapFindingBasis } from './provenance';
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
  /** The standard cannot justify the article (gap role `cannot-justify`), rather than one it falls short of. */
  ceiling: boolean;
}

/** A filled cell: the gaps it stands for and how many findings we cite in support of them. */
export interface MatrixCell {
  links: MatrixLink[];
  /** Distinct findings cited for these gaps. */
  findings: number;
  /** Of those, the findings whose own paragraph names both the article and the standard (src/lib/provenance.ts). */
  named: number;
}

type Gap = Article['data']['gaps'][number];

/** Distinct findings cited for the gaps, and how many of them the source links to a gap itself. */
function cited(
  article: Article,
  gaps: readonly Gap[],
  findings: ReadonlyMap<string, Finding>,
): Pick<MatrixCell, 'findings' | 'named'> {
  const basis = new Map<string, boolean>();
  for (const gap of gaps) {
    for (const ref of gap.findings) {
      const finding = findings.get(ref.id);
      const named =
        finding !== undefined && gapFindingBasis(finding.data, article.data.number, gap.standard.id) === 'named';
      basis.set(ref.id, (basis.get(ref.id) ?? false) || named);
    }
  }
  return { findings: basis.size, named: [...basis.values()].filter(Boolean).length };
}

const byId = (findings: readonly Finding[]) => new Map(findings.map((f) => [f.id, f]));

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
export function standardsMatrix(
  articles: readonly Article[],
  standards: readonly Standard[],
  allFindings: readonly Finding[],
): Matrix {
  const findings = byId(allFindings);
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
            links: [
              {
                href: urls.article(article.data.number, pinpoints.standard(standard.id)),
                label: standard.data.shortName,
                ceiling: gap.role === 'cannot-justify',
              },
            ],
            ...cited(article, [gap], findings),
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
export function concernMatrix(
  articles: readonly Article[],
  standards: readonly Standard[],
  allFindings: readonly Finding[],
): Matrix {
  const findings = byId(allFindings);
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
              ceiling: g.role === 'cannot-justify',
            })),
            ...cited(article, gaps, findings),
          };
        }),
      ),
    ),
  };
}

/** Shading steps of a cell by the findings behind it; each step has a text label in the legend. */
export const shadeSteps = [
  { level: 0, label: 'no finding cited in support', test: (n: number) => n === 0 },
  { level: 1, label: '1 finding cited in support', test: (n: number) => n === 1 },
  { level: 2, label: '2 findings cited in support', test: (n: number) => n === 2 },
  { level: 3, label: '3 or more findings cited in support', test: (n: number) => n >= 3 },
] as const;

/** The shading step for a number of findings. */
export function shadeLevel(findings: number): number {
  return shadeSteps.find((s) => s.test(findings))?.level ?? 0;
}
