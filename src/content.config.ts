import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from './lib/contentRoot';
import { articleSchema } from './schemas/article';
import { findingSchema } from './schemas/finding';
import { sourceSchema } from './schemas/source';
import { standardSchema } from './schemas/standard';

/** The id is the file name, unchanged: it is part of a permanent address. */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.(md|mdx|yaml)$/, '');

const entries = (folder: string, pattern: string) =>
  glob({ pattern, base: contentPath(folder), generateId: fileNameId });

export const collections = {
  articles: defineCollection({ loader: entries('articles', '*.{md,mdx}'), schema: articleSchema }),
  findings: defineCollection({ loader: entries('findings', '*.yaml'), schema: findingSchema }),
  standards: defineCollection({ loader: entries('standards', '*.yaml'), schema: standardSchema }),
  sources: defineCollection({ loader: entries('sources', '*.yaml'), schema: sourceSchema }),
};
