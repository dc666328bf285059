// Citation on the built site: reference-manager metadata in every head, "Cite" boxes with hand-checked strings,
// ¶ links for every kind of pinpoint, the downloads, and the one enhancement script. Expectations come from the
// content files and the style rules, not from the code under test.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { all, attr, byClass, byId, first, listPages, loadPage, text, type Element } from '../helpers/html';
import { instrumentKey } from '../../src/lib/citation/site';
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

/** The entry a citation page cites ("criminal-code/174/" for "criminal-code/174/cite/"); none for other pages. */
const citedEntry = (page: string): string | undefined => /^((?:ru\/)?(?:criminal-code|sources)\/[^/]+\/)cite\/$/.exec(page)?.[1];

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

type Law = { date: string | Date; number: string };
const articles = readEntries<{ number: string; lastReviewed: string; statute?: { version: { unchangedUntil: string; later?: { law: Law }[] } }; title: { en: string } }>('articles');
const findings = readEntries<{ title: string; source: string; paragraph: number; lastReviewed: string }>('findings');
const standards = readEntries<{ shortName: string; title: string; instrument: string; lastReviewed: string }>('standards');
const sources = readEntries<{ title: string; url?: string; kind: string; issuer: string; authors?: { family: string; given: string }[]; date: string; symbol?: string }>('sources');

const builds = [
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
] as const;

