/**
 * What happened to an article after the Special Rapporteur's visit (10–17 May 2019), newest first: the later
 * amendments the stored texts show (the version statement's `later`), and the timeline's later events that
 * name the article (a UN review, a monitor's count, an authority's statement), each with its source.
 */
import type { Article } from './content';
import type { TimelineEvent } from './timeline';
import { laterAmendments } from './version';

/** The last day of the visit: anything after it is "since the visit". */
export const visitEnded = '2019-05-17';

export type SinceItem =
  | {
      kind: 'amendment';
      date: string;
      /** "Law of 26.06.2020 No. 349-VI", and the law itself (for other languages' wording). */
      law: string;
      lawRecord: { date: string; number: string };
      change: string;
      heldIn: 'kk' | 'ru';
      anchor: string;
    }
  | { kind: 'event'; date: string; event: TimelineEvent };

export function sinceTheVisit(article: Article, events: TimelineEvent[]): SinceItem[] {
  // The later versions as the version statement words and anchors them.
  const amendments: SinceItem[] = laterAmendments(article).map((v) => ({
    kind: 'amendment',
    date: v.law.date,
    law: v.name,
    lawRecord: v.law,
    change: v.change,
    heldIn: v.heldIn,
    anchor: v.anchor,
  }));
  const later: SinceItem[] = events
    .filter((e) => e.data.date > visitEnded && e.data.articles.some((a) => a.id === article.data.number))
    .map((event) => ({ kind: 'event', date: event.data.date, event }));
  return [...amendments, ...later].sort((a, b) => b.date.localeCompare(a.date));
}
