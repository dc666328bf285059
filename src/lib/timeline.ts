import { getCollection, type CollectionEntry } from 'astro:content';
import { chronologicalKey } from './dateSpan';

export type TimelineEvent = CollectionEntry<'events'>;

/** The events of content/timeline.yaml in the order they happened; fails the build when none loaded. */
export async function getEvents(): Promise<TimelineEvent[]> {
  const events = await getCollection('events');
  // The file loader only logs a YAML error and leaves the collection empty; an empty timeline is never intended.
  if (events.length === 0)
    throw new Error('content/timeline.yaml gave no events: check the build log for a YAML error.');
  return events.sort(
    (a, b) =>
      chronologicalKey(a.data.date).localeCompare(chronologicalKey(b.data.date)) ||
      chronologicalKey(a.data.end ?? a.data.date).localeCompare(chronologicalKey(b.data.end ?? b.data.date)) ||
      a.id.localeCompare(b.id),
  );
}
