import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsOf, readArticles, readYaml } from '../helpers/corpus';
import { all, attr, byClass, byId, byTag, first, listPages, loadPage, text, type Element } from '../helpers/html';
import { distRoot } from '../helpers/paths';

// Every link says who makes it: the source itself ("named in the source") or this site ("our analysis")
// (issue 12, ../shared/DESIGN.md "Provenance"). The expectations are read from the content files, so a
// page that loses or swaps a basis fails here.

type Link = { id: string | number; basis: 'named' | 'analysis'; words?: string; footnote?: number };
type FindingFront = { source: string; articles: Link[]; standards: Link[]; note?: string };
const findings = new Map(idsOf('findings').map((id) => [id, readYaml<FindingFront>('findings', `${id}.yaml`)]));
const articles = readArticles();
const ids = (links: Link[], basis: Link['basis']) => links.filter((l) => l.basis === basis).map((l) => String(l.id));
const hrefTail = (a: Element, re: RegExp) => re.exec(attr(a, 'href') ?? '')?.[1];

/** The section of a page that lists links of one basis, by its data-basis and heading id prefix. */
function section(page: Element, idPrefix: string, basis: Link['basis']): Element | undefined {
  return first(page, (el) => el.tagName === 'section' && attr(el, 'data-basis') === basis && (attr(el, 'aria-labelledby') ?? '').startsWith(idPrefix));
}
function headingOf(page: Element, sec: Element | undefined): string {
  return sec ? text(first(page, byId(attr(sec, 'aria-labelledby')!))!) : '';
}

describe('no heading, legend or label presents our linking as a mechanism’s', () => {
  // The old wording, each of which claimed for a UN mechanism a link this site made.
  const banned = ['Standards it applies', 'Findings that apply it', 'Articles it concerns', 'support the gap', 'Supported by:', 'findings of UN mechanisms support'];
  it.each(banned)('no built page says “%s”', (phrase) => {
    const offending = listPages(distRoot).filter((p) => readFileSync(path.join(distRoot, p.endsWith('/') || p === '' ? `${p}index.html` : p), 'utf8').includes(phrase));
    expect(offending).toEqual([]);
  });
});