describe.each(builds)('metadata in every head: %s', (_name, dist, base) => {
  const pages = listPages(dist).filter((p) => !isRedirectPage(dist, p));
  const origin = new URL(canonicalOf(loadPage(dist, ''))[0] ?? '').origin;

  it('has one clean canonical address per page, equal to og:url, DC.identifier and citation_public_url (on a citation page, the last two are its entry\'s; on a UN document\'s, the document\'s)', () => {
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
      const entry = citedEntry(page);
      // A UN document's page (and its citation page) is saved as the document, at the address its download gives.
      // In either language: the Russian page of a UN document is saved as the same document.
      const unDocument = sources.find((s) => s.kind === 'un-document' && (entry ?? page).replace(/^ru\//, '') === `sources/${s.id}/`);
      const documentUrl = unDocument && String((JSON.parse(readFileSync(path.join(dist, `sources/${unDocument.id}/citation.json`), 'utf8')) as { URL: string }[])[0]!.URL);
      for (const key of ['og:url', 'DC.identifier', 'citation_public_url']) {
        const values = meta.get(key) ?? [];
        const expected = key === 'og:url' ? canonical : (documentUrl ?? (entry ? `${origin}${base}${entry}` : canonical));
        if (key !== 'citation_public_url' && values.length !== 1) problems.push(`${page}: ${values.length} ${key}`);
        if (values.some((v) => v !== expected)) problems.push(`${page}: ${key} ${values.join(' ')} ≠ ${expected}`);
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

  it('describes on each citation page the work its entry describes, so a reference manager saves the work, not "Cite …"', () => {
    const citePages = pages.filter((p) => citedEntry(p));
    expect(citePages.length).toBeGreaterThanOrEqual(8);
    for (const page of citePages) {
      const cite = metaOf(loadPage(dist, page));
      const entry = metaOf(loadPage(dist, citedEntry(page)!));
      const keys = [...entry.keys()].filter((k) => k.startsWith('citation_') || k.startsWith('DC.'));
      expect(keys.length, page).toBeGreaterThan(5);
      for (const key of keys) expect(cite.get(key), `${page} ${key}`).toEqual(entry.get(key));
    }
  });

  it('dates every plain page in its metadata, so no tool dates it by the first <time> in its body', () => {
    const undated = pages.filter((p) => {
      const meta = metaOf(loadPage(dist, p));
      return !meta.has('citation_publication_date') && !meta.has('DC.date');
    });
    // Only our pages of others' undated publications are left without a date (issue 21, P8).
    const plainUndated = undated.filter((p) => !/^(ru\/)?sources\//.test(p));
    expect(plainUndated).toEqual([]);
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
      // One author model (issue 21, P11): the issuing body, saved as the institution; no person as the author,
      // and the address the downloads give, so a saved page and an imported record are the same item.
      expect(meta.has('citation_author'), page).toBe(false);
      const json = (JSON.parse(readFileSync(path.join(dist, `${page}citation.json`), 'utf8')) as Record<string, unknown>[])[0]!;
      expect(one(meta, 'citation_public_url'), page).toBe(json.URL);
      expect(json.author, page).toEqual([{ literal: expect.stringContaining(institution) }]);
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

  it('give every LaTeX hint the pinpoint the OSCOLA box gives, in its words (the part held, whose numbering)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of listPages(dist).filter((p) => p.endsWith('cite/') && !isRedirectPage(dist, p))) {
      for (const group of all(loadPage(dist, page), byClass('citation-group'))) {
        const latex = first(group, byClass('citation-latex'));
        const pin = latex && /\\cite\[([^\]]+)\]/.exec(text(latex))?.[1];
        // A statute's part is printed by OSCOLA as "art 255(1)": the statute's short forms are issue 21's.
        if (!pin || !/\bpara\b/.test(pin)) continue;
        const oscola = text(first(first(group, (el) => el.tagName === 'dd')!, byClass('citation'))!);
        // The box's pinpoint runs from the lower-case words before "para" ("summary") to the numbering note,
        // whose address the hint leaves out: "summary para 1 (as numbered by … <url>)".
        const shown = /(?:, |\) )((?:[a-z]+ )*para \d+(?: \(as numbered by the [^<]*[^<\s])?)/.exec(oscola)?.[1];
        checked++;
        if (shown !== pin.replace(/\)$/, '')) problems.push(`${page}: ${pin} | ${oscola}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('give the hand-checked references for Article 255, part 1', () => {
    // Pinpoint citations live on the article's citation page, under the pinpoint's own id.
    const box = first(loadPage(dist, 'criminal-code/255/cite/'), byId('part-1'));
    const cite = citationsIn(box!)['The statute: Article 255, part 1'];
    // content/articles/255.md: the snapshot "cites laws up to 04.05.2020 No. 321-VI".
    expect(cite).toEqual({
      OSCOLA: `Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art 255(1) (as amended to 4 May 2020; unofficial translation: Kazakhstan Counter-Terrorism Law Review <${site}criminal-code/255/#part-1>).`,
      Bluebook: `Ugolovnyi kodeks Respubliki Kazakhstan [Criminal Code of the Republic of Kazakhstan] No. 226-V of July 3, 2014, art. 255(1) (Kaz.) (as amended to May 4, 2020), translated in Kazakhstan Counter-Terrorism Law Review, ${site}criminal-code/255/#part-1.`,
      'APA 7': `Criminal Code of the Republic of Kazakhstan No. 226-V, art. 255(1), as amended to May 4, 2020 (2014). ${site}criminal-code/255/#part-1`,
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
      // APA cites the original publication, here OHCHR's legacy address of the news item.
      'APA 7': `${sr}. (2019). ${title}. https://www.ohchr.org/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=24637&LangID=E`,
    });
    expect(cite['This page (our analysis)']?.OSCOLA).toBe(`Kazakhstan Counter-Terrorism Law Review, ‘“Socially dangerous consequences”, propaganda and public calls lack intent and invite arbitrary use’ (last reviewed 6 December 2026) <${site}findings/sr-2019-socially-dangerous-consequences/>.`);
  });

  it('name the text cited in every statute citation, and give a later text described on the page its own citation', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const problems: string[] = [];
    for (const a of articles.filter((x) => x.statute)) {
      // The "as amended to" date is the newest law the snapshot cites, as the article's version statement says.
      const m = /cites laws up to (\d{2})\.(\d{2})\.(\d{4})/.exec(a.statute!.version.unchangedUntil);
      expect(m, `${a.number}: version statement names no date`).not.toBeNull();
      const oscolaDate = `${Number(m![1])} ${months[Number(m![2]) - 1]} ${m![3]}`;
      const doc = loadPage(dist, `criminal-code/${a.number}/`);
      // The page's own "Cite this page" box, and every pinpoint's citations on the article's citation page.
      const boxes = [
        ...all(doc, (el) => /(^|\s)cite-box(\s|$)/.test(attr(el, 'class') ?? '')),
        ...all(loadPage(dist, `criminal-code/${a.number}/cite/`), (el) => /(^|\s)cited-pinpoint(\s|$)/.test(attr(el, 'class') ?? '')),
      ];
      expect(boxes.length, `${a.number}: citation boxes found`).toBeGreaterThan(1);
      for (const box of boxes) {
        for (const [label, styles] of Object.entries(citationsIn(box))) {
          if (!label.startsWith('The statute')) continue;
          if (label.includes('later text')) continue;
          if (!styles.OSCOLA?.includes(`(as amended to ${oscolaDate};`)) problems.push(`${a.number} ${label}: ${styles.OSCOLA}`);
          if (!styles.Bluebook?.includes('(as amended to ') || !styles['APA 7']?.includes('as amended to ')) problems.push(`${a.number} ${label}: Bluebook/APA without the version`);
        }
      }
      for (const later of a.statute!.version.later ?? []) {
        const iso = later.law.date instanceof Date ? later.law.date.toISOString().slice(0, 10) : later.law.date;
        const [y, mo, d] = iso.split('-');
        const cite = citationsIn(first(doc, byId('cite'))!)[`The statute: Article ${a.number}, later text as amended by the Law of ${d}.${mo}.${y} No. ${later.law.number}`];
        expect(cite?.OSCOLA, `${a.number} later text`).toBe(`Criminal Code of the Republic of Kazakhstan of 3 July 2014 No 226-V, art ${a.number} (as amended by the Law of ${Number(d)} ${months[Number(mo) - 1]} ${y} No ${later.law.number}; described by the Kazakhstan Counter-Terrorism Law Review <${site}criminal-code/${a.number}/#version-${iso}>).`);
        expect(first(doc, byId(`version-${iso}`)), `${a.number}: the later text's pinpoint exists`).toBeDefined();
      }
    }
    expect(problems).toEqual([]);
  });

  it('give a standard’s instrument itself, not only our page', () => {
    const cite = citationsIn(first(loadPage(dist, 'standards/iccpr-19/'), byId('cite'))!)['The instrument: ICCPR art. 19'];
    // content/reference/standards/iccpr-19.md: adopted 16 December 1966, entry into force 23 March 1976.
    expect(cite).toMatchObject({
      OSCOLA: 'International Covenant on Civil and Political Rights (adopted 16 December 1966, entered into force 23 March 1976) art 19.',
      Bluebook: 'International Covenant on Civil and Political Rights art. 19, Dec. 16, 1966.',
    });
    const unsc = citationsIn(first(loadPage(dist, 'standards/unsc-1566-para-3/'), byId('cite'))!)['The instrument: UNSC res. 1566 (2004), para. 3'];
    // content/reference/standards/unsc-1566-para-3.md: S/RES/1566 (2004), adopted 8 October 2004.
    expect(unsc?.OSCOLA).toBe('UN Security Council resolution 1566 (8 October 2004) UN Doc S/RES/1566 (2004), para 3.');
    for (const s of standards) {
      const labels = Object.keys(citationsIn(first(loadPage(dist, `standards/${s.id}/`), byId('cite'))!));
      expect(labels, s.id).toEqual([`The instrument: ${s.shortName}`, 'This page (our analysis)']);
    }
  });

  it('give the hand-checked Bluebook reference for paragraph 57 of AL KAZ 1/2022', () => {
    const para = first(loadPage(dist, 'sources/al-kaz-1-2022/cite/'), byId('para-57'));
    const cite = citationsIn(para!)['The document, para. 57: Communication AL KAZ 1/2022 (18 January 2022)'];
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
      // The shortest whole citation is a Security Council resolution in Bluebook: "S.C. Res. 1566, ¶ 3 (Oct. 8, 2004)."
      expect(all(box!, byClass('citation')).every((c) => text(c).length >= 34), page).toBe(true);
    }
  });
});

describe.each(builds)('pinpoints and the copy-link script: %s', (_name, dist, base) => {
  const pages = listPages(dist).filter((p) => !isRedirectPage(dist, p));

  it('every statutory part, finding, gap, application, recommendation and source paragraph has a visible, focusable ¶ link, and its citations at the same id on the citation page', () => {
    const kinds = /^(part-\d+|note|finding-.+|standard-.+|application-.+|recommendation-.+|applications|recommendations|para-\d+)$/;
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.filter((p) => (p.startsWith('criminal-code/') || p.startsWith('sources/')) && !p.endsWith('/cite/'))) {
      const doc = loadPage(dist, page);
      const citePage = `${page}cite/`;
      const citeIds = pages.includes(citePage) ? new Set(all(loadPage(dist, citePage), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'))) : new Set();
      for (const target of all(doc, (el) => kinds.test(attr(el, 'id') ?? ''))) {
        const id = attr(target, 'id') ?? '';
        checked += 1;
        const link = first(target, (el) => el.tagName === 'a' && attr(el, 'href') === `#${id}`);
        if (!link) { problems.push(`${page}#${id}: no ¶ link`); continue; }
        const visible = text(link);
        if (!(visible === '¶' || /^\d+$/.test(visible)) || attr(link, 'tabindex') === '-1' || attr(link, 'hidden') !== undefined) problems.push(`${page}#${id}: ¶ link not visible or not focusable`);
        if (!attr(link, 'aria-label') && !/^\d+$/.test(visible)) problems.push(`${page}#${id}: ¶ link has no accessible name`);
        if (!citeIds.has(id)) problems.push(`${page}#${id}: not on the citation page ${citePage}`);
        // A withdrawn passage keeps its address and says why; it has nothing left to cite.
        if ((attr(target, 'class') ?? '').includes('withdrawn-pinpoint')) continue;
        // On an article page each pinpoint's "Cite" leads there; a source paragraph carries only its number.
        const cite = first(target, byClass('pin-cite'));
        if (page.startsWith('criminal-code/') && attr(cite ?? target, 'href') !== `${base}${citePage}#${id}`) problems.push(`${page}#${id}: "Cite" does not lead to ${citePage}#${id}`);
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
      // Besides it, content pages carry only the search-highlighting, print-date and language-switch enhancements (and the search page its own).
      for (const s of scripts) {
        if (!/\/_astro\/(CopyLink|PrintHeader|SearchHighlight|LanguageSwitch|SearchPage)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(attr(s, 'src') ?? '')) problems.push(`${page}: unexpected script ${attr(s, 'src') ?? '(inline)'}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(builds)('downloads: %s', (_name, dist, base) => {
  const code = 'Criminal Code of the Republic of Kazakhstan';
  // The year and the UN symbol at the end of the name are fields of their own in the record.
  const instrumentName = (s: { instrument: string }) => s.instrument.replace(/\s*\((?:[A-Z]+\/[\w./]+)?(?:,\s*)?(?:\d{4})?\)$/, '');
  const entryPages = [
    ...articles.map((a) => ({ page: `criminal-code/${a.number}/`, titles: [`Article ${a.number}. ${a.title.en}`, ...(a.statute ? [code, ...(a.statute.version.later ?? []).map(() => code)] : [])] })),
    ...findings.map((f) => ({ page: `findings/${f.id}/`, titles: [f.title, sources.find((s) => s.id === f.source)?.title ?? ''] })),
    ...standards.map((s) => ({ page: `standards/${s.id}/`, titles: [instrumentName(s), `${s.shortName}: ${s.title}`] })),
    // A publication not reproduced comes with our page about it, titled as a description of it (issue 21, P8).
    ...sources.map((s) => ({ page: `sources/${s.id}/`, titles: [...(s.kind === 'un-document' || s.url ? [s.title] : []), ...(s.kind === 'un-document' ? [] : [expect.stringMatching(new RegExp(`^Description of [“"]${RegExp.escape(s.title).replace(/[‘’“”]/g, '[‘’“”"]')}[”"] \\(.+, .+\\d{4}\\)$`))])] })),
  ];
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const files = [...entryPages.map((e) => `${e.page}citation`), 'cite/all'];

  it('each entry page links to its CSL-JSON, BibTeX and RIS, and Citation.js reads each with the entry’s works', () => {
    for (const { page, titles } of entryPages) {
      const links = all(first(loadPage(dist, page), byId('cite'))!, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href'));
      expect(links, page).toEqual(['json', 'bib', 'ris'].map((ext) => `${base}${page}citation.${ext}`));
      const items = JSON.parse(read(`${page}citation.json`)) as Record<string, unknown>[];
      expect(items.map((i) => i.title), page).toEqual(titles);
      // Only an instrument whose official address is not held goes without one.
      for (const item of items) if (item.URL !== undefined || !standards.some((s) => instrumentKey(s.shortName) === item.id)) expect(String(item.URL), page).toMatch(/^https?:\/\//);
      // A quotation inside a BibTeX title is \mkbibquote, whose marks are the reader's choice (Citation.js: “…”).
      const marks = (ext: string) => (t: unknown) => (ext === 'bib' && typeof t === 'string' ? t.replace(/[‘’“”]/g, '"') : t);
      for (const ext of ['json', 'bib', 'ris']) expect(new Cite(read(`${page}citation.${ext}`)).data.map((i) => marks(ext)(i.title)), `${page}citation.${ext}`).toEqual(titles.map(marks(ext)));
      const records = read(`${page}citation.ris`).replace(/\n$/, '').split('\n\n');
      for (const r of records) {
        expect(r.split('\n')[0], page).toMatch(/^TY {2}- [A-Z]+$/);
        expect(r.split('\n').at(-1), page).toBe('ER  - ');
      }
    }
  });

  it('every .bib also parses without error in @retorquere/bibtex-parser, with biblatex dates and no pinpoint in a note', () => {
    for (const file of files) {
      const parsed = parseBibtex(read(`${file}.bib`));
      expect(parsed.errors, file).toEqual([]);
      for (const entry of parsed.entries) {
        // Undated: our pages on publications we only cite, and instruments whose stored text gives no date.
        if (entry.fields.date !== undefined) expect(entry.fields.date, `${file} ${entry.key}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        for (const gone of ['month', 'year']) expect(entry.fields[gone], `${file} ${entry.key} ${gone}`).toBeUndefined();
        expect(String(entry.fields.note ?? ''), `${file} ${entry.key}`).not.toMatch(/\bpara\b|Cited at/);
      }
    }
  });

  // Issue 21, P2: the Covenant imported as twelve items that differ only in a field Zotero drops.
  it('holds no two records a reference manager would show alike, and no RIS type Zotero imports as a journal article', () => {
    const items = JSON.parse(read('cite/all.json')) as Record<string, unknown>[];
    const seen = new Map<string, string>();
    const alike: string[] = [];
    // Zotero keeps a section for a statute only; the note goes to Extra, which no list shows.
    for (const { id, 'citation-key': _key, section, note: _note, ...shown } of items) {
      const face = JSON.stringify({ ...shown, ...(shown.type === 'legislation' ? { section } : {}) });
      if (seen.has(face)) alike.push(`${String(seen.get(face))} and ${String(id)}`);
      seen.set(face, String(id));
    }
    expect(alike).toEqual([]);
    expect(read('cite/all.ris')).not.toMatch(/^TY {2}- (GEN|JOUR)$/m);
  });

  it('gives each work one key, the same record under it in every file, and every work once in /cite/all.*', () => {
    const byKey = new Map<string, string>();
    const problems: string[] = [];
    for (const file of files) {
      for (const item of JSON.parse(read(`${file}.json`)) as Record<string, unknown>[]) {
        const key = String(item['citation-key']);
        if (item.id !== key) problems.push(`${file}: id ${String(item.id)} ≠ citation-key ${key}`);
        const record = JSON.stringify(item);
        if (byKey.has(key) && byKey.get(key) !== record) problems.push(`${file}: key ${key} names two different records`);
        byKey.set(key, record);
      }
      const bibKeys = parseBibtex(read(`${file}.bib`)).entries.map((e) => e.key);
      const risIds = [...read(`${file}.ris`).matchAll(/^ID {2}- (.*)$/gm)].map((m) => m[1]);
      const jsonKeys = (JSON.parse(read(`${file}.json`)) as { id: string }[]).map((i) => i.id);
      if (JSON.stringify(bibKeys) !== JSON.stringify(jsonKeys) || JSON.stringify(risIds) !== JSON.stringify(jsonKeys)) problems.push(`${file}: BibTeX keys ${bibKeys.join(' ')} / RIS IDs ${risIds.join(' ')} ≠ CSL ids ${jsonKeys.join(' ')}`);
    }
    expect(problems).toEqual([]);
    const everything = (JSON.parse(read('cite/all.json')) as { id: string }[]).map((i) => i.id);
    expect(new Set(everything).size, 'no key twice in /cite/all.json').toBe(everything.length);
    expect(new Set(everything)).toEqual(new Set(byKey.keys()));
    // Each key is made from a permanent address (or the entry id in it), never from a date of ours.
    const fromAddresses = new Set([
      ...articles.flatMap((a) => [`kzctlr-criminal-code-${a.number}`, ...(a.statute ? [`kz-criminal-code-art-${a.number}`, ...(a.statute.version.later ?? []).map((l) => `kz-criminal-code-art-${a.number}-as-amended-by-${l.law.number.toLowerCase()}`)] : [])]),
      ...findings.map((f) => `kzctlr-findings-${f.id}`),
      ...standards.flatMap((s) => [`kzctlr-standards-${s.id}`, instrumentKey(s.shortName)]),
      ...sources.flatMap((s) => [`kzctlr-sources-${s.id}`, s.id]),
    ]);
    expect(everything.filter((key) => !fromAddresses.has(key))).toEqual([]);
    const links = all(first(loadPage(dist, 'cite/'), (el) => el.tagName === 'main')!, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href'));
    for (const ext of ['json', 'bib', 'ris']) expect(links).toContain(`${base}cite/all.${ext}`);
  });

  it('exports the Code as Zotero exports a statute, with its number, article, date, language and the text cited', () => {
    const a = articles.find((x) => x.number === '174')!;
    const page = `criminal-code/${a.number}/citation`;
    const statute = (JSON.parse(read(`${page}.json`)) as Record<string, unknown>[]).find((i) => i.id === 'kz-criminal-code-art-174');
    expect(statute).toMatchObject({ type: 'legislation', title: code, number: '226-V', section: 'art. 174', issued: { 'date-parts': [[2014, 7, 3]] }, references: 'as amended to May 4, 2020', language: 'ru' });
    const ris = read(`${page}.ris`).split('\n\n').find((r) => r.includes('ID  - kz-criminal-code-art-174\n'))!;
    for (const line of ['TY  - STAT', `TI  - ${code}`, 'M1  - 226-V', 'SE  - art. 174', 'DA  - 2014/07/03', 'OP  - as amended to May 4, 2020', 'LA  - ru']) expect(ris).toContain(`${line}\n`);
    const bib = parseBibtex(read(`${page}.bib`)).entries.find((e) => e.key === 'kz-criminal-code-art-174')!;
    expect(bib.type).toBe('legislation');
    expect(bib.fields).toMatchObject({ title: code, number: 'No 226-V, art 174', date: '2014-07-03', language: 'russian' });
    expect(String(bib.fields.note)).toMatch(/^as amended to 4 May 2020; unofficial English translation/);
  });

  it('gives a UN document’s issuing body as its author in every format, as the boxes do, and who signed it in a note', () => {
    const page = 'sources/sr-2019-preliminary-findings/citation';
    const issuer = 'UN Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism';
    const item = (JSON.parse(read(`${page}.json`)) as Record<string, unknown>[])[0]!;
    expect(item.author).toEqual([{ literal: issuer }]);
    expect(item.note).toContain('Signed by Fionnuala Ní Aoláin.');
    expect(read(`${page}.ris`)).toContain(`AU  - ${issuer}\n`);
    expect(read(`${page}.ris`)).toContain('N1  - Signed by Fionnuala Ní Aoláin.\n');
    expect(parseBibtex(read(`${page}.bib`)).entries[0]?.fields.author).toEqual([{ name: issuer }]);
    expect(new Cite(read(`${page}.bib`)).data[0]?.author).toEqual([{ family: issuer }]); // one braced name
    const ours = parseBibtex(read('criminal-code/174/citation.bib')).entries[0]!;
    expect(ours.fields.author).toEqual([{ name: siteName }]);
    expect(ours.type).toBe('online');
  });

  it('brace-protects acronyms in BibTeX titles', () => {
    const raw = read('standards/iccpr-19/citation.bib');
    expect(raw).toContain('title = {{ICCPR} art. 19: {Freedom} of opinion and expression}');
    expect(parseBibtex(raw).entries.map((e) => e.fields.title)).toContain('ICCPR art. 19: Freedom of opinion and expression');
  });
});

describe('dates of plain pages', () => {
  it('the home page and /matrix/ carry their date in metadata, so no tool takes the first <time> on them', () => {
    const newest = [...articles.map((a) => a.lastReviewed), ...standards.map((s) => s.lastReviewed)].sort().at(-1);
    const matrix = metaOf(loadPage(distRoot, 'matrix/'));
    expect(one(matrix, 'DC.date')).toBe(newest);
    expect(one(matrix, 'article:modified_time')).toBe(newest);
    const home = metaOf(loadPage(distRoot, ''));
    const latest = first(loadPage(distRoot, ''), (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'latest-heading');
    // Deliberately the newest change (the site as a whole), given as metadata rather than guessed from the list.
    const firstChange = attr(first(latest!, (el) => el.tagName === 'time')!, 'datetime');
    expect(one(home, 'DC.date')).toBe(firstChange);
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
    for (const phrase of ['Addresses are permanent', 'OSCOLA', 'Bluebook', 'APA', 'CSL-JSON', 'BibTeX', 'RIS', 'as numbered by the Kazakhstan Counter-Terrorism Law Review', 'Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V', 'rule 20.2.2', 'rule 18.2.2(c)', 'Zotero’s BibTeX import reads @legislation as a bill', '\\cite[para ']) {
      expect(body).toContain(phrase);
    }
  });
});
