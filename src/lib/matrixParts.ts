import { compareArticleNumbers } from './articleNumbers';
import type { Article } from './content';

/**
 * The most reviewed articles one matrix page holds. Up to this many, /matrix/ and the home page show every
 * article; above it /matrix/ becomes an overview linking to one page per part of the Code, so no page grows
 * with the corpus (a 5,000-article table does not fit in one HTML string).
 */
export const matrixPageLimit = 60;

/** One page of the split matrix: the reviewed articles whose numbers fall in one block of a hundred. */
export interface MatrixPart {
  /** The page's address segment, e.g. "100-199" (stable: an article never changes block). */
  slug: string;
  /** "Articles 100–199". */
  label: string;
  articles: Article[];
}

const hundreds = (number: string) => Math.floor(Number(number.split('-')[0]) / 100);

/**
 * The reviewed articles split into pages by blocks of a hundred article numbers, or null when they all fit
 * on one page. A block larger than the limit is cut into numbered pieces ("100-199-2").
 */
export function matrixParts(articles: readonly Article[], limit = matrixPageLimit): MatrixPart[] | null {
  if (articles.length <= limit) return null;
  const blocks = new Map<number, Article[]>();
  for (const article of [...articles].sort((a, b) => compareArticleNumbers(a.data.number, b.data.number))) {
    const block = hundreds(article.data.number);
    blocks.set(block, [...(blocks.get(block) ?? []), article]);
  }
  return [...blocks.entries()].flatMap(([block, members]) => {
    const range = `${block * 100}-${block * 100 + 99}`;
    const label = `Articles ${block * 100}–${block * 100 + 99}`;
    const pieces = Math.ceil(members.length / limit);
    return Array.from({ length: pieces }, (_, i) => ({
      slug: i === 0 ? range : `${range}-${i + 1}`,
      label: pieces === 1 ? label : `${label} (${i + 1} of ${pieces})`,
      articles: members.slice(i * limit, (i + 1) * limit),
    }));
  });
}
