import { AstroError } from 'astro/errors';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { paragraphsCited } from './coverage';
import type { CollectionName } from '../schemas/shared';
import { compareArticleNumbers } from './articleNumbers';
import { standardKindLabels } from './labels';

export type Article = CollectionEntry<'articles'>;
export type Finding = CollectionEntry<'findings'>;
export type Standard = CollectionEntry<'standards'>;
export type Source = CollectionEntry<'sources'>;
export type GlossaryTerm = CollectionEntry<'glossary'>['data'];
export type Definition = CollectionEntry<'definitions'>['data'];
type Ref<C extends CollectionName> = { collection: C; id: string };

/**
 * Resolves a reference or fails the build. Astro only logs a dangling reference; a published page that
 * silently drops a finding is worse than no page.
 */
export async function requireEntry<C extends CollectionName>(ref: Ref<C>, from: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(ref.collection, ref.id);
  if (!entry) {
    throw new AstroError(
      `${from} refers to ${ref.collection} "${ref.id}", which does not exist.`,
      `Create content/${ref.collection}/${ref.id} or correct the reference.`,
    );
  }
  return entry as CollectionEntry<C>;
}

export async function requireEntries<C extends CollectionName>(
  refs: readonly Ref<C>[],
  from: string,
): Promise<CollectionEntry<C>[]> {
  return Promise.all(refs.map((ref) => requireEntry(ref, from)));
}

/**
 * A sorted collection, computed once per build: a build renders every page from the same content, and each of
 * tens of thousands of pages asking for a whole collection made the build grow with the square of the corpus.
 * The dev server reloads content while it runs, so there every call reads afresh. Callers get their own copy.
 */
const sortedOnce = new Map<string, Promise<readonly unknown[]>>();
async function sorted<T>(key: string, load: () => Promise<T[]>): Promise<T[]> {
  if (!import.meta.env.PROD) return load();
  if (!sortedOnce.has(key)) sortedOnce.set(key, load());
  return [...((await sortedOnce.get(key)) as T[])];
}

// getCollection's order is not defined; every list on the site is sorted here.
export async function getArticles(): Promise<Article[]> {
  return sorted('articles', async () =>
    (await getCollection('articles')).sort((a, b) => compareArticleNumbers(a.data.number, b.data.number)),
  );
}

export async function getReviewedArticles(): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.role === 'reviewed');
}

export async function getFindings(): Promise<Finding[]> {
  return sorted('findings', async () => {
    const sources = new Map((await getSources()).map((s, i) => [s.id, i]));
    return (await getCollection('findings')).sort(
      (a, b) =>
        (sources.get(a.data.source.id) ?? 0) - (sources.get(b.data.source.id) ?? 0) ||
        a.data.paragraph - b.data.paragraph ||
        a.id.localeCompare(b.id),
    );
  });
}

const standardKindOrder: string[] = Object.keys(standardKindLabels);

export async function getStandards(): Promise<Standard[]> {
  return sorted('standards', async () =>
    (await getCollection('standards')).sort(
      (a, b) =>
        standardKindOrder.indexOf(a.data.kind) - standardKindOrder.indexOf(b.data.kind) ||
        a.id.localeCompare(b.id, 'en', { numeric: true }),
    ),
  );
}

export async function getSources(): Promise<Source[]> {
  return sorted('sources', async () =>
    (await getCollection('sources')).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)),
  );
}

/** Articles whose gaps name this standard, with the gap. */
export async function articlesFallingShortOf(standardId: string) {
  return (await getArticles()).flatMap((article) =>
    article.data.gaps.filter((g) => g.standard.id === standardId).map((gap) => ({ article, gap })),
  );
}

/** Findings that quote a given source, by paragraph number. */
export async function findingsBySourceParagraph(sourceId: string): Promise<Map<number, Finding[]>> {
  const map = new Map<number, Finding[]>();
  for (const f of await getFindings()) {
    if (f.data.source.id !== sourceId) continue;
    map.set(f.data.paragraph, [...(map.get(f.data.paragraph) ?? []), f]);
  }
  return map;
}

/**
 * Every paragraph of a source that some entry cites (a finding's quotation, an item's paragraph, a pinpoint in
 * our words, an article's analysis), for the source page's account of each paragraph (src/lib/coverage.ts).
 */
export async function paragraphsCitedOf(sourceId: string): Promise<Set<number>> {
  const found = new Set<number>();
  for (const name of ['articles', 'findings', 'standards', 'sources', 'events', 'glossary', 'definitions'] as const) {
    for (const entry of await getCollection(name)) {
      paragraphsCited(sourceId, entry.data, found);
      if ('body' in entry && typeof entry.body === 'string') paragraphsCited(sourceId, entry.body, found);
    }
  }
  return found;
}

/**
 * The entries of a one-file collection in the file's order; fails the build when none loaded, because the
 * file loader only logs a YAML error and leaves the collection empty.
 */
async function fromOneFile<C extends 'glossary' | 'definitions'>(
  collection: C,
  file: string,
): Promise<CollectionEntry<C>['data'][]> {
  const entries = await getCollection(collection);
  if (entries.length === 0) throw new Error(`${file} gave no entries: check the build log for a YAML error.`);
  return entries.map((e) => e.data).sort((a, b) => a.position - b.position);
}

/** The key terms of content/glossary.yaml, in the file's order. */
export function getGlossary(): Promise<GlossaryTerm[]> {
  return fromOneFile('glossary', 'content/glossary.yaml');
}

/** The statutory definitions of content/definitions.yaml, in the file's order. */
export function getDefinitions(): Promise<Definition[]> {
  return fromOneFile('definitions', 'content/definitions.yaml');
}

/** The definitions an article depends on. */
export async function definitionsFor(number: string): Promise<Definition[]> {
  return (await getDefinitions()).filter((d) => d.articles.some((a) => a.id === number));
}
