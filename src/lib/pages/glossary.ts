import { getGlossary, getSources } from '../content';

/** Everything /glossary/ shows: each term, with each UN rendering's source resolved. */
export async function loadGlossaryPage() {
  const sources = new Map((await getSources()).map((s) => [s.id, s]));
  return (await getGlossary()).map((term) => ({
    term,
    renderings: term.un.map((rendering) => ({ rendering, source: sources.get(rendering.source.id) })),
  }));
}
