import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { findingSchema } from '../schemas/finding';
import { referenceFields } from '../schemas/shared';
import { sourceSchema } from '../schemas/source';
import { standardSchema } from '../schemas/standard';
import { storedTexts } from '../corpus/storedTexts';
import { getArticles, getFindings, getSources, getStandards } from './content';
import { siteName } from './site';
import { absoluteUrl, urls } from './urls';

/** The collections published as open data under /data/<name>.json. */
export const openDataNames = ['articles', 'findings', 'standards', 'sources'] as const;
export type OpenDataName = (typeof openDataNames)[number];

/** The project's statement of how its data may be reused; shown on /data/ and carried in every file. */
export const dataLicence =
  'Our analysis, summaries and English translations may be reused with attribution to the ' + siteName + ' and a link to the page or file used. ' +
  'UN documents, and the passages quoted from them, are UN material, reproduced here with attribution. ' +
  'Statutory text in Russian is official text of the Republic of Kazakhstan, reproduced as published.';

// The published JSON Schema describes the fields; the checks against stored texts cannot be expressed in it.
const collectionSchemas = { articles: articleSchema(storedTexts), findings: findingSchema(storedTexts), standards: standardSchema(storedTexts), sources: sourceSchema };

/** What one file is, for the documentation page and the schema's description. */
export const openDataDescriptions: Record<OpenDataName, string> = {
  articles: 'The articles of the Criminal Code: statutory text by part (Russian verbatim, our English), penalties, findings, the standards each falls short of with our explanation, applications, recommendations, review history, and our analysis as Markdown.',
  findings: 'Findings of UN human-rights mechanisms: the verbatim passage, its source and paragraph, our summary, and the articles and standards it concerns.',
  standards: 'International standards: the text where the project holds it, otherwise our summary, with the instrument and provision.',
  sources: 'The documents everything rests on: issuer, date, symbol, address, our description, and how complete the stored copy is.',
};

function isReference(value: object): value is { collection: string; id: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && 'collection' in value && 'id' in value && typeof value.id === 'string';
}

/** Replaces Astro's `{ collection, id }` reference objects with the bare id, as the published schema says. */
function referencesAsIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(referencesAsIds);
  if (value === null || typeof value !== 'object') return value;
  if (isReference(value)) return value.id;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, referencesAsIds(v)]));
}

interface PublishedEntry {
  id: string;
  url: string;
  data: unknown;
  analysis?: string;
}

async function publishedEntries(name: OpenDataName, site: URL | undefined): Promise<PublishedEntry[]> {
  const entry = (id: string, path: string, data: unknown) => ({ id, url: absoluteUrl(path, site), data: referencesAsIds(data) });
  switch (name) {
    case 'articles':
      return (await getArticles()).map((a) => ({ ...entry(a.id, urls.article(a.data.number), a.data), analysis: (a.body ?? '').trim() }));
    case 'findings':
      return (await getFindings()).map((f) => entry(f.id, urls.finding(f.id), f.data));
    case 'standards':
      return (await getStandards()).map((s) => entry(s.id, urls.standard(s.id), s.data));
    case 'sources':
      return (await getSources()).map((s) => entry(s.id, urls.source(s.id), s.data));
  }
}

/** The zod description of a published file: the collection's own schema, wrapped with id and address. */
function documentSchema(name: OpenDataName) {
  const entry = z.strictObject({
    id: z.string().meta({ description: 'The entry id; also the last part of its address.' }),
    url: z.url().meta({ description: 'Permanent address of the entry’s page.' }),
    data: collectionSchemas[name],
    ...(name === 'articles' ? { analysis: z.string().meta({ description: 'Our analysis of the article, as Markdown.' }) } : {}),
  });
  return z.strictObject({
    $schema: z.url().meta({ description: 'Address of this JSON Schema.' }),
    collection: z.literal(name),
    licence: z.string(),
    entries: z.array(entry),
  });
}

/** The published /data/<name>.json document. */
export async function openDataDocument(name: OpenDataName, site: URL | undefined) {
  return {
    $schema: absoluteUrl(urls.dataSchema(name), site),
    collection: name,
    licence: dataLicence,
    entries: await publishedEntries(name, site),
  };
}

/**
 * The JSON Schema of /data/<name>.json, generated from the collection's zod schema as output: defaults
 * filled, dates as YYYY-MM-DD strings, references as the referenced entry's id. Checks that run against
 * stored texts (verbatim quotations, paragraph numbers) cannot be expressed and are left out.
 */
export function openDataSchema(name: OpenDataName, site: URL | undefined): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema(name), {
    io: 'output',
    // reference() ends in a transform, which has no JSON Schema; the override below describes it.
    unrepresentable: 'any',
    override: (ctx) => {
      const reference = referenceFields.get(ctx.zodSchema);
      if (!reference) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      Object.assign(ctx.jsonSchema, { type: 'string', description: `Id of an entry in ${reference.collection}.json.` });
    },
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: absoluteUrl(urls.dataSchema(name), site),
    title: `${siteName}: ${name}`,
    description: openDataDescriptions[name],
    ...rest,
  };
}
