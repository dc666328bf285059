// Citation on the built site: reference-manager metadata in every head, "Cite" boxes with hand-checked strings,
// ¶ links for every kind of pinpoint, the downloads, and the one enhancement script. Expectations come from the
// content files and the style rules, not from the code under test.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { all, attr, byClass, byId, first, listPages, loadPage, text, type Element } from '../helpers/html';
import { readEntries } from '../helpers/corpus';
import { isRedirectPage } from '../helpers/pageTypes';
import { distMirror, distRoot, mirrorBase } from '../helpers/paths';

const siteName = 'Kazakhstan Counter-Terrorism Law Review';

type Meta = Map<string, string[]>;

/** The <meta name|property> tags in a page's head, by key. */
function metaOf(doc: Element): Meta {
  const head = first(doc, (el) => el.tagName === 'head');
  const meta: Meta = new Map();
  for (const el of all(head ?? doc, (e) => e.tagName === 'meta')) {
    const key = attr(el, 'name') ?? attr(el, 'property');
    if (key) meta.set(key, [...(meta.get(key) ?? []), attr(el, 'content') ?? '']);
  }
  return meta;
}
const one = (meta: Meta, key: string) => meta.get(key)?.[0];

type Node = Record<string, unknown> & { '@type'?: string | string[]; '@id'?: string };

