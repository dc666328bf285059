import type { LinkBasis } from '../schemas/linkBasis';

/*
 * The basis of every link, in one place, so pages, the matrix, open data and search say the same thing
 * (../shared/DESIGN.md, "Provenance").
 */

type Link = { id: { id: string } | string; basis: LinkBasis };
type FindingLinks = { articles: readonly Link[]; standards: readonly Link[] };

const idOf = (link: Link) => (typeof link.id === 'string' ? link.id : link.id.id);

/** The basis of a finding's link to an article or a standard, or null when it has none. */
export function linkBasisOf(links: readonly Link[], id: string): LinkBasis | null {
  return links.find((l) => idOf(l) === id)?.basis ?? null;
}

/**
 * The basis of a gap→finding link: `named` only when the finding's own paragraph names both the article
 * and the standard; otherwise it is our analysis that the finding supports this gap.
 */
export function gapFindingBasis(finding: FindingLinks, articleNumber: string, standardId: string): LinkBasis {
  return linkBasisOf(finding.articles, articleNumber) === 'named' && linkBasisOf(finding.standards, standardId) === 'named' ? 'named' : 'analysis';
}

/** Plain words for a basis, for lists and labels. */
export const basisLabel: Record<LinkBasis, string> = {
  named: 'named in the source',
  analysis: 'our analysis',
};

/** Where a named link's words stand, for a reader: 'the passage says “article 405”' or 'its footnote 9 says …'. */
export function namingWords(link: { basis: LinkBasis; words?: string | undefined; footnote?: number | undefined }): string | undefined {
  if (link.basis !== 'named' || !link.words) return undefined;
  return link.footnote === undefined ? `the passage says “${link.words}”` : `its footnote ${link.footnote} says “${link.words}”`;
}
