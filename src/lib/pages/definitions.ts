import { readReferenceText } from '../../corpus/referenceText';
import { getArticles, getDefinitions } from '../content';

/** Everything /definitions/ shows: each definition, where its Russian came from, and the articles that depend on it. */
export async function loadDefinitionsPage() {
  const articles = new Map((await getArticles()).map((a) => [a.id, a]));
  return (await getDefinitions()).map((definition) => ({
    definition,
    /** Where the stored Russian text came from, as its header records it. */
    provenance: readReferenceText(definition.file)?.meta.source ?? 'not recorded',
    articles: definition.articles.map(({ id }) => ({ number: id, article: articles.get(id) })),
  }));
}

export type DefinitionsPage = Awaited<ReturnType<typeof loadDefinitionsPage>>;
