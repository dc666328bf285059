import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { contentPath } from './corpus/contentRoot';
import { storedTexts } from './corpus/storedTexts';
import { articleSchema } from './schemas/article';
import { definitionSchema } from './schemas/definition';
import { eventSchema } from './schemas/event';
import { findingSchema } from './schemas/finding';
import { glossaryTermSchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';
import { standardSchema } from './schemas/standard';

/**
 * The glob loader with the file name as id, unchanged (it is part of a permanent address), and a hard error
 * when two files give the same id: Astro's loader lets the later file silently replace the earlier one.
 */
function entries(folder: string, pattern: string): Loader {
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
    load: async (context) => {
      seen.clear();
      await loader.load(context);
    },
  };
}

/**
 * The file loader for a list kept in one YAML file, recording each item's `position`: the page lists the items
 * in the file's order, which the data store does not keep.
 */
function list(name: string): Loader {
  return file(contentPath(name), {
    parser: (text) => {
      const items = parse(text) as Record<string, unknown>[] | Record<string, Record<string, unknown>>;
      return Array.isArray(items) ? items.map((item, position) => ({ ...item, position })) : items;
    },
  });
}

// The one place the schemas meet the stored texts they check quotations against.
const texts = storedTexts;

export const collections = {
  articles: defineCollection({ loader: entries('articles', '*.{md,mdx}'), schema: articleSchema(texts) }),
  findings: defineCollection({ loader: entries('findings', '*.yaml'), schema: findingSchema(texts) }),
  standards: defineCollection({ loader: entries('standards', '*.yaml'), schema: standardSchema(texts) }),
  sources: defineCollection({ loader: entries('sources', '*.yaml'), schema: sourceSchema }),
  // One file holds the whole timeline: events are short and read in order.
  events: defineCollection({ loader: file(contentPath('timeline.yaml')), schema: eventSchema(texts) }),
  // The glossary and the definitions are short lists shown on one page each, kept in one file each.
  glossary: defineCollection({ loader: list('glossary.yaml'), schema: glossaryTermSchema(texts) }),
  definitions: defineCollection({ loader: list('definitions.yaml'), schema: definitionSchema(texts) }),
};