describe('finding pages', () => {
  it.each([...findings.keys()])('%s lists each link under the basis its content records', (id) => {
    const f = findings.get(id)!;
    const page = loadPage(distRoot, `findings/${id}/`);
    for (const [kind, links, re] of [
      ['articles', f.articles, /^\/criminal-code\/([^/]+)\//],
      ['standards', f.standards, /^\/standards\/([^/]+)\//],
    ] as const) {
      for (const basis of ['named', 'analysis'] as const) {
        const sec = section(page, `${kind}-${basis}`, basis);
        const shown = sec ? all(sec, byTag('a')).map((a) => hrefTail(a, re)) : [];
        expect(shown, `${id} ${kind} ${basis}`).toEqual(ids([...links], basis));
        if (!sec) continue;
        const heading = headingOf(page, sec);
        if (basis === 'analysis') expect(heading).toMatch(/\(our analysis\)$/);
        else expect(heading).toMatch(/named here by|invoked here by/);
      }
    }
  });

  it('a named link shows the words that name it, and an analysis link shows none', () => {
    const page = loadPage(distRoot, 'findings/al-2022-legal-certainty-and-intent/');
    const named = section(page, 'standards-named', 'named')!;
    expect(headingOf(page, named)).toBe('Standards invoked here by the mandate holders');
    expect(text(named)).toContain('UDHR art. 11');
    expect(text(named)).toContain('(para. 98 says “article 11 of the UDHR”)');
    const analysis = section(page, 'standards-analysis', 'analysis')!;
    expect(headingOf(page, analysis)).toBe('Standards we relate it to (our analysis)');
    expect(text(analysis)).toContain('ICCPR art. 15');
    expect(all(analysis, byClass('basis-words'))).toEqual([]);
  });

  it('shows a note under its own label, apart from the summary', () => {
    const withNote = [...findings].filter(([, f]) => f.note);
    expect(withNote.length).toBeGreaterThan(0);
    for (const [id] of withNote) {
      const heading = first(loadPage(distRoot, `findings/${id}/`), byId('note-heading'));
      expect(heading && text(heading), id).toBe('Our note (analysis)');
    }
  });
});

describe('search and the findings list', () => {
  it.each([...findings.keys()])('%s tells search which links the passage makes and which are ours', (id) => {
    const f = findings.get(id)!;
    const meta = first(loadPage(distRoot, `findings/${id}/`), (el) => attr(el, 'data-pagefind-meta') === 'links');
    const said = meta ? text(meta) : '';
    const [named = '', ours = ''] = said.split('related by our analysis: ');
    for (const n of ids(f.articles, 'named')) expect(named, `${id}: ${said}`).toContain(`Article ${n}`);
    for (const n of ids(f.articles, 'analysis')) expect(ours, `${id}: ${said}`).toMatch(new RegExp(`Article ${n}\\b`));
    if (ids(f.articles, 'analysis').length + ids(f.standards, 'analysis').length === 0) expect(said).not.toContain('our analysis');
  });

  it('the findings list says which articles a passage names and which we relate it to', () => {
    const cards = all(loadPage(distRoot, 'findings/'), byClass('card'));
    expect(cards).toHaveLength(findings.size);
    for (const card of cards) {
      const id = hrefTail(first(card, byTag('a'))!, /^\/findings\/([^/]+)\//)!;
      const f = findings.get(id)!;
      const meta = text(first(card, byClass('meta'))!);
      if (ids(f.articles, 'named').length > 0) expect(meta, id).toMatch(/Names Articles? /);
      else expect(meta, id).not.toContain('Names');
      if (ids(f.articles, 'analysis').length > 0) expect(meta, id).toMatch(/relate it to Articles? [\d, -]+ \(our analysis\)/i);
    }
  });
});

describe('standard pages', () => {
  it.each(idsOf('standards'))('%s lists the findings linked to it under the basis each finding records', (standard) => {
    const page = loadPage(distRoot, `standards/${standard}/`);
    for (const basis of ['named', 'analysis'] as const) {
      const expected = [...findings].filter(([, f]) => f.standards.some((l) => l.id === standard && l.basis === basis)).map(([id]) => id);
      const sec = section(page, `findings-${basis}`, basis);
      const shown = sec ? all(sec, byTag('a')).map((a) => hrefTail(a, /^\/findings\/([^/]+)\//)) : [];
      expect(shown.sort(), `${standard} ${basis}`).toEqual(expected.sort());
      if (sec && basis === 'analysis') expect(headingOf(page, sec)).toMatch(/\(our analysis\)$/);
    }
  });

  it('presents a duty to prohibit as a standard that cannot justify the article, never as a limit or a cap', () => {
    const ceilings = articles.flatMap((a) => (a.gaps ?? []).filter((g) => g.role === 'cannot-justify').map((g) => ({ article: a.number, standard: g.standard })));
    expect(ceilings.map((c) => c.standard).sort()).toEqual(['iccpr-20-2']);
    for (const { article, standard } of ceilings) {
      const page = loadPage(distRoot, `standards/${standard}/`);
      const ceiling = first(page, (el) => el.tagName === 'section' && attr(el, 'data-role') === 'cannot-justify')!;
      expect(headingOf(page, ceiling)).toBe('Articles it cannot justify');
      expect(text(page)).not.toMatch(/permitted limit/i);
      expect(all(ceiling, byTag('a')).map((a) => attr(a, 'href'))).toContain(`/criminal-code/${article}/#standard-${standard}`);
      expect(text(page)).not.toContain('Articles that fall short of it');
      const articlePage = loadPage(distRoot, `criminal-code/${article}/`);
      const limits = first(articlePage, byId('permitted-limits'))!;
      expect(first(limits, byId(`standard-${standard}`)), `${article} × ${standard}`).toBeDefined();
      expect(first(first(articlePage, byId('standards'))!, byId(`standard-${standard}`))).toBeUndefined();
    }
  });
});

describe('article pages', () => {
  it.each(articles.filter((a) => a.role === 'reviewed').map((a) => a.number))('Article %s marks each finding and each gap’s findings with their basis', (number) => {
    const page = loadPage(distRoot, `criminal-code/${number}/`);
    for (const f of first(page, byId('findings')) ? all(first(page, byId('findings'))!, byClass('finding')) : []) {
      const id = attr(f, 'id')!.replace(/^finding-/, '');
      const named = findings.get(id)!.articles.some((l) => String(l.id) === number && l.basis === 'named');
      const line = first(f, byClass('basis'))!;
      expect(attr(line, 'data-basis'), `${number} ${id}`).toBe(named ? 'named' : 'analysis');
      if (named) expect(text(line)).toMatch(/^Named in the source: /);
      // A related finding is one line of a list whose heading says, once, that the link is ours.
      else expect(text(first(page, byClass('related-findings'))!)).toMatch(/\(our analysis\)$/);
    }
    const article = articles.find((a) => a.number === number)!;
    for (const gap of article.gaps ?? []) {
      const gapSection = first(page, byId(`standard-${gap.standard}`))!;
      // Each finding's basis is the one its group states, once, before the links.
      const marks = Object.fromEntries(
        all(gapSection, byClass('supported-by')).flatMap((p) => {
          const label = first(p, byClass('basis'))!;
          expect(attr(label, 'data-basis')).toBe(attr(p, 'data-basis'));
          return all(p, (el) => el.tagName === 'a').map((l) => [attr(l, 'href')!.replace(/^#finding-/, ''), attr(p, 'data-basis')]);
        }),
      );
      const expected = (gap.findings ?? []).map((fid) => {
        const f = findings.get(fid)!;
        const both = f.articles.some((l) => String(l.id) === number && l.basis === 'named') && f.standards.some((l) => l.id === gap.standard && l.basis === 'named');
        return both ? 'named' : 'analysis';
      });
      expect(marks, `${number} × ${gap.standard}`).toEqual(Object.fromEntries((gap.findings ?? []).map((fid, i) => [fid, expected[i]])));
      for (const p of all(gapSection, byClass('supported-by'))) expect(text(p)).toMatch(/^Findings we cite in support \((the source names|our analysis)[^)]*\): /);
    }
  });
});

describe('the matrix legend', () => {
  it('says the counts are findings we cite, and which of them the source names', () => {
    const legend = text(first(loadPage(distRoot, 'matrix/'), byClass('legend'))!);
    expect(legend).toContain('cited in support');
    expect(legend).toContain('linked by our analysis');
    // ICCPR art. 20(2) is a duty to prohibit, not a cap: the legend never calls it a limit.
    expect(legend).toContain('duty to prohibit');
    expect(legend).not.toMatch(/permitted limit/i);
  });
});

describe('open data', () => {
  const json = (file: string) => JSON.parse(readFileSync(path.join(distRoot, 'data', file), 'utf8'));

  it('carries every finding link’s basis, with words only on named links', () => {
    for (const entry of json('findings.json').entries) {
      const f = findings.get(entry.id)!;
      for (const field of ['articles', 'standards'] as const) {
        expect(entry.data[field].map((l: Link) => [String(l.id), l.basis, l.words]), `${entry.id} ${field}`).toEqual(
          f[field].map((l) => [String(l.id), l.basis, l.words]),
        );
      }
    }
  });

  it('describes the basis in the published schema', () => {
    const schema = json('schema/findings.json');
    const link = schema.properties.entries.items.properties.data.properties.standards.items;
    expect(link.properties.basis.enum).toEqual(['named', 'analysis']);
    expect(link.properties.basis.description).toContain('analysis');
    expect(link.required).toEqual(expect.arrayContaining(['id', 'basis']));
  });

  it('gives each article gap’s findings their derived basis', () => {
    for (const entry of json('articles.json').entries) {
      const article = articles.find((a) => a.number === entry.data.number)!;
      for (const gap of article.gaps ?? []) {
        for (const fid of gap.findings ?? []) {
          const f = findings.get(fid)!;
          const both = f.articles.some((l) => String(l.id) === article.number && l.basis === 'named') && f.standards.some((l) => l.id === gap.standard && l.basis === 'named');
          expect(entry.gapFindingBasis[gap.standard][fid], `${article.number} ${gap.standard} ${fid}`).toBe(both ? 'named' : 'analysis');
        }
      }
    }
  });
});
