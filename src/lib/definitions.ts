import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { definitionsSchema, type Definition } from '../schemas/definition';
import { contentPath } from './contentRoot';
import { readReferenceText } from './referenceText';
import { containsVerbatim, firstMismatch } from './verbatim';

let cached: Definition[] | null = null;

/**
 * The statutory definitions, validated: the schema, the Russian verbatim in its stored file, and every
 * article it names present as an entry. A problem fails the build naming the file, the entry and the field.
 */
export function loadDefinitions(): Definition[] {
  if (cached) return cached;
  const file = contentPath('definitions.yaml');
  const parsed = definitionsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} does not match the definitions schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const problems: string[] = [];
  parsed.data.forEach((d, i) => {
    const stored = readReferenceText(d.file);
    if (!stored) problems.push(`  ${i}.file: no stored text content/reference/${d.file}`);
    else if (!containsVerbatim(stored.body, d.ru)) problems.push(`  ${i}.ru (${d.id}): differs from content/reference/${d.file} after "…${firstMismatch(stored.body, d.ru)?.context ?? ''}"`);
    d.articles.forEach((n, j) => {
      if (!existsSync(contentPath('articles', `${n}.md`)) && !existsSync(contentPath('articles', `${n}.mdx`))) problems.push(`  ${i}.articles.${j}: no article entry "${n}"`);
    });
  });
  if (problems.length > 0) throw new Error(`${file}:\n${problems.join('\n')}`);
  cached = parsed.data;
  return cached;
}

/** The definitions an article depends on. */
export function definitionsFor(number: string): Definition[] {
  return loadDefinitions().filter((d) => d.articles.includes(number));
}
