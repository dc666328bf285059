import type { Article } from './content';
import { pinpoints, urls } from './urls';

/** The imprisonment range of one part of an article, as its statute entry records it. */
export interface PenaltyBar {
  article: string;
  part: number;
  minYears: number;
  maxYears: number;
  life: boolean;
  death: boolean;
  /** The part's pinpoint on the article page. */
  href: string;
}

/** Every part of the given articles that records a penalty, in article and part order. */
export function penaltyBars(articles: readonly Article[]): PenaltyBar[] {
  return articles.flatMap((article) =>
    (article.data.statute?.parts ?? []).flatMap((part) =>
      part.penalty
        ? [
            {
              article: article.data.number,
              part: part.n,
              minYears: part.penalty.minYears,
              maxYears: part.penalty.maxYears,
              life: part.penalty.life,
              death: part.penalty.death,
              href: urls.article(article.data.number, pinpoints.part(part.n)),
            },
          ]
        : [],
    ),
  );
}

/**
 * "6–10 years"; where the sanction also allows penalties other than imprisonment the data records no
 * minimum term (minYears 0), so only the maximum is stated: "at most 7 years, or a non-custodial penalty".
 */
function describeTerm(bar: Pick<PenaltyBar, 'minYears' | 'maxYears'>): string {
  return bar.minYears === 0
    ? `at most ${bar.maxYears} years, or a non-custodial penalty`
    : `${bar.minYears}–${bar.maxYears} years`;
}

/** The term with life imprisonment and the death penalty where the sanction provides them. */
export function describePenalty(bar: Pick<PenaltyBar, 'minYears' | 'maxYears' | 'life' | 'death'>): string {
  return [describeTerm(bar), bar.life ? 'or life imprisonment' : '', bar.death ? 'or the death penalty' : '']
    .filter(Boolean)
    .join(' ');
}
