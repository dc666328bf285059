import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { idsOf, readArticles } from '../helpers/corpus';
import { listPages } from '../helpers/html';
import { distMirror, distRoot, mirrorBase, originOf } from '../helpers/paths';

const names = ['articles', 'findings', 'standards', 'sources'] as const;

/** An entry of a published open-data file, as far as these tests read it. */
interface OpenEntry {
  id: string;
  url: string;
  analysis: string;
  data: {
    role: string;
    source: string;
    articles: { id: string }[];
    standards: { id: string }[];
    gaps: { standard: string; findings: string[] }[];
    statute?: { parts: { penalty?: { maxYears?: number } }[] };
  };
}
interface OpenDataFile {
  $schema: string;
  collection: string;
  licence: string;
  entries: OpenEntry[];
}

function readJson<T = OpenDataFile>(dist: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as T;
}

/** A validator that knows the two formats the schemas use, and rejects keywords it does not know. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
  return ajv;
}

/** Sub-schemas that accept anything: a field the generator could not describe. */
function emptySchemas(schema: unknown, at = '#'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => emptySchemas(s, `${at}/${i}`));
  if (schema === null || typeof schema !== 'object') return [];
  const here = Object.keys(schema).length === 0 ? [at] : [];
  const nested = Object.entries(schema).flatMap(([k, v]) =>
    ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', 'prefixItems', '$defs'].includes(k)
      ? k === 'properties' || k === '$defs'
        ? Object.entries(v as object).flatMap(([p, s]) => emptySchemas(s, `${at}/${k}/${p}`))
        : emptySchemas(v, `${at}/${k}`)
      : [],
  );
  return [...here, ...nested];
}

describe.each([
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
])('open data: %s', (_name, dist, base) => {
  const origin = originOf(dist);
  for (const name of names) {
    describe(`${name}.json`, () => {
      const doc = readJson(dist, `data/${name}.json`);
      const schema = readJson<Record<string, unknown>>(dist, `data/schema/${name}.json`);

      it('validates against its published JSON Schema', () => {
        const validate = validator().compile(schema);
        expect(validate(doc) ? [] : validate.errors).toEqual([]);
      });

      it('has a schema that describes every field (nothing left as “anything”)', () => {
        expect(emptySchemas(schema)).toEqual([]);
      });

      it('has a schema that rejects an unknown field, a missing id and a mistyped date', () => {
        const validate = validator().compile(schema);
        const entry = doc.entries[0];
        expect(validate({ ...doc, entries: [{ ...entry, extra: true }] })).toBe(false);
        expect(validate({ ...doc, entries: [{ ...entry, id: undefined }] })).toBe(false);
        const dated = name === 'sources' ? 'date' : 'lastReviewed';
        expect(validate({ ...doc, entries: [{ ...entry, data: { ...entry.data, [dated]: '23 November 2026' } }] })).toBe(false);
      });

      it('points to its schema and lists every entry of the collection by id, with its page', () => {
        expect(doc.$schema).toBe(`${origin}${base}data/schema/${name}.json`);
        expect(schema.$id).toBe(doc.$schema);
        expect(doc.collection).toBe(name);
        expect(doc.licence).toMatch(/attribution/);
        expect(doc.entries.map((e: { id: string }) => e.id).sort()).toEqual(idsOf(name));
        const pages = new Set(listPages(dist).map((p) => `${origin}${base}${p}`));
        for (const e of doc.entries) expect(pages.has(e.url), e.url).toBe(true);
      });
    });
  }

  it('the schemas describe references as ids, not as Astro’s { collection, id } objects', () => {
    const findings = readJson(dist, 'data/findings.json');
    const validateFindings = validator().compile(readJson<Record<string, unknown>>(dist, 'data/schema/findings.json'));
    const finding = findings.entries[0];
    expect(validateFindings({ ...findings, entries: [{ ...finding, data: { ...finding.data, source: { collection: 'sources', id: finding.data.source } } }] })).toBe(false);
    const articles = readJson(dist, 'data/articles.json');
    const validateArticles = validator().compile(readJson<Record<string, unknown>>(dist, 'data/schema/articles.json'));
    const article = articles.entries.find((e) => e.data.gaps.length > 0)!;
    const gaps = [{ ...article.data.gaps[0], standard: { collection: 'standards', id: article.data.gaps[0].standard } }];
    expect(validateArticles({ ...articles, entries: [{ ...article, data: { ...article.data, gaps } }] })).toBe(false);
  });

  it('every reference is the id of an entry in the named file', () => {
    const ids = Object.fromEntries(names.map((n) => [n, new Set(idsOf(n))]));
    const findings = readJson(dist, 'data/findings.json').entries;
    for (const f of findings) {
      expect(ids.sources.has(f.data.source), f.id).toBe(true);
      for (const a of f.data.articles) expect(ids.articles.has(a.id), `${f.id} → ${a.id}`).toBe(true);
      for (const s of f.data.standards) expect(ids.standards.has(s.id), `${f.id} → ${s.id}`).toBe(true);
    }
    for (const a of readJson(dist, 'data/articles.json').entries) {
      for (const g of a.data.gaps) {
        expect(ids.standards.has(g.standard), `${a.id} → ${g.standard}`).toBe(true);
        for (const f of g.findings) expect(ids.findings.has(f), `${a.id} → ${f}`).toBe(true);
      }
    }
  });
});

describe('open data content', () => {
  it('articles.json carries what the article entries declare', () => {
    const published = new Map(readJson(distRoot, 'data/articles.json').entries.map((e) => [e.id, e]));
    for (const a of readArticles()) {
      const e = published.get(a.number)!;
      expect(e, a.number).toBeDefined();
      expect(e.url).toBe(`${originOf(distRoot)}/criminal-code/${a.number}/`);
      expect(e.data.role).toBe(a.role);
      expect(e.data.gaps.map((g) => [g.standard, g.findings])).toEqual((a.gaps ?? []).map((g) => [g.standard, g.findings ?? []]));
      expect(e.data.statute?.parts.map((p) => p.penalty?.maxYears)).toEqual(a.statute?.parts.map((p) => p.penalty?.maxYears));
      expect(e.analysis.length, `${a.number} analysis`).toBeGreaterThan(100);
    }
  });

  it('the /data/ page links every file and its schema, and states the licence', () => {
    const html = readFileSync(path.join(distRoot, 'data', 'index.html'), 'utf8');
    for (const name of names) {
      expect(html).toContain(`href="/data/${name}.json"`);
      expect(html).toContain(`href="/data/schema/${name}.json"`);
      expect(existsSync(path.join(distRoot, 'data', `${name}.json`))).toBe(true);
    }
    expect(html).toMatch(/reused with attribution/);
    expect(html).toMatch(/UN material/);
    expect(html).toMatch(/official text of the Republic of Kazakhstan/);
  });
});
