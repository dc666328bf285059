import { getArticles, getFindings, getStandards } from './content';
import { isCorrection } from './history';
import { visitEnded } from './sinceTheVisit';
import { getEvents } from './timeline';
import { pinpoints, urls } from './urls';
import { articleLabel } from './labels';

/** One new or revised entry, for the feed and the home page. */
export interface Change {
  /** Stable key of this change, unique across the site. */
  key: string;
  /** YYYY-MM-DD. */
  date: string;
  /** What changed, e.g. "Article 255. Act of terrorism". */
  title: string;
  /** The same in a few words, for a list read on a phone: "Article 255", "Correction: Article 255". */
  label: string;
  /** The change in words. */
  summary: string;
  /** Site path of the changed entry. */
  path: string;
}

/**
 * Every change the content records, newest first: each line of an article's review history, and each
 * finding and standard on the date it was last reviewed against its source (they keep no fuller history),
 * and an article's last review where it changed nothing.
 */
export async function getChanges(): Promise<Change[]> {
  const [articles, findings, standards, events] = await Promise.all([
    getArticles(),
    getFindings(),
    getStandards(),
    getEvents(),
  ]);
  const changes: Change[] = [
    // Each event after the Special Rapporteur's visit is news for a reader following the articles it names.
    ...events
      .filter((e) => e.data.date > visitEnded)
      .map((e) => ({
        key: `timeline/${e.id}`,
        date: e.data.date,
        title: `Since the visit: ${e.data.title}`,
        label: e.data.articles.length > 0 ? `Article ${e.data.articles.map((a) => a.id).join(', ')}` : 'Timeline',
        summary: e.data.description,
        path: urls.timeline(pinpoints.event(e.id)),
      })),
    ...articles.flatMap((a) => {
      const title = articleLabel(a);
      const path = urls.article(a.data.number);
      const history = a.data.history.map((h, i) => ({
        key: `criminal-code/${a.data.number}/history/${i + 1}`,
        date: h.date,
        title: isCorrection(h) ? `Correction: ${title}` : title,
        label: `${isCorrection(h) ? 'Correction: ' : ''}Article ${a.data.number}`,
        summary: h.change,
        path,
      }));
      // A review that changed nothing leaves no history line, but readers following the entry want to know of it.
      const reviewedLater = !a.data.history.some((h) => h.date >= a.data.lastReviewed);
      return reviewedLater
        ? [
            ...history,
            {
              key: `criminal-code/${a.data.number}/reviewed/${a.data.lastReviewed}`,
              date: a.data.lastReviewed,
              title,
              label: `Article ${a.data.number}`,
              summary: 'Reviewed against its sources; no change recorded.',
              path,
            },
          ]
        : history;
    }),
    ...findings.map((f) => ({
      key: `findings/${f.id}/reviewed/${f.data.lastReviewed}`,
      date: f.data.lastReviewed,
      title: `Finding: ${f.data.title}`,
      label: 'A finding',
      summary: 'Reviewed against its source.',
      path: urls.finding(f.id),
    })),
    ...standards.map((s) => ({
      key: `standards/${s.id}/reviewed/${s.data.lastReviewed}`,
      date: s.data.lastReviewed,
      title: `Standard: ${s.data.shortName}, ${s.data.title}`,
      label: s.data.shortName,
      summary: 'Reviewed against its source.',
      path: urls.standard(s.id),
    })),
  ];
  // Stable within a day: articles first, in the order above.
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => c);
}
