import { readFileSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentPath } from './corpus/contentRoot';
import { storedTexts } from './corpus/storedTexts';
import { ContentError, projectRelative } from './lib/contentErrors';
import { itemIndex, listItemIds, readable, readableParseErrors } from './lib/readableLoaders';
import { articleSchema } from './schemas/article';
import { definitionSchema } from './schemas/definition';
import { eventSchema } from './schemas/event';
import { findingSchema } from './schemas/finding';
import { glossaryTermSchema } from './schemas/glossary';
import { sourceSchemaChecked } from './schemas/source';
import { standardSchema } from './schemas/standard';
import {
  articleTranslationSchema,
  definitionTranslationSchema,
  eventTranslationSchema,
  findingTranslationSchema,
  glossaryTranslationSchema,
  sourceTranslationSchema,
  standardTranslationSchema,
} from './schemas/translation';

/**
 * No content file may run code. An .mdx file is a program (its imports and {expressions} run when the site is
 * built, with the rights of whoever builds it), so entries are plain Markdown or YAML and an .mdx file in a
 * content folder stops the build before anything reads it.
 */
function rejectCode(folder: string): void {
  const programs = readdirSync(contentPath(folder), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.mdx$/i.test(f),
  );
  if (programs.length === 0) return;
  throw new ContentError(
    [
      `Content error in ${projectRelative(contentPath(folder))}: ${programs.join(', ')} ${programs.length === 1 ? 'is' : 'are'} MDX, which can run code when the site is built.`,
      '  Entries are plain Markdown: rename the file to .md and remove any import, export or {expression}.',
    ].join('\n'),
  );
}

/**
 * The glob loader with the file name as id, unchanged (it is part of a permanent address), and a hard error
 * when two files give the same id: Astro's loader lets the later file silently replace the earlier one.
 * `idField` names a field that must equal the file name (an article's number is its address).
 */
function entries(folder: string, pattern: string, schema: z.ZodType, idField?: string): Loader {
  const seen = new Map<string, string>();
  const loader = glob({
    pattern,
    base: contentPath(folder),
    generateId: ({ entry }) => {
      const id = entry.replace(/\.(md|yaml)$/, '');
      const other = seen.get(id);
      if (other !== undefined && other !== entry) {
        throw new Error(
          `Duplicate id "${id}" in content/${folder}: ${other} and ${entry} would publish the same address. Rename or remove one of them.`,
        );
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    ...loader,
    load: readableParseErrors(async (context) => {
      seen.clear();
      rejectCode(folder);
      const checked = readable(schema)(context);
      await loader.load(
        idField
          ? {
              ...checked,
              parseData: async (props) => {
                const value = (props.data as Record<string, unknown>)[idField];
                if (value !== undefined && String(value) !== props.id) {
                  throw new ContentError(
                    `Content error in ${projectRelative(props.filePath ?? contentPath(folder, props.id))}: ${idField} is "${String(value)}" but the file is named "${props.id}". The file name is the ${idField} and the page's address: name the file ${String(value)}${pattern.slice(1).replace(/[{}]/g, '')}, or correct the ${idField}.`,
                  );
                }
                return checked.parseData(props);
              },
            }
          : checked,
      );
    }),
  };
}

/** What a list file holds: its items, or items by key. */
type ListItems = Record<string, unknown>[] | Record<string, Record<string, unknown>>;

/**
 * The file loader (one YAML list of entries), with the same readable errors; the line is found by the entry's
 * id. `parser` replaces the plain YAML reading where the list needs more from its file.
 */
function listFile(name: string, schema: z.ZodType, parser?: (text: string) => ListItems): Loader {
  const loader = file(contentPath(name), parser ? { parser } : undefined);
  return {
    ...loader,
    load: readableParseErrors(async (context) => {
      rejectDuplicateIds(contentPath(name));
      // parseData gets one item; its place in the list, found by its id, gives the line number.
      await loader.load(readable(schema, (data) => itemIndex(contentPath(name), data.id))(context));
    }),
  };
}

/**
 * Two items of a list file with the same id would publish one address twice; Astro's own error names
 * neither line. This one names both.
 */
function rejectDuplicateIds(filePath: string): void {
  const seen = new Map<string, number>();
  for (const { id, line } of listItemIds(readFileSync(filePath, 'utf8'))) {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentError(
        `Content error in ${projectRelative(filePath)}: the id "${id}" is used twice, at lines ${first} and ${line}. Each item's id is part of its permanent address: give the second another id.`,
      );
    }
    seen.set(id, line);
  }
}

/**
 * Each item of a YAML list with its `position` recorded: the page lists the items in the file's order, which
 * the data store does not keep.
 */
function withPositions(text: string): ListItems {
  const items = parse(text) as ListItems;
  return Array.isArray(items) ? items.map((item, position) => ({ ...item, position })) : items;
}

// The one place the schemas meet the stored texts they check quotations against.
const texts = storedTexts;

/** A collection of one file per entry; its schema is built once and serves the loader and the types alike. */
function entryCollection<S extends z.ZodType>(folder: string, pattern: string, schema: S, idField?: string) {
  return defineCollection({ loader: entries(folder, pattern, schema, idField), schema });
}

/** A collection of the items of one list file, likewise with its schema built once. */
function listCollection<S extends z.ZodType>(name: string, schema: S, parser?: (text: string) => ListItems) {
  return defineCollection({ loader: listFile(name, schema, parser), schema });
}

export const collections = {
  articles: entryCollection('articles', '*.md', articleSchema(texts), 'number'),
  findings: entryCollection('findings', '*.yaml', findingSchema(texts)),
  standards: entryCollection('standards', '*.yaml', standardSchema(texts)),
  sources: entryCollection('sources', '*.yaml', sourceSchemaChecked(texts)),
  // Our Russian beside the English entries, one file per entry, named as the entry (content/translations/ru/).
  articleTranslationsRu: entryCollection('translations/ru/articles', '*.md', articleTranslationSchema(texts)),
  findingTranslationsRu: entryCollection('translations/ru/findings', '*.yaml', findingTranslationSchema(texts)),
  standardTranslationsRu: entryCollection('translations/ru/standards', '*.yaml', standardTranslationSchema(texts)),
  // Our Russian for the items of a list file, one list file each, items by the English item's id.
  eventTranslationsRu: listCollection('translations/ru/timeline.yaml', eventTranslationSchema(texts)),
  sourceTranslationsRu: listCollection('translations/ru/sources.yaml', sourceTranslationSchema(texts)),
  definitionTranslationsRu: listCollection('translations/ru/definitions.yaml', definitionTranslationSchema(texts)),
  glossaryTranslationsRu: listCollection('translations/ru/glossary.yaml', glossaryTranslationSchema(texts)),
  // One file holds the whole timeline: events are short and read in order.
  events: listCollection('timeline.yaml', eventSchema(texts)),
  // The glossary and the definitions are short lists shown on one page each, kept in one file each.
  glossary: listCollection('glossary.yaml', glossaryTermSchema(texts), withPositions),
  definitions: listCollection('definitions.yaml', definitionSchema(texts), withPositions),
};
