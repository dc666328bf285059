// The Russian edition as readers and search engines meet it: every Russian page says it is Russian, names its
// English page and is named by it, keeps the English page's pinpoint anchors, and shows no English interface
// text (English content is marked lang="en"); the sitemap and Pagefind split the languages too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFragment } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteName } from '../../src/lib/site';
import { all, attr, byClass, byId, first, isElement, listPages, loadPage, text, type Element, type Node } from '../helpers/html';
import { readYaml } from '../helpers/corpus';
import { isRedirectPage } from '../helpers/pageTypes';
import { contentDir, distMirror, distRoot, mirrorBase } from '../helpers/paths';

const builds = [
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
] as const;

const alternatesOf = (page: Element) =>
  Object.fromEntries(
    all(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hreflang') !== undefined).map((el) => [
      attr(el, 'hreflang')!,
      new URL(attr(el, 'href')!).pathname,
    ]),
  );

/** Text a reader sees, outside anything marked English (lang="en") and outside scripts. */
function russianText(node: Node, out: string[] = []): string[] {
  if (isElement(node)) {
    // <code> holds field names and file names, which are the same in every language.
    if (['script', 'style', 'template', 'head', 'code'].includes(node.tagName) || attr(node, 'lang') === 'en') return out;
    // A parser that runs scripts reads <noscript> as text; a reader without JavaScript sees it as markup.
    if (node.tagName === 'noscript') {
      const raw = node.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('');
      return russianText(parseFragment(raw) as unknown as Node, out);
    }
    for (const attrName of ['aria-label', 'title', 'placeholder', 'alt']) {
      // A pinpoint's title is the source's own supporting words, in the source's language: content, not interface.
      if (attrName === 'title' && (attr(node, 'class') ?? '').split(' ').includes('pinpoint-ref')) continue;
      const value = attr(node, attrName);
      if (value) out.push(value);
    }
  }
  if ('value' in node && typeof node.value === 'string' && !isElement(node)) out.push(node.value);
  if ('childNodes' in node) for (const child of node.childNodes) russianText(child, out);
  return out;
}

