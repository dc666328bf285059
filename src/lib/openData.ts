import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { eventSchema } from '../schemas/event';
import { findingSchema } from '../schemas/finding';
import { referenceFields } from '../schemas/shared';
import { sourceSchema } from '../schemas/source';
import { standardSchema } from '../schemas/standard';
import { storedTexts } from '../corpus/storedTexts';
import { getArticles, getFindings, getSources, getStandards, type Article, type Finding } from './content';
import { gapFindingBasis } from './provenance';
import { linkBasis } from '../schemas/linkBasis';
import { siteName } from './site';
import { publisher } from './siteConfig';
import { absoluteUrl, pinpoints, urls } from './urls';
import { getEvents } from './timeline';
import {
  articleTranslation,
  eventTranslations,
  findingTranslation,
  sourceTranslations,
  standardTranslation,
  notUsedReasons,
} from './translations';
import { inLocale } from '../i18n/routes';

/** The collections published as open data under /data/<name>.json. */
export const openDataNames = ['articles', 'findings', 'standards', 'sources', 'events'] as const;
export type OpenDataName = (typeof openDataNames)[number];

/** The publisher's statement of how the content may be reused (site.config.json); shown on /data/ and carried in every file. */
export const dataLicence = publisher.licence.statement;

// The published JSON Schema describes the fields; the checks against stored texts cannot be expressed in it.
const collectionSchemas = {
  articles: articleSchema(storedTexts),
  findings: findingSchema(storedTexts),
  standards: standardSchema(storedTexts),
  sources: sourceSchema,
  events: eventSchema(storedTexts),
};

/** What one file is, for the documentation page and the schema's description. */
export const openDataDescriptions: Record<OpenDataName, string> = {
  articles:
    'The articles of the Criminal Code: statutory text by part (Russian verbatim, our English), penalties, findings, the standards each falls short of (or, with role "cannot-justify", a duty to prohibit that the article reaches beyond and that therefore cannot justify it) with our explanation and the basis of each finding cited for it, applications, recommendations (each with its status since the visit and the timeline event that evidences it, or none where no change is found in the texts held), review history, and our analysis as Markdown.',
  findings:
    'Findings of UN human-rights mechanisms: the verbatim passage, its source and paragraph, our summary and note, and the articles and standards it is linked to, each with its basis: "named" (the passage names it, with the words) or "analysis" (this site relates them).',
  standards:
    'International standards: the text where the project holds it, otherwise our summary, with the instrument and provision.',
  sources:
    'The documents everything rests on: issuer, date, symbol, address, our description, and how complete the stored copy is.',
  events:
    'The dated events of the timeline, each with its source and paragraph or the source\'s own words (pinpoints written [label](para:<source>/<n> "words") or [label](source:<id> "words")), the articles it names, and whether it is a case a source names without an article. Events after the Special Rapporteur\'s visit (17 May 2019) are what each article page lists under "Since the visit".',
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
  gapFindingBasis?: Record<string, Record<string, string>>;
  ru?: { url: string; translates?: string; summary?: string; analysis?: string };
}

/** For each gap of an article (by standard id), the derived basis of each finding it cites (src/lib/provenance.ts). */
function gapFindingBases(
  article: Article,
  findings: ReadonlyMap<string, Finding>,
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    article.data.gaps.map((gap) => [
      gap.standard.id,
      Object.fromEntries(
        gap.findings.map((ref) => {
          const f = findings.get(ref.id);
          return [ref.id, f ? gapFindingBasis(f.data, article.data.number, gap.standard.id) : 'analysis'];
        }),
      ),
    ]),
  );
}

