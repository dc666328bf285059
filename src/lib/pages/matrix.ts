import { getFindings, getReviewedArticles, getStandards } from '../content';
import { matrixParts } from '../matrixParts';

/**
 * The routes of the matrix's part pages (/matrix/<part>/ and /ru/matrix/<part>/): one per part once the corpus
 * outgrows one page (lib/matrixParts), none before.
 */
export async function matrixPartPaths() {
  const [articles, standards, findings] = await Promise.all([getReviewedArticles(), getStandards(), getFindings()]);
  return (matrixParts(articles) ?? []).map((part) => ({
    params: { part: part.slug },
    props: { part, standards, findings },
  }));
}

export type MatrixPartProps = Awaited<ReturnType<typeof matrixPartPaths>>[number]['props'];