/** The parsed JSON-LD graph of a page (it must have exactly one block). */
function graphOf(doc: Element): Node[] {
  const blocks = all(doc, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
  expect(blocks).toHaveLength(1);
  const data = JSON.parse((blocks[0]?.childNodes[0] as { value: string }).value) as { '@context': string; '@graph': Node[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}
const ofType = (graph: Node[], type: string) => graph.filter((n) => n['@type'] === type);

const canonicalOf = (doc: Element) => all(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href') ?? '');

const articles = readEntries<{ number: string; lastReviewed: string; statute?: unknown; title: { en: string } }>('articles');
const findings = readEntries<{ title: string; source: string; paragraph: number; lastReviewed: string }>('findings');
const standards = readEntries<{ shortName: string; title: string; lastReviewed: string }>('standards');
const sources = readEntries<{ title: string; kind: string; issuer: string; authors?: string[]; date: string; symbol?: string }>('sources');

const builds = [
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
] as const;

describe.each(builds)('metadata in every head: %s', (_name, dist, base) => {
  const pages = listPages(dist).filter((p) => !isRedirectPage(dist, p));
  const origin = new URL(canonicalOf(loadPage(dist, ''))[0] ?? '').origin;

  it('has one clean canonical address per page, equal to og:url, DC.identifier and citation_public_url', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const doc = loadPage(dist, page);
      const canonicals = canonicalOf(doc);
      const meta = metaOf(doc);
      const canonical = canonicals[0] ?? '';
      const url = new URL(canonical);
      if (canonicals.length !== 1) problems.push(`${page}: ${canonicals.length} canonical links`);
      if (url.search || url.hash) problems.push(`${page}: canonical ${canonical} has a query or fragment`);
      if (page !== '404.html' && canonical !== `${origin}${base}${page}`) problems.push(`${page}: canonical ${canonical}`);
      for (const key of ['og:url', 'DC.identifier', 'citation_public_url']) {
        const values = meta.get(key) ?? [];
        if (key !== 'citation_public_url' && values.length !== 1) problems.push(`${page}: ${values.length} ${key}`);
        if (values.some((v) => v !== canonical)) problems.push(`${page}: ${key} ${values.join(' ')} ≠ ${canonical}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has Dublin Core, Open Graph and a well-formed JSON-LD graph on every page', () => {
    for (const page of pages) {
      const doc = loadPage(dist, page);
      const meta = metaOf(doc);
      const canonical = canonicalOf(doc)[0];
      for (const key of ['DC.title', 'DC.publisher', 'DC.language', 'og:type', 'og:title', 'og:description', 'og:site_name']) expect(one(meta, key), `${page} ${key}`).toBeTruthy();
      expect(meta.has('DC.creator'), `${page}: an organisation in DC.creator is split into a person's name`).toBe(false);
      const graph = graphOf(doc);
      expect(ofType(graph, 'Organization')[0]?.name, page).toBe(siteName);
      expect(ofType(graph, 'WebSite')[0]?.url, page).toBe(`${origin}${base}`);
      expect(ofType(graph, 'WebPage').map((n) => n.url), page).toEqual([canonical]);
    }
  });

  it('gives plain pages no citation_* tags (a title alone would be saved as a journal article)', () => {
    for (const page of ['', 'criminal-code/', 'findings/', 'cite/', 'about/']) {
      expect([...metaOf(loadPage(dist, page)).keys()].filter((k) => k.startsWith('citation_')), page).toEqual([]);
    }
  });

  it('describes each article page as our report about the article, with the Code as Legislation', () => {
    for (const a of articles) {
      const page = `criminal-code/${a.number}/`;
      const doc = loadPage(dist, page);
      const meta = metaOf(doc);
      const canonical = `${origin}${base}${page}`;
      expect(one(meta, 'citation_title')).toBe(`Article ${a.number}. ${a.title.en}`);
      expect(one(meta, 'citation_technical_report_institution')).toBe(siteName);
      expect(one(meta, 'citation_technical_report_number')).toBe(`KZCTLR/criminal-code/${a.number}`);
      expect(one(meta, 'citation_publication_date')).toBe(a.lastReviewed.replaceAll('-', '/'));
      expect(meta.has('citation_author')).toBe(false);
      expect(meta.has('citation_journal_title')).toBe(false);
      const graph = graphOf(doc);
      const laws = ofType(graph, 'Legislation');
      const code = laws.find((n) => !n.isPartOf);
      const article = laws.find((n) => n.isPartOf);
      expect(code).toMatchObject({ name: 'Criminal Code of the Republic of Kazakhstan', legislationDate: '2014-07-03', legislationJurisdiction: 'Kazakhstan' });
      for (const key of ['legislationIdentifier', 'legislationLegalForce', 'inLanguage']) expect(code?.[key], key).toBeTruthy();
      expect(String(code?.legislationIdentifier)).toContain('226-V');
      expect(article).toMatchObject({ legislationDate: '2014-07-03', isPartOf: { '@id': code?.['@id'] } });
      expect(String(article?.legislationIdentifier)).toBe(`Criminal Code of the Republic of Kazakhstan No. 226-V, art. ${a.number}`);
      const report = ofType(graph, 'Report').find((n) => n.url === canonical);
      expect(report).toMatchObject({ reportNumber: `KZCTLR/criminal-code/${a.number}`, dateModified: a.lastReviewed, inLanguage: 'en', about: { '@id': article?.['@id'] } });
    }
  });

  it('describes finding and standard pages as our reports', () => {
    for (const [folder, list] of [['findings', findings], ['standards', standards]] as const) {
      for (const entry of list) {
        const page = `${folder}/${entry.id}/`;
        const meta = metaOf(loadPage(dist, page));
        expect(one(meta, 'citation_technical_report_institution'), page).toBe(siteName);
        expect(one(meta, 'citation_technical_report_number'), page).toBe(`KZCTLR/${folder}/${entry.id}`);
        expect(one(meta, 'citation_publication_date'), page).toBe(entry.lastReviewed.replaceAll('-', '/'));
        const report = ofType(graphOf(loadPage(dist, page)), 'Report').find((n) => n.url === `${origin}${base}${page}`);
        expect(report?.dateModified, page).toBe(entry.lastReviewed);
      }
    }
    const finding = findings.find((f) => f.id === 'sr-2019-socially-dangerous-consequences');
    const cited = ofType(graphOf(loadPage(dist, `findings/${finding?.id}/`)), 'Report')[0]?.citation as Node[];
    expect(cited.map((c) => c.name)).toEqual([sources.find((s) => s.id === finding?.source)?.title]);
  });

  it('describes a UN document’s page as that document, with its issuer and symbol', () => {
    for (const s of sources) {
      const page = `sources/${s.id}/`;
      const meta = metaOf(loadPage(dist, page));
      const graph = graphOf(loadPage(dist, page));
      if (s.kind !== 'un-document') {
        expect(one(meta, 'citation_technical_report_institution'), page).toBe(siteName);
        continue;
      }
      expect(one(meta, 'citation_title'), page).toBe(s.title);
      const institution = one(meta, 'citation_technical_report_institution') ?? '';
      expect(institution && s.issuer.startsWith(institution), `${page}: ${institution}`).toBe(true);
      expect(meta.get('citation_technical_report_number'), page).toEqual(s.symbol ? [s.symbol] : undefined);
      expect(meta.get('citation_author') ?? [], page).toEqual(s.authors ?? []);
      expect(one(meta, 'citation_publication_date'), page).toBe(s.date.replaceAll('-', '/'));
      const doc = ofType(graph, 'Report')[0];
      expect(doc, page).toMatchObject({ name: s.title, datePublished: s.date, publisher: { name: institution } });
      expect(doc?.reportNumber, page).toBe(s.symbol);
    }
  });
});

/** The citation strings shown in a "Cite" box, by label then style. */
function citationsIn(box: Element): Record<string, Record<string, string>> {
  const groups: Record<string, Record<string, string>> = {};
  for (const group of all(box, byClass('citation-group'))) {
    const label = text(first(group, byClass('citation-label'))!);
    const styles = all(group, (el) => el.tagName === 'dt').map(text);
    const values = all(group, (el) => el.tagName === 'dd').map((dd) => text(first(dd, byClass('citation'))!));
    groups[label] = Object.fromEntries(styles.map((s, i) => [s, values[i] ?? '']));
  }
  return groups;
}

describe.each(builds)('"Cite" boxes: %s', (_name, dist, base) => {
  const site = `${new URL(canonicalOf(loadPage(dist, ''))[0] ?? '').origin}${base}`;

  it('give the hand-checked references for Article 255, part 1', () => {
    const box = first(loadPage(dist, 'criminal-code/255/'), byId('part-1'));
    const cite = citationsIn(first(box!, byClass('cite-pin'))!)['The statute: Article 255, part 1'];
    expect(cite).toEqual({
      OSCOLA: `Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 255(1) (unofficial translation: Kazakhstan Counter-Terrorism Law Review <${site}criminal-code/255/#part-1>).`,
      Bluebook: `Criminal Code of the Republic of Kazakhstan No. 226-V of July 3, 2014, art. 255(1) (Kaz.), translated in Kazakhstan Counter-Terrorism Law Review, ${site}criminal-code/255/#part-1.`,
      'APA 7': `Criminal Code of the Republic of Kazakhstan No. 226-V, art. 255(1) (2014). ${site}criminal-code/255/#part-1`,
    });
    expect(text(first(box!, byClass('cite-permalink'))!)).toBe(`Permanent link: ${site}criminal-code/255/#part-1`);
  });

  it('give the hand-checked references for a finding page: the UN document at its paragraph, and our page', () => {
    const doc = loadPage(dist, 'findings/sr-2019-socially-dangerous-consequences/');
    const cite = citationsIn(first(doc, byId('cite'))!);
    const sr = 'UN Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism';
    const title = 'Preliminary Findings of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism on her visit to Kazakhstan';
    expect(cite['The document, para. 8: Special Rapporteur, preliminary findings on Kazakhstan (22 May 2019)']).toMatchObject({
      OSCOLA: `${sr}, ‘${title}’ (22 May 2019) para 8 (as numbered by the Kazakhstan Counter-Terrorism Law Review <${site}sources/sr-2019-preliminary-findings/#para-8>).`,
      'APA 7': `${sr}. (2019). ${title}. ${site}sources/sr-2019-preliminary-findings/`,
    });
    expect(cite['This page (our analysis)']?.OSCOLA).toBe(`Kazakhstan Counter-Terrorism Law Review, ‘“Socially dangerous consequences”, propaganda and public calls lack intent and invite arbitrary use’ (last reviewed 23 November 2026) <${site}findings/sr-2019-socially-dangerous-consequences/>.`);
  });

  it('give the hand-checked Bluebook reference for paragraph 57 of AL KAZ 1/2022', () => {
    const para = first(loadPage(dist, 'sources/al-kaz-1-2022/'), byId('para-57'));
    const cite = citationsIn(first(para!, byClass('cite-pin'))!)['The document, para. 57: Communication AL KAZ 1/2022 (18 January 2022)'];
    expect(cite?.Bluebook).toBe(`Special Procedures of the U.N. Human Rights Council, Communication AL KAZ 1/2022 from Eight Mandates of the Special Procedures to the Government of Kazakhstan, ¶ 57 (Jan. 18, 2022) (as numbered by the Kazakhstan Counter-Terrorism Law Review, ${site}sources/al-kaz-1-2022/#para-57).`);
  });

  it('are on every entry page, as plain text in the HTML, with the page’s permanent address', () => {
    const pages = [
      ...articles.map((a) => `criminal-code/${a.number}/`),
      ...findings.map((f) => `findings/${f.id}/`),
      ...standards.map((s) => `standards/${s.id}/`),
      ...sources.map((s) => `sources/${s.id}/`),
    ];
    for (const page of pages) {
      const box = first(loadPage(dist, page), byId('cite'));
      expect(box?.tagName, page).toBe('details');
      expect(attr(first(box!, byClass('permalink'))!, 'href'), page).toBe(`${site}${page}`);
      const styles = all(box!, (el) => el.tagName === 'dt').map(text);
      expect(new Set(styles), page).toEqual(new Set(['OSCOLA', 'Bluebook', 'APA 7']));
      expect(all(box!, byClass('citation')).every((c) => text(c).length > 40), page).toBe(true);
    }
  });
});

describe.each(builds)('pinpoints and the copy-link script: %s', (_name, dist, base) => {
  const pages = listPages(dist).filter((p) => !isRedirectPage(dist, p));

  it('every statutory part, finding, gap, application, recommendation and source paragraph has a visible, focusable ¶ link and a "Cite" box', () => {
    const kinds = /^(part-\d+|note|finding-.+|standard-.+|application-.+|recommendation-.+|applications|recommendations|para-\d+)$/;
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.filter((p) => p.startsWith('criminal-code/') || p.startsWith('sources/'))) {
      const doc = loadPage(dist, page);
      for (const target of all(doc, (el) => kinds.test(attr(el, 'id') ?? ''))) {
        const id = attr(target, 'id') ?? '';
        checked += 1;
        const link = first(target, (el) => el.tagName === 'a' && attr(el, 'href') === `#${id}`);
        if (!link) { problems.push(`${page}#${id}: no ¶ link`); continue; }
        const visible = text(link);
        if (!(visible === `¶#${id}` || visible === '¶' || /^\d+$/.test(visible)) || attr(link, 'tabindex') === '-1' || attr(link, 'hidden') !== undefined) problems.push(`${page}#${id}: ¶ link not visible or not focusable`);
        if (!attr(link, 'aria-label')) problems.push(`${page}#${id}: ¶ link has no accessible name`);
        if (!first(target, byClass('cite-pin'))) problems.push(`${page}#${id}: no "Cite" box`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('ships the copy-link enhancement as one small same-origin module, only where there is something to copy', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const doc = loadPage(dist, page);
      const scripts = all(doc, (el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
      const copy = scripts.filter((s) => /\/_astro\/CopyLink\.[^/]*\.js$/.test(attr(s, 'src') ?? ''));
      const hasLinks = all(doc, (el) => el.tagName === 'a' && /(^|\s)(pinpoint|para-number|permalink)(\s|$)/.test(attr(el, 'class') ?? '')).length > 0;
      if (copy.length !== (hasLinks ? 1 : 0)) problems.push(`${page}: ${copy.length} copy-link scripts`);
      for (const s of copy) {
        const src = attr(s, 'src') ?? '';
        if (attr(s, 'type') !== 'module' || !src.startsWith(`${base}_astro/`)) problems.push(`${page}: ${src} is not a same-origin module`);
        const bytes = statSync(path.join(dist, src.slice(base.length))).size;
        if (bytes > 2048) problems.push(`${page}: copy-link script is ${bytes} bytes`);
      }
      // Besides it, content pages carry only the search-highlighting enhancement (and the search page its own).
      for (const s of scripts) {
        if (!/\/_astro\/(CopyLink|SearchHighlight|search)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(attr(s, 'src') ?? '')) problems.push(`${page}: unexpected script ${attr(s, 'src') ?? '(inline)'}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(builds)('downloads: %s', (_name, dist, base) => {
  const entryPages = [
    ...articles.map((a) => ({ page: `criminal-code/${a.number}/`, titles: [`Article ${a.number}. ${a.title.en}`, ...(a.statute ? ['Criminal Code of the Republic of Kazakhstan'] : [])] })),
    ...findings.map((f) => ({ page: `findings/${f.id}/`, titles: [f.title, sources.find((s) => s.id === f.source)?.title ?? ''] })),
    ...standards.map((s) => ({ page: `standards/${s.id}/`, titles: [`${s.shortName}: ${s.title}`] })),
    ...sources.map((s) => ({ page: `sources/${s.id}/`, titles: [s.title] })),
  ];

  it('each entry page links to its CSL-JSON, BibTeX and RIS, and each parses with the entry’s works', () => {
    for (const { page, titles } of entryPages) {
      const links = all(first(loadPage(dist, page), byId('cite'))!, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href'));
      expect(links, page).toEqual(['json', 'bib', 'ris'].map((ext) => `${base}${page}citation.${ext}`));
      const read = (ext: string) => readFileSync(path.join(dist, page, `citation.${ext}`), 'utf8');

      const items = JSON.parse(read('json')) as Record<string, unknown>[];
      expect(items.map((i) => i.title), page).toEqual(titles);
      for (const item of items) {
        expect(typeof item.id === 'string' && typeof item.type === 'string' && typeof item.URL === 'string', page).toBe(true);
        expect(String(item.URL), page).toMatch(/^https?:\/\//);
      }

      expect(new Cite(read('bib')).data.map((i) => i.title), page).toEqual(titles);

      const records = read('ris').replace(/\n$/, '').split('\n\n');
      expect(records.map((r) => /^TI {2}- (.*)$/m.exec(r)?.[1]), page).toEqual(titles);
      for (const r of records) {
        expect(r.split('\n')[0], page).toMatch(/^TY {2}- [A-Z]+$/);
        expect(r.split('\n').at(-1), page).toBe('ER  - ');
      }
    }
  });
});

describe('review dates and history', () => {
  it('every article, finding and standard page shows when it was last reviewed and its history', () => {
    const formatted = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const list = [
      ...articles.map((a) => [`criminal-code/${a.number}/`, a.lastReviewed] as const),
      ...findings.map((f) => [`findings/${f.id}/`, f.lastReviewed] as const),
      ...standards.map((s) => [`standards/${s.id}/`, s.lastReviewed] as const),
    ];
    for (const [page, reviewed] of list) {
      const history = first(loadPage(distRoot, page), byId('history'));
      expect(history, page).toBeDefined();
      expect(text(history!), page).toContain(`Last reviewed against its sources on ${formatted(reviewed)}`);
      expect(all(history!, (el) => el.tagName === 'time').length, page).toBeGreaterThan(0);
    }
  });
});

describe('the /cite/ page', () => {
  it('explains the formats, the downloads and that addresses are permanent', () => {
    const body = text(first(loadPage(distRoot, 'cite/'), (el) => el.tagName === 'main')!);
    for (const phrase of ['Addresses are permanent', 'OSCOLA', 'Bluebook', 'APA', 'CSL-JSON', 'BibTeX', 'RIS', 'as numbered by the Kazakhstan Counter-Terrorism Law Review', 'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V']) {
      expect(body).toContain(phrase);
    }
  });
});
