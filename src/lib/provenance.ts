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
  return linkBasisOf(finding.articles, articleNumber) === 'named' &&
    linkBasisOf(finding.standards, standardId) === 'named'
    ? 'named'
    : 'analysis';
}

/**
 * Where a named link's words stand, for a reader: 'para. 12 says “article 405”' or 'footnote 9 of
 * para. 9 says …'. The paragraph, not the quotation: the naming words may fall outside the quoted extract.
 */
export function namingWords(
  link: { basis: LinkBasis; words?: string | undefined; footnote?: number | undefined },
  paragraph: number,
): string | undefined {
  if (link.basis !== 'named' || !link.words) return undefined;
  return link.footnote === undefined
    ? `para. ${paragraph} says “${link.words}”`
    : `footnote ${link.footnote} of para. ${paragraph} says “${link.words}”`;
}