async function publishedEntries(name: OpenDataName, site: URL | undefined): Promise<PublishedEntry[]> {
  const entry = (id: string, path: string, data: unknown) => ({
    id,
    url: absoluteUrl(path, site),
    data: referencesAsIds(data),
  });
  const ruUrl = (path: string) => absoluteUrl(inLocale('ru', path), site);
  switch (name) {
    case 'articles': {
      const findings = new Map((await getFindings()).map((f) => [f.id, f]));
      return Promise.all(
        (await getArticles()).map(async (a) => {
          const ru = await articleTranslation(a);
          return {
            ...entry(a.id, urls.article(a.data.number), a.data),
            analysis: (a.body ?? '').trim(),
            gapFindingBasis: gapFindingBases(a, findings),
            // The Russian page and our Russian texts beside the English (issue 24), where written.
            ru: {
              url: absoluteUrl(inLocale('ru', urls.article(a.data.number)), site),
              ...(ru
                ? {
                    translates: ru.data.translates,
                    summary: ru.data.summary,
                    ...(ru.body ? { analysis: ru.body } : {}),
                    gaps: ru.data.gaps,
                    applications: ru.data.applications,
                    recommendations: ru.data.recommendations,
                    statusNotes: ru.data.statusNotes,
                    amendments: ru.data.amendments,
                  }
                : {}),
            },
          };
        }),
      );
    }
    // Each entry with its Russian page and our Russian texts beside the English, where written (issue 24).
    case 'findings':
      return Promise.all(
        (await getFindings()).map(async (f) => ({
          ...entry(f.id, urls.finding(f.id), f.data),
          ru: { url: ruUrl(urls.finding(f.id)), ...(await findingTranslation(f)) },
        })),
      );
    case 'standards':
      return Promise.all(
        (await getStandards()).map(async (s) => ({
          ...entry(s.id, urls.standard(s.id), s.data),
          ru: { url: ruUrl(urls.standard(s.id)), ...(await standardTranslation(s)) },
        })),
      );
    case 'sources': {
      const sources = await getSources();
      const translations = await sourceTranslations(sources);
      return Promise.all(
        sources.map(async (s) => {
          const { lags: _lags, ...ru } = translations.get(s.id) ?? {};
          const reasons = await notUsedReasons(s);
          return {
            ...entry(s.id, urls.source(s.id), s.data),
            ru: {
              url: ruUrl(urls.source(s.id)),
              ...ru,
              ...(reasons.size ? { notUsed: s.data.notUsed.map((g) => reasons.get(g.reason)!) } : {}),
            },
          };
        }),
      );
    }
    case 'events': {
      const events = await getEvents();
      const translations = await eventTranslations(events);
      return events.map((e) => {
        const { lags: _lags, ...ru } = translations.get(e.id) ?? {};
        return {
          ...entry(e.id, urls.timeline(pinpoints.event(e.id)), e.data),
          ru: { url: ruUrl(urls.timeline(pinpoints.event(e.id))), ...ru },
        };
      });
    }
  }
}

const ours = (what: string) =>
  z
    .string()
    .optional()
    .meta({ description: `Our ${what} in Russian.` });
const byId = (what: string) =>
  z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: `Our Russian for ${what}.` });

/** Our Russian texts each collection's entries carry, beside the English (all optional: only where written). */
const russianFields = {
  articles: {
    summary: ours('summary'),
    analysis: ours('analysis, as Markdown,'),
    gaps: byId('each gap’s explanation, by standard id'),
    applications: z
      .record(z.string(), z.strictObject({ when: z.string(), description: z.string() }))
      .optional()
      .meta({ description: 'Our Russian for each application, by id.' }),
    recommendations: byId('each recommendation, by id'),
    statusNotes: byId('the evidence for each recommendation’s status, by recommendation id'),
    amendments: byId('what each later amendment changed, by the amending law’s date'),
  },
  findings: { title: ours('title'), summary: ours('summary'), note: ours('note') },
  standards: { title: ours('title'), summary: ours('summary') },
  sources: {
    description: ours('description'),
    completeness: ours('note on how complete the held copy is'),
    numbering: ours('note on how paragraphs are numbered'),
    cleanup: ours('note on what was tidied'),
    notUsed: z
      .array(z.string())
      .optional()
      .meta({ description: 'Our Russian for each reason in data.notUsed, in its order.' }),
  },
  events: { title: ours('title'), description: ours('description') },
} satisfies Record<OpenDataName, Record<string, z.ZodType>>;

/** The zod description of a published file: the collection's own schema, wrapped with id and address. */
function documentSchema(name: OpenDataName) {
  const entry = z.strictObject({
    id: z.string().meta({ description: 'The entry id; also the last part of its address.' }),
    url: z.url().meta({ description: 'Permanent address of the entry’s page.' }),
    data: collectionSchemas[name],
    ru: z
      .strictObject({
        url: z
          .url()
          .meta({ description: 'Permanent address of the Russian page (or, for an event, its place on it).' }),
        translates: z.string().optional().meta({
          description:
            'Which English our Russian translates: the lastReviewed date (YYYY-MM-DD) of an entry that has one, otherwise the fingerprint of the English texts (8 hex digits). Where it differs from the English now, the Russian lags.',
        }),
        ...russianFields[name],
      })
      .meta({ description: 'The Russian edition of the entry: its address and our Russian texts, where written.' }),
    ...(name === 'articles'
      ? {
          analysis: z.string().meta({ description: 'Our analysis of the article, as Markdown.' }),
          gapFindingBasis: z.record(z.string(), z.record(z.string(), linkBasis)).meta({
            description:
              'For each gap (keyed by standard id), the basis of each finding it cites (keyed by finding id): "named" when the finding\'s cited paragraph names both this article and that standard, otherwise "analysis" (this site relates them).',
          }),
        }
      : {}),
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
