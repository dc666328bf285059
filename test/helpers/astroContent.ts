/**
 * A stand-in for the `astro:content` module, which exists only inside Astro's build. Use it as Starlight's
 * tests do: `vi.mock('astro:content', () => mockedAstroContent({ articles: [...] }))`. Entries are given as
 * `{ id, data, body? }`; references in `data` are `{ collection, id }` objects, as Astro's loader leaves them.
 */
import { z } from 'astro/zod';

export interface MockEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

export function mockedAstroContent(collections: Record<string, MockEntry[]> = {}) {
  const withCollection = (collection: string) => (collections[collection] ?? []).map((e) => ({ ...e, collection }));
  return {
    reference: (collection: string) => z.string().transform((id) => ({ collection, id })),
    getCollection: async (collection: string) => withCollection(collection),
    getEntry: async (collection: string, id: string) => withCollection(collection).find((e) => e.id === id),
    render: async () => ({ Content: () => null, headings: [] }),
  };
}
