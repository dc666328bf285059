import { requireEntry } from '../content';
import { getEvents } from '../timeline';

/**
 * Everything /timeline/ shows: the events in order, each with its source, grouped by the year they began, and
 * apart, the cases the sources name without an article.
 */
export async function loadTimelinePage() {
  const events = await Promise.all(
    (await getEvents()).map(async (event) => ({
      event,
      source: await requireEntry(event.data.source, `content/timeline.yaml event "${event.id}" field source`),
    })),
  );
  const years = [...new Set(events.map(({ event }) => event.data.date.slice(0, 4)))];
  return {
    years: years.map((year) => ({ year, events: events.filter(({ event }) => event.data.date.startsWith(year)) })),
    casesWithoutArticle: events.filter(({ event }) => event.data.caseWithoutArticle),
  };
}
