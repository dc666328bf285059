// A synthetic corpus for the scale benchmark: the real content copied over and over with renumbered ids,
// so every entry passes the schema (quotations stay verbatim: they are the real ones) and pages look like
// real pages. Articles, findings and standards keep the real corpus's proportions.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

type Collection = 'articles' | 'findings' | 'standards';
type Entry = { id: string; file: string; data: Record<string, unknown>; body?: string };

/** The entries of a collection: YAML files, or Markdown with front matter. */
function readEntries(contentDir: string, collection: Collection): Entry[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(contentDir, collection, file), 'utf8');
      const id = file.replace(/\.(ya?ml|mdx?)$/, '');
      if (!/\.mdx?$/.test(file)) return { id, file, data: parse(raw) as Record<string, unknown> };
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw) ?? [];
      return { id, file, data: parse(front) as Record<string, unknown>, body };
    });
}

/** Copy `k` of an id; copy 0 is the real entry. Article numbers stay numbers: 255 → 3255 for copy 3. */
function copyId(collection: Collection, id: string, k: number): string {
  if (k === 0) return id;
  return collection === 'articles' ? String(k * 1000 + Number(id)) : `${id}-copy-${k}`;
}

export interface CorpusSize {
  articles: number;
  findings: number;
  standards: number;
}

/**
 * Writes a corpus of `articles` articles into `targetDir` (replacing it): the real content folder, with
 * articles, findings and standards repeated as renumbered copies until each collection holds its share.
 * A reference from a copy goes to the same copy of its target when that copy exists, else to the real one.
 */
export function generateCorpus(contentDir: string, targetDir: string, articles: number): CorpusSize {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(path.dirname(targetDir), { recursive: true });
  cpSync(contentDir, targetDir, { recursive: true });
  const real = {
    articles: readEntries(contentDir, 'articles'),
    findings: readEntries(contentDir, 'findings'),
    standards: readEntries(contentDir, 'standards'),
  };
  const want: CorpusSize = {
    articles,
    findings: Math.round((articles * real.findings.length) / real.articles.length),
    standards: Math.round((articles * real.standards.length) / real.articles.length),
  };
  // Entries are taken copy by copy (all of copy 1, then copy 2, …) until each collection has its number.
  const included = new Set<string>();
  for (const collection of ['articles', 'findings', 'standards'] as const) {
    for (let n = 0; n < want[collection]; n++) {
      const entry = real[collection][n % real[collection].length]!;
      included.add(`${collection}/${copyId(collection, entry.id, Math.floor(n / real[collection].length))}`);
    }
  }
  const map = (collection: Collection, id: unknown, k: number): string => {
    const candidate = copyId(collection, String(id), k);
    return included.has(`${collection}/${candidate}`) ? candidate : String(id);
  };
  const mapAll = (collection: Collection, ids: unknown, k: number) =>
    Array.isArray(ids) ? ids.map((id) => map(collection, id, k)) : ids;
  // A finding's links are { id, basis, words }; a link moved to a copy is no longer named by the source.
  const mapLinks = (collection: Collection, links: unknown, k: number) =>
    Array.isArray(links)
      ? links.map((l: Record<string, unknown>) => {
          const id = map(collection, l.id, k);
          return id === String(l.id) ? l : { id, basis: 'analysis' };
        })
      : links;

  for (const collection of ['articles', 'findings', 'standards'] as const) {
    for (let n = real[collection].length; n < want[collection]; n++) {
      const entry = real[collection][n % real[collection].length]!;
      const k = Math.floor(n / real[collection].length);
      const id = copyId(collection, entry.id, k);
      const data = structuredClone(entry.data);
      if (collection === 'articles') {
        data.number = id;
        data.findings = mapAll('findings', data.findings, k);
        data.gaps = ((data.gaps as Record<string, unknown>[] | undefined) ?? []).map((g) => ({
          ...g,
          standard: map('standards', g.standard, k),
          findings: mapAll('findings', g.findings, k),
        }));
        data.related = ((data.related as Record<string, unknown>[] | undefined) ?? []).map((r) => ({
          ...r,
          article: map('articles', r.article, k),
        }));
      } else if (collection === 'findings') {
        data.articles = mapLinks('articles', data.articles, k);
        data.standards = mapLinks('standards', data.standards, k);
      }
      const file = path.join(targetDir, collection, entry.file.replace(entry.id, id));
      writeFileSync(
        file,
        entry.body === undefined
          ? stringify(data, { lineWidth: 0 })
          : `---\n${stringify(data, { lineWidth: 0 })}---\n${entry.body}`,
      );
    }
  }
  return want;
}
