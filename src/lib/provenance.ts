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

/**
 * Where a named link's words stand, for a reader: 'para. 12 says “article 405”' or 'footnote 9 of
 * para. 9 says …'. The paragraph, not the quotation: the naming words may fall outside the quoted extract.
 */
export function namingWords(link: { basis: LinkBasis; words?: string | undefined; footnote?: number | undefined }, paragraph: number): string | undefined {
  if (link.basis !== 'named' || !link.words) return undefined;
  return link.footnote === undefined ? `para. ${paragraph} says “${link.words}”` : `footnote ${link.footnote} of para. ${paragraph} says “${link.words}”`;
}

/** A gap→finding link in words: whether the finding's own paragraph names both the article and the standard. */
export const gapBasisLabel: Record<LinkBasis, string> = {
  named: 'names this article and this standard itself',
  analysis: 'our analysis: it does not name both',
};

/** How an article page presents each role of gap (article schema, `gaps[].role`). */
export const gapWords = {
  shortfall: {
    id: 'standards',
    heading: 'Standards it falls short of',
    intro: '',
    pinpoint: 'Falls short of',
    explanation: 'Why it falls short (our analysis)',
  },
  ceiling: {
    id: 'permitted-limits',
    heading: 'Permitted limits it goes beyond',
    intro: 'These standards set a limit: what a State must prohibit, or the threshold speech must reach before it is punished. The article goes beyond that limit. That is not a breach of these standards as such, but it means they cannot justify the article, which must then meet the standards above (our analysis).',
    standardIntro: 'This standard sets a limit: what a State must prohibit, or the threshold speech must reach before it is punished. The articles below go beyond that limit. That is not a breach of this standard as such, but it means it cannot justify them, and they must meet the other standards on their pages (our analysis).',
    pinpoint: 'Goes beyond the permitted limit of',
    explanation: 'How it goes beyond the limit (our analysis)',
  },
} as const;
