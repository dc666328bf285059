import { plainProse } from '../attributionLinks';
import { getReviewedArticles } from '../content';
import { noChangeFoundLabel, recommendationStatusLabels } from '../labels';
import { pinpoints, urls } from '../urls';
import { firstSentence } from '../version';
import type { RecommendationStatus } from '../../schemas/article';

/** /recommendations/: every recommendation of the reviewed articles, grouped by status, in article order. */
export async function loadRecommendationsPage() {
  const articles = await getReviewedArticles();
  const items = articles.flatMap((a) =>
    a.data.recommendations.map((r) => ({
      number: a.data.number,
      id: r.id,
      href: urls.article(a.data.number, pinpoints.recommendation(r.id)),
      first: firstSentence(plainProse(r.text)),
      status: r.status?.kind ?? ('no-change-found' as const),
      date: r.status?.date ?? a.data.lastReviewed,
      note: r.status?.note,
    })),
  );
  const kinds: (RecommendationStatus | 'no-change-found')[] = [
    'reported-changed',
    'reported-not-accepted',
    'recommended-again',
    'no-change-found',
  ];
  // Every group is shown, empty or not: each has a permanent address (#status-…).
  return kinds.map((kind) => ({
    id: `status-${kind}`,
    status: kind,
    label: kind === 'no-change-found' ? noChangeFoundLabel : recommendationStatusLabels[kind],
    items: items.filter((i) => i.status === kind),
  }));
}
