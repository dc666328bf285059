import { existsSync } from 'node:fs';
import { definitionsSchema, type Definition } from '../schemas/definition';
import { contentPath } from './contentRoot';
import type { ContentProblem } from './contentErrors';
import { loadDataFile } from './dataFile';
import { readReferenceText } from './referenceText';
import { containsVerbatim, describeMismatch } from './verbatim';

let cached: Definition[] | null = null;

/**
 * The statutory definitions, validated: the schema, the Russian verbatim in its stored file, and every
 * article it names present as an entry.
 */
export function loadDefinitions(): Definition[] {
  cached ??= loadDataFile('definitions.yaml', definitionsSchema, (definitions) =>
    definitions.flatMap((d, i) => {
      const problems: ContentProblem[] = [];
      const stored = readReferenceText(d.file);
      if (!stored) problems.push({ path: [i, 'file'], message: `no stored text content/reference/${d.file}` });
      else if (!containsVerbatim(stored.body, d.ru)) problems.push({ path: [i, 'ru'], message: `(${d.id}) differs from content/reference/${d.file}: ${describeMismatch(stored.body, d.ru)}` });
      d.articles.forEach((n, j) => {
        if (!existsSync(contentPath('articles', `${n}.md`)) && !existsSync(contentPath('articles', `${n}.mdx`))) problems.push({ path: [i, 'articles', j], message: `no article entry "${n}"` });
      });
      return problems;
    }),
  );
  return cached;
}

/** The definitions an article depends on. */
export function definitionsFor(number: string): Definition[] {
  return loadDefinitions().filter((d) => d.articles.includes(number));
}
