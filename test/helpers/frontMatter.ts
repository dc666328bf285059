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
  gaps?: { standard: string; role?: 'shortfall' | 'ceiling'; findings?: string[]; concerns: string[] }[];
  statute?: { parts: { n: number; penalty?: { minYears: number; maxYears: number; life?: boolean; death?: boolean } }[] };
}

/** Every article, read straight from content/articles/*.md(x) with the yaml package, in numeric order. */
export function readArticles(): ArticleFront[] {
  return readdirSync(path.join(contentDir, 'articles'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => parseYaml(readFileSync(path.join(contentDir, 'articles', f), 'utf8').split(/^---$/m)[1] ?? '') as ArticleFront)
    .sort((a, b) => Number(a.number.split('-')[0]) - Number(b.number.split('-')[0]) || a.number.localeCompare(b.number));
}

/** A YAML entry file of a collection (findings, standards, sources), or the timeline. */
export function readYaml<T>(...segments: string[]): T {
  return parseYaml(readFileSync(path.join(contentDir, ...segments), 'utf8')) as T;
}

/** The ids of a collection: its file names. */
export function idsOf(collection: string): string[] {
  return readdirSync(path.join(contentDir, collection)).filter((f) => /\.(ya?ml|mdx?)$/.test(f)).map((f) => f.replace(/\.(ya?ml|mdx?)$/, '')).sort();
}