describe.each(builds)('the Russian edition: %s', (_name, dist, base) => {
  const russian = listPages(dist).filter((p) => p.startsWith('ru/') && !isRedirectPage(dist, p));

  it('has a Russian page for every English page, and no Russian page without an English one', () => {
    // Hosts serve one 404 page for every missing address: it speaks both languages (src/pages/404.astro).
    const english = listPages(dist).filter((p) => !p.startsWith('ru/') && p !== '404.html' && !isRedirectPage(dist, p));
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((p) => !russian.includes(`ru/${p}`))).toEqual([]);
    expect(russian.filter((p) => !english.includes(p.replace(/^ru\//, '')))).toEqual([]);
  });

  it('says each page is Russian, names its English page, is named by it, and switches to it', () => {
    const problems: string[] = [];
    for (const page of russian) {
      const doc = loadPage(dist, page);
      const english = page.replace(/^ru\//, '');
      if (attr(first(doc, (el) => el.tagName === 'html')!, 'lang') !== 'ru') problems.push(`${page}: <html lang> is not ru`);
      const alternates = alternatesOf(doc);
      if (alternates.ru !== `${base}${page}` || alternates.en !== `${base}${english}`) problems.push(`${page}: alternates ${JSON.stringify(alternates)}`);
      const back = alternatesOf(loadPage(dist, english));
      if (back.ru !== `${base}${page}`) problems.push(`${english}: no hreflang="ru" to ${base}${page}`);
      const switches = (doc: Element) => all(doc, (el) => el.tagName === 'a' && attr(el, 'data-keep-fragment') !== undefined).map((a) => attr(a, 'href'));
      if (JSON.stringify(switches(doc)) !== JSON.stringify([`${base}${english}`])) problems.push(`${page}: language switch ${switches(doc).join(' ')}`);
      if (JSON.stringify(switches(loadPage(dist, english))) !== JSON.stringify([`${base}${page}`])) problems.push(`${english}: language switch to Russian missing`);
      for (const href of Object.values(alternates)) if (!existsSync(path.join(dist, href.slice(base.length), 'index.html'))) problems.push(`${page}: alternate ${href} was not built`);
    }
    expect(russian.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('keeps the English page’s pinpoint anchors, so a fragment works in either language', () => {
    const pinpoint = /^(part-\d+|note|footnote|finding-.+|standard-.+|application-.+|recommendation-.+|text|analysis|findings|standards|permitted-limits|applications|since-the-visit|recommendations|history|cite)$/;
    const problems: string[] = [];
    for (const page of russian.filter((p) => /^ru\/criminal-code\/[^/]+\/$/.test(p))) {
      const ids = (doc: Element) => new Set(all(doc, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!));
      const english = ids(loadPage(dist, page.replace(/^ru\//, '')));
      const ours = ids(loadPage(dist, page));
      for (const id of english) if (pinpoint.test(id) && !ours.has(id)) problems.push(`${page}: #${id} is on the English page only`);
    }
    expect(problems).toEqual([]);
  });

  it('shows no English interface text: Latin words appear only in content marked lang="en", names, addresses and format names', () => {
    const allowed = new Set(['CSL-JSON', 'BibTeX', 'RIS', 'URL', 'JavaScript', 'http', 'https', 'Zotero', 'LaTeX', 'JSON', 'Schema', 'Markdown', 'Atom']);
    const problems: string[] = [];
    for (const page of russian) {
      const body = first(loadPage(dist, page), (el) => el.tagName === 'body')!;
      const words = russianText(body)
        .join(' ')
        .replaceAll(siteName, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\S+@\S+/g, ' ')
        // Document symbols are codes, not English: "AL KAZ 1/2022", "A/HRC/43/46/Add.1".
        .replace(/\b(?:AL|UA|OL|JAL|JUA) [A-Z]{3} \d+\/\d{4}\b/g, ' ')
        .replace(/\b[A-Z]+(?:\/[\w.()-]+)+/g, ' ')
        .match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
      // Roman numerals are part of a law's number ("№ 62-VII").
      const english = [...new Set(words.filter((w) => !allowed.has(w) && !/^[IVXLC]+$/.test(w)))];
      if (english.length) problems.push(`${page}: ${english.slice(0, 12).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('generates no English words in CSS for a Russian page: every content: with words is scoped to English pages', () => {
    const css = readdirSync(path.join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(path.join(dist, '_astro', f), 'utf8'))
      .join('\n');
    const worded = [...css.matchAll(/([^{}]+)\{[^}]*content:\s*(['"])([^'"]*[A-Za-z]{3,}[^'"]*)\2/g)].map((m) => ({ selector: m[1]!.trim(), words: m[3]! }));
    expect(worded.length).toBeGreaterThan(0);
    expect(worded.filter((w) => !w.selector.split(',').every((s) => /lang=["']?en/.test(s)))).toEqual([]);
  });

  it('lists each page with its other-language version in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="ru" href="[^"]*\/ru\/criminal-code\/174\/"\/>/);
    expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/criminal-code\/174\/"\/>/);
  });

  it('has a Russian feed of the Russian pages, and open data carrying the Russian texts beside the English', () => {
    const feed = readFileSync(path.join(dist, 'ru', 'feed.xml'), 'utf8');
    expect(feed).toContain('xml:lang="ru"');
    const links = [...feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => new URL(m[1]!).pathname).slice(1);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(russian, link).toContain(link.slice(base.length));
    const data = JSON.parse(readFileSync(path.join(dist, 'data', 'articles.json'), 'utf8')) as { entries: { id: string; ru: { url: string; summary?: string } }[] };
    for (const e of data.entries) {
      expect(russian, e.id).toContain(new URL(e.ru.url).pathname.slice(base.length));
      const page = loadPage(dist, new URL(e.ru.url).pathname.slice(base.length));
      if (e.ru.summary) expect(first(page, (el) => (attr(el, 'class') ?? '').split(' ').includes('summary')), e.id).toBeDefined();
    }
    // Every collection carries its Russian page and our Russian texts, as the translation files hold them.
    const json = <T,>(name: string) => (JSON.parse(readFileSync(path.join(dist, 'data', `${name}.json`), 'utf8')) as { entries: ({ id: string; ru: { url: string } & T })[] }).entries;
    for (const f of json<{ title?: string }>('findings')) {
      const held = path.join(contentDir, 'translations', 'ru', 'findings', `${f.id}.yaml`);
      expect(f.ru.title, f.id).toBe(existsSync(held) ? readYaml<{ title: string }>('translations', 'ru', 'findings', `${f.id}.yaml`).title : undefined);
    }
    const events = new Map(readYaml<{ id: string; title: string }[]>('translations', 'ru', 'timeline.yaml').map((e) => [e.id, e.title]));
    for (const e of json<{ title?: string }>('events')) expect(e.ru.title, e.id).toBe(events.get(e.id));
    for (const name of ['standards', 'sources']) for (const e of json(name)) expect(russian, `${name} ${e.id}`).toContain(new URL(e.ru.url).pathname.slice(base.length));
    const head = (page: string) => all(loadPage(dist, page), (el) => el.tagName === 'link' && attr(el, 'type') === 'application/atom+xml').map((l) => attr(l, 'href'));
    expect(head('ru/')).toEqual([`${base}ru/feed.xml`]);
    expect(head('')).toEqual([`${base}feed.xml`]);
  });

  it('gives Pagefind a Russian index apart from the English one', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ru']);
    expect(entry.languages.ru!.page_count).toBeGreaterThanOrEqual(readdirArticles(dist).length);
  });
});

function readdirArticles(dist: string): string[] {
  return listPages(dist)
    .map((p) => /^criminal-code\/([^/]+)\/$/.exec(p)?.[1])
    .filter((n): n is string => n !== undefined);
}

describe('the Russian pages beyond the entries (root build)', () => {
  const dist = distRoot;
  const meta = (page: string, key: string) =>
    all(loadPage(dist, page), (el) => el.tagName === 'meta' && attr(el, 'name') === key).map((el) => attr(el, 'content'));

  it('describe themselves to reference managers in Russian, and a reproduced document in its own language', () => {
    expect(meta('ru/criminal-code/174/', 'DC.language')).toEqual(['ru']);
    expect(meta('ru/criminal-code/174/', 'citation_language')).toEqual(['ru']);
    expect(meta('ru/criminal-code/174/', 'citation_title')[0]).toMatch(/^Статья 174\. Возбуждение/);
    expect(meta('criminal-code/174/', 'DC.language')).toEqual(['en']);
    // The UN's English document stays English on its Russian page; the one held in Russian is Russian on both.
    expect(meta('ru/sources/sr-2019-preliminary-findings/', 'DC.language')).toEqual(['en']);
    expect(meta('ru/sources/ccpr-c-kaz-co-2-ru/', 'DC.language')).toEqual(['ru']);
    expect(meta('sources/ccpr-c-kaz-co-2-ru/', 'DC.language')).toEqual(['ru']);
  });

  it('give each pinpoint on a Russian citation page, at the English page’s ids, in Russian legal form', () => {
    const ids = (page: string) => all(loadPage(dist, page), (el) => (attr(el, 'class') ?? '').split(' ').includes('cited-pinpoint')).map((el) => attr(el, 'id'));
    for (const page of listPages(dist).filter((p) => /^(criminal-code|sources)\/[^/]+\/cite\/$/.test(p))) {
      expect(ids(`ru/${page}`), page).toEqual(ids(page));
    }
    const part = first(loadPage(dist, 'ru/criminal-code/174/cite/'), byId('part-2'))!;
    expect(text(part)).toContain('ч. 2 ст. 174 УК РК');
    expect(text(part)).toContain('Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V');
    // The Russian page's cite box leads to its Russian citation page.
    const box = first(loadPage(dist, 'ru/criminal-code/174/'), byId('cite'))!;
    expect(all(box, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toContain('/ru/criminal-code/174/cite/');
    const paragraph = first(loadPage(dist, 'ru/sources/sr-2019-preliminary-findings/cite/'), byId('para-10'))!;
    expect(text(paragraph)).toMatch(/п\. 10 \(нумерация сайта\)\./);
  });

  it('show our Russian of each translated timeline event and glossary note, and the English of the rest marked as English', () => {
    const events = readYaml<{ id: string; title: string }[]>('translations', 'ru', 'timeline.yaml');
    const timeline = loadPage(dist, 'ru/timeline/');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const heading = first(timeline, byId(`event-${e.id}-heading`))!;
      expect(text(heading), e.id).toContain(e.title);
      expect(first(heading, (el) => attr(el, 'lang') === 'en' && text(el).includes(e.title)), e.id).toBeUndefined();
    }
    const english = readYaml<{ id: string; title: string }[]>('timeline.yaml').filter((e) => !events.some((r) => r.id === e.id));
    for (const e of english) {
      const heading = first(timeline, byId(`event-${e.id}-heading`))!;
      expect(first(heading, (el) => attr(el, 'lang') === 'en'), e.id).toBeDefined();
    }
    const notes = readYaml<{ id: string; note: string }[]>('translations', 'ru', 'glossary.yaml');
    const glossary = loadPage(dist, 'ru/glossary/');
    for (const n of notes) {
      const row = first(glossary, byId(`term-${n.id}`))!;
      expect(text(row).replace(/\s+/g, ' '), n.id).toContain(n.note.replace(/\s+/g, ' ').slice(0, 40));
    }
    const definitions = readYaml<{ id: string; why: string }[]>('translations', 'ru', 'definitions.yaml');
    expect(definitions.length).toBeGreaterThan(0);
    for (const d of definitions) {
      const section = first(loadPage(dist, 'ru/definitions/'), byId(`def-${d.id}`))!;
      expect(text(section).replace(/\s+/g, ' '), d.id).toContain(d.why.replace(/\s+/g, ' ').slice(0, 50));
    }
    const sources = readYaml<{ id: string; description: string; completeness: string; notUsed?: string[] }[]>('translations', 'ru', 'sources.yaml');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const main = text(first(loadPage(dist, `ru/sources/${s.id}/`), (el) => el.tagName === 'main')!).replace(/\s+/g, ' ');
      for (const words of [s.description, s.completeness, ...(s.notUsed ?? [])]) expect(main, s.id).toContain(words.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').slice(0, 50));
    }
  });
});

describe('UN words in Russian (root build)', () => {
  // The Russian texts of UN documents the project holds: the excerpts in content/reference/later/ written in Russian.
  const laterDir = path.join(contentDir, 'reference', 'later');
  const heldRussian = readdirSync(laterDir)
    .map((f) => readFileSync(path.join(laterDir, f), 'utf8').split(/\n\s*\n/).slice(1).join('\n'))
    .filter((body) => /[А-Яа-яЁё]/.test(body))
    .join('\n');
  // Spacing aside: a page sets paragraphs in elements of their own, where the stored text has line breaks.
  const flat = (s: string) => s.replace(/\s+/g, '');

  it('are quoted only from an official Russian text the project holds', () => {
    const problems: string[] = [];
    let quoted = 0;
    for (const page of listPages(distRoot).filter((p) => p.startsWith('ru/') && !isRedirectPage(distRoot, p))) {
      // Our Russian, not what is shown in English (an English history line may quote the statute's Russian).
      const body = russianText(first(loadPage(distRoot, page), (el) => el.tagName === 'main')!).join('');
      for (const [, words] of body.matchAll(/“([^“”A-Za-z]*[А-Яа-яЁё][^“”A-Za-z]*)”/g)) {
        quoted++;
        if (!flat(heldRussian).includes(flat(words!))) problems.push(`${page}: “${words!.slice(0, 60)}…”`);
      }
    }
    expect(quoted).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('show the held official Russian text of a UN document verbatim on its pages, in both languages', () => {
    for (const page of ['sources/ccpr-c-kaz-co-2-ru/', 'ru/sources/ccpr-c-kaz-co-2-ru/']) {
      const quote = first(first(loadPage(distRoot, page), byClass('held-russian'))!, (el) => el.tagName === 'blockquote')!;
      expect(attr(quote, 'lang')).toBe('ru');
      expect(flat(text(quote))).toContain(flat('c) уточнить расплывчатое и широкое определение ключевых терминов'));
      expect(flat(heldRussian)).toContain(flat(text(quote)));
    }
  });
});

describe('our Russian for gaps, applications and recommendations (root build)', () => {
  // Markdown aside (links keep their label), the first words of a translated text as the page shows them.
  const opening = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim().slice(0, 50);
  const shown = (el: Element) => text(el).replace(/\s+/g, ' ');
  const translations = readdirSync(path.join(contentDir, 'translations', 'ru', 'articles')).map((f) => {
    const front = readFileSync(path.join(contentDir, 'translations', 'ru', 'articles', f), 'utf8').split(/^---$/m)[1]!;
    return { number: f.replace(/\.md$/, ''), data: parseYaml(front) as { gaps?: Record<string, string>; applications?: Record<string, { when: string; description: string }>; recommendations?: Record<string, string>; statusNotes?: Record<string, string>; amendments?: Record<string, string> } };
  });

  it('are shown at the English page’s anchors on the Russian article page, and not marked as English', () => {
    let checked = 0;
    for (const { number, data } of translations) {
      const page = loadPage(distRoot, `ru/criminal-code/${number}/`);
      const at = (id: string) => first(page, byId(id))!;
      const items = [
        ...Object.entries(data.gaps ?? {}).map(([id, t]) => [`standard-${id}`, t] as const),
        ...Object.entries(data.applications ?? {}).map(([id, a]) => [`application-${id}`, a.description] as const),
        ...Object.entries(data.recommendations ?? {}).map(([id, t]) => [`recommendation-${id}`, t] as const),
        ...Object.entries(data.statusNotes ?? {}).map(([id, t]) => [`recommendation-${id}`, t] as const),
        ...Object.values(data.amendments ?? {}).map((t) => ['since-the-visit', t] as const),
      ];
      for (const [id, markdown] of items) {
        checked++;
        expect(shown(at(id)), `${number}#${id}`).toContain(opening(markdown));
        expect(first(at(id), (el) => attr(el, 'lang') === 'en' && shown(el).includes(opening(markdown))), `${number}#${id}`).toBeUndefined();
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('give each standard page the articles’ explanations in Russian', () => {
    for (const { number, data } of translations) {
      for (const [standard, markdown] of Object.entries(data.gaps ?? {})) {
        expect(shown(first(loadPage(distRoot, `ru/standards/${standard}/`), (el) => el.tagName === 'main')!), `${standard} ← ${number}`).toContain(opening(markdown));
      }
    }
  });
});

describe('the Kazakh text on the Russian article pages (root build)', () => {
  const dir = path.join(contentDir, 'reference', 'criminal-code', 'kk-2022');
  const held = new Map(readdirSync(dir).map((f) => [f.replace(/\.kk\.md$/, ''), readFileSync(path.join(dir, f), 'utf8')]));
  const flat = (s: string) => s.replace(/\s+/g, '');

  it('is shown verbatim, marked Kazakh, where the project holds it, and nowhere else', () => {
    expect(held.size).toBeGreaterThan(0);
    for (const page of listPages(distRoot).filter((p) => /^ru\/criminal-code\/[^/]+\/$/.test(p))) {
      const n = page.split('/')[2]!;
      const block = first(loadPage(distRoot, page), (el) => el.tagName === 'blockquote' && attr(el, 'lang') === 'kk');
      if (!held.has(n)) {
        expect(block, n).toBeUndefined();
        continue;
      }
      const body = held.get(n)!.split(/\n\s*\n/).slice(1).join('\n');
      expect(flat(text(block!)), n).toContain(flat(body));
    }
  });
});

describe('downloads in the language of the text they describe (root build)', () => {
  it('say Russian for a UN document held in Russian and English for one held in English, in every format', () => {
    const file = (page: string, name: string) => readFileSync(path.join(distRoot, page, name), 'utf8');
    for (const [id, csl, ris, bib] of [
      ['ccpr-c-kaz-co-2-ru', 'ru', 'ru', 'russian'],
      ['sr-2019-preliminary-findings', 'en', 'en', 'english'],
    ] as const) {
      const page = `sources/${id}`;
      expect((JSON.parse(file(page, 'citation.json')) as { language: string }[])[0]!.language, id).toBe(csl);
      expect(file(page, 'citation.ris'), id).toMatch(new RegExp(`^LA  - ${ris}$`, 'm'));
      expect(file(page, 'citation.bib'), id).toMatch(new RegExp(`language = \\{${bib}\\}`));
    }
  });
});
