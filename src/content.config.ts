import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentPath } from './lib/contentRoot';
import { itemIndex, readable, readableParseErrors } from './lib/readableLoaders';
import { articleSchema } from './schemas/article';
import { eventSchema } from './schemas/event';
import { findingSchema } from './schemas/finding';
import { sourceSchema } from './schemas/source';
import { standardSchema } from './schemas/standard';

/**
 * The glob loader with the file name as id, unchanged (it is part of a permanent address), and a hard error
 * when two files give the same id: Astro's loader lets the later file silently replace the earlier one.
 */
function entries(folder: string, pattern: string, schema: z.ZodType): Loader {
  const seen = new Map<string, string>();
  const loader = glob({
    pattern,
    base: contentPath(folder),
    generateId: ({ entry }) => {
      const id = entry.replace(/\.(md|mdx|yaml)$/, '');
      const other = seen.get(id);
      if (other !== undefined && other !== entry) {
        throw new Error(`Duplicate id "${id}" in content/${folder}: ${other} and ${entry} would publish the same address. Rename or remove one of them.`);
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    ...loader,
    load: readableParseErrors(async (context) => {
      seen.clear();
      await loader.load(readable(schema)(context));
    }),
  };
}

/** The file loader (one YAML list of entries), with the same readable errors; the line is found by the entry's id. */
function listFile(name: string, schema: z.ZodType): Loader {
  const loader = file(contentPath(name));
  return {
    ...loader,
    load: readableParseErrors(async (context) => {
      // parseData gets one item; its place in the list, found by its id, gives the line number.
      await loader.load(readable(schema, (data) => itemIndex(contentPath(name), data.id))(context));
    }),
  };
}

export const collections = {
  articles: defineCollection({ loader: entries('articles', '*.{md,mdx}', articleSchema), schema: articleSchema }),
  findings: defineCollection({ loader: entries('findings', '*.yaml', findingSchema), schema: findingSchema }),
  standards: defineCollection({ loader: entries('standards', '*.yaml', standardSchema), schema: standardSchema }),
  sources: defineCollection({ loader: entries('sources', '*.yaml', sourceSchema), schema: sourceSchema }),
  // One file holds the whole timeline: events are short and read in order.
  events: defineCollection({ loader: listFile('timeline.yaml', eventSchema), schema: eventSchema }),
};
