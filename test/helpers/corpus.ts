import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './paths.ts';

/** The parts of an article's front matter the built-site tests compare the pages with. */
export interface ArticleFront {
  number: string;
  role: 'reviewed' | 'related';
  lastReviewed: string;
  history: { date: string; change: string }[];
  gaps?: { standard: string; role?: 'shortfall' | 'cannot-justify'; findings?: string[]; concerns: string[] }[];
  recommendations?: { id: string; status?: { kind: string; event: string } }[];
  statute?: {
    parts: { n: number; penalty?: { minYears: number; maxYears: number; life?: boolean; death?: boolean } }[];
  };
}

/**
 * The content read straight from its files with the yaml package, independently of the site's own loaders, so
 * the built-site tests compare the pages with the files and not with the code under test.
 */

/** The data of an entry file: the front matter of a .md(x) entry, or a whole .yaml file. */
function readEntryFile(file: string): unknown {
  const raw = readFileSync(file, 'utf8');
  return parseYaml(/\.mdx?$/.test(file) ? (raw.split(/^---$/m)[1] ?? '') : raw);
}

/** Every entry of a collection (articles, findings, standards, sources), with its id (the file name). */
export function readEntries<T>(collection: string): (T & { id: string })[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
    .map((f) => ({
      ...(readEntryFile(path.join(contentDir, collection, f)) as T),
      id: f.replace(/\.(ya?ml|mdx?)$/, ''),
    }));
}

/** Every article, in numeric order. */
export function readArticles(): ArticleFront[] {
  return readEntries<ArticleFront>('articles').sort(
    (a, b) => Number(a.number.split('-')[0]) - Number(b.number.split('-')[0]) || a.number.localeCompare(b.number),
  );
}

/** A YAML entry file of a collection (findings, standards, sources), or the timeline. */
export function readYaml<T>(...segments: string[]): T {
  return parseYaml(readFileSync(path.join(contentDir, ...segments), 'utf8')) as T;
}

/** The ids of a collection: its file names. */
export function idsOf(collection: string): string[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
    .map((f) => f.replace(/\.(ya?ml|mdx?)$/, ''))
    .sort();
}

/** An article's whole front matter, as the site's own functions (e.g. lib/version) take it. */
export function readArticleData<T = Record<string, unknown>>(number: string): T {
  return parseYaml(
    readFileSync(path.join(contentDir, 'articles', `${number}.md`), 'utf8').split(/^---$/m)[1] ?? '',
  ) as T;
}
