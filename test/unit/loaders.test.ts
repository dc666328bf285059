import { describe, expect, it, vi } from 'vitest';

// A small site: two articles (one with a statute and penalties), two findings, a standard, two sources,
// one event, a definition and a glossary term. References are { collection, id }, as Astro's loader leaves them.
const ref = (collection: string, id: string) => ({ collection, id });
const statute = {
  file: 'criminal-code/ru-2020-05/255.ru.md',
  parts: [
    { n: 1, ru: '…', en: '…', penalty: { minYears: 8, maxYears: 12, life: false, death: false, other: [] } },
    { n: 2, ru: '…', en: '…', penalty: { minYears: 0, maxYears: 7, life: true, death: false, other: [] } },
    { n: 3, ru: '…', en: '…' },
  ],
  version: { amendedBy: [], later: [] },
};
const article = (number: string, extra: Record<string, unknown> = {}) => ({
  id: number,
  body: 'Our analysis.',
  data: {
    number,
    title: { ru: '…', en: `Title ${number}` },
    role: 'reviewed',
    findings: [],
    gaps: [],
    applications: [],
    recommendations: [],
    related: [],
    otherNames: [],
    lastReviewed: '2026-11-20',
    history: [{ date: '2026-11-01', change: 'Written.' }],
    ...extra,
  },
});
const finding = (id: string, paragraph: number, standards: string[]) => ({
  id,
  data: {
    title: `Finding ${id}`,
    source: ref('sources', 'un-doc'),
    paragraph,
    quote: `The words of paragraph ${paragraph}.`,
    // Each link carries its basis: the paragraph names article 255, and this site relates the standards.
    articles: [{ id: ref('articles', '255'), basis: 'named', words: 'article 255' }],
    standards: standards.map((s) => ({ id: ref('standards', s), basis: 'analysis' })),
    concerns: ['vagueness'],
    lastReviewed: '2026-11-23',
  },
});

vi.mock('astro:content', async () =>
  (await import('../helpers/astroContent')).mockedAstroContent({
    articles: [
      article('256', { related: [{ article: ref('articles', '255'), why: 'Same definition.' }] }),
      article('255', {
        statute,
        findings: [ref('findings', 'f2'), ref('findings', 'f1')],
        gaps: [
          {
            standard: ref('standards', 'iccpr-19'),
            role: 'shortfall',
            explanation: 'It fails.',
            findings: [ref('findings', 'f1')],
            concerns: ['expression'],
          },
        ],
        applications: [{ id: 'case', source: ref('sources', 'news') }],
        lastReviewed: '2026-11-25',
      }),
    ],
    findings: [finding('f2', 9, []), finding('f1', 8, ['iccpr-19'])],
    standards: [
      {
        id: 'iccpr-19',
        data: {
          title: 'Freedom of expression',
          shortName: 'ICCPR art. 19',
          kind: 'treaty',
          textFile: 'standards/iccpr-19.md',
          lastReviewed: '2026-11-22',
        },
      },
    ],
    sources: [
      { id: 'news', data: { title: 'News', shortTitle: 'News', date: '2022-01-10', fullText: false } },
      { id: 'un-doc', data: { title: 'UN document', shortTitle: 'UN', date: '2019-05-22', fullText: true } },
      {
        id: 'missing-text',
        data: { title: 'Claims a text', shortTitle: 'Missing', date: '2020-01-01', fullText: true },
      },
    ],
    events: [
      {
        id: 'later',
        data: { date: '2022-01', title: 'Later', description: 'Later.', articles: [], source: ref('sources', 'news') },
      },
      {
        id: 'visit',
        data: {
          date: '2019-05-10',
          end: '2019-05-17',
          title: 'Visit',
          articles: [],
          source: ref('sources', 'un-doc'),
          paragraph: 1,
        },
      },
      {
        id: 'in-may',
        data: {
          date: '2019-05',
          title: 'Some time in May',
          articles: [],
          source: ref('sources', 'un-doc'),
          paragraph: 2,
        },
      },
    ],
    definitions: [
      {
        id: 'b',
        data: {
          id: 'b',
          position: 1,
          title: 'Second',
          file: 'criminal-code/art-3-definitions.md',
          articles: [ref('articles', '256')],
        },
      },
      {
        id: 'a',
        data: {
          id: 'a',
          position: 0,
          title: 'First',
          file: 'criminal-code/art-3-definitions.md',
          articles: [ref('articles', '255'), ref('articles', '256')],
        },
      },
    ],
    glossary: [
      { id: 't', data: { id: 't', position: 0, un: [{ text: 'x', source: ref('sources', 'un-doc'), paragraph: 8 }] } },
    ],
  }),
);

const { loadArticlePage } = await import('../../src/lib/pages/article');
const { loadFindingPage } = await import('../../src/lib/pages/finding');
const { loadStandardPage } = await import('../../src/lib/pages/standard');
const { loadSourcePage } = await import('../../src/lib/pages/source');
const { loadDefinitionsPage } = await import('../../src/lib/pages/definitions');
const { loadGlossaryPage } = await import('../../src/lib/pages/glossary');
const { loadTimelinePage } = await import('../../src/lib/pages/timeline');
const { getArticles, getFindings, requireEntry } = await import('../../src/lib/content');
const { penaltyBars, describePenalty } = await import('../../src/lib/penalties');
const { getChanges } = await import('../../src/lib/changes');

const byId = async (number: string) => (await getArticles()).find((a) => a.id === number)!;

describe('page loaders, against a mocked astro:content', () => {
  it('sorts articles by number and findings by source paragraph', async () => {
    expect((await getArticles()).map((a) => a.id)).toEqual(['255', '256']);
    expect((await getFindings()).map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('loads an article page with every reference resolved, its penalties and its stored text’s provenance', async () => {
    const page = await loadArticlePage(await byId('255'));
    expect(page.findings.map(({ finding, source, basis, words }) => [finding.id, source.id, basis, words])).toEqual([
      ['f2', 'un-doc', 'named', 'para. 9 says “article 255”'],
      ['f1', 'un-doc', 'named', 'para. 8 says “article 255”'],
    ]);
    // The finding names the article but not the standard, so its support for the gap is our analysis.
    expect(
      page.gaps.map(({ standard, findings }) => [
        standard.id,
        findings.map(({ finding, basis }) => [finding.id, basis]),
      ]),
    ).toEqual([['iccpr-19', [['f1', 'analysis']]]]);
    expect(page.applications[0]?.source.id).toBe('news');
    expect(page.penalties.map((b) => [b.part, b.href])).toEqual([
      [1, '/criminal-code/255/#part-1'],
      [2, '/criminal-code/255/#part-2'],
    ]);
    // The real stored text's header, read through the corpus layer.
    expect(page.statuteSource).toMatch(/\S/);
    expect(page.definitions.map((d) => d.id)).toEqual(['a']);
    const related = await loadArticlePage(await byId('256'));
    expect(related.related.map(({ article, why }) => [article.id, why])).toEqual([['255', 'Same definition.']]);
    expect(related.statuteSource).toBeUndefined();
  });

  it('fails naming the entry and field when a reference dangles', async () => {
    await expect(
      requireEntry(
        ref('sources', 'nowhere') as { collection: 'sources'; id: string },
        'content/findings/x.yaml field source',
      ),
    ).rejects.toThrow('content/findings/x.yaml field source refers to sources "nowhere", which does not exist.');
  });

  it('loads a finding page with its source, articles and standards', async () => {
    const page = await loadFindingPage((await getFindings())[0]!);
    expect([page.source.id, page.articles.map((a) => a.id), page.standards.map((s) => s.id)]).toEqual([
      'un-doc',
      ['255'],
      ['iccpr-19'],
    ]);
  });

  it('loads a standard page with the articles that fall short of it and the findings that apply it', async () => {
    const { standard, shortfalls, findings, provenance } = await loadStandardPage({
      id: 'iccpr-19',
      collection: 'standards',
      data: { textFile: 'standards/iccpr-19.md' },
    } as never);
    expect(standard.id).toBe('iccpr-19');
    expect(shortfalls.map(({ article, gap }) => [article.id, gap.explanation])).toEqual([['255', 'It fails.']]);
    expect(findings.map(({ finding, link }) => [finding.id, link.basis])).toEqual([['f1', 'analysis']]);
    expect(provenance.source).toMatch(/\S/);
  });

  it('loads a source page with its stored text and the findings quoting each paragraph, and fails when a promised text is missing', async () => {
    // The mocked corpus cites none of its paragraphs, so all 39 are listed as not used; one left out fails.
    const all39 = Array.from({ length: 39 }, (_, i) => i + 1);
    const un = await loadSourcePage({
      id: 'sr-2019-preliminary-findings',
      data: { fullText: true, notUsed: [{ paragraphs: all39, reason: 'test' }] },
    } as never);
    expect(un.blocks?.length).toBeGreaterThan(10);
    expect(un.uses.get(39)).toEqual({ kind: 'not-used', reason: 'test' });
    await expect(
      loadSourcePage({
        id: 'sr-2019-preliminary-findings',
        data: { fullText: true, notUsed: [{ paragraphs: all39.slice(0, 38), reason: 'test' }] },
      } as never),
    ).rejects.toThrow('paragraph 39 is neither cited anywhere on the site nor listed under notUsed with a reason');
    const news = await loadSourcePage({ id: 'news', data: { fullText: false } } as never);
    expect(news.blocks).toBeNull();
    await expect(loadSourcePage({ id: 'missing-text', data: { fullText: true } } as never)).rejects.toThrow(
      /content\/sources\/missing-text\.yaml says fullText: true, but .*missing-text\.txt does not exist/,
    );
    const quoted = await loadSourcePage({ id: 'un-doc', data: { fullText: false } } as never);
    expect([...quoted.quotedBy.entries()].map(([n, fs]) => [n, fs.map((f) => f.id)])).toEqual([
      [8, ['f1']],
      [9, ['f2']],
    ]);
  });

  it('lists definitions in the file’s order, with the articles that depend on each', async () => {
    const page = await loadDefinitionsPage();
    expect(
      page.map(({ definition, articles }) => [
        definition.id,
        articles.map((a) => `${a.number}:${a.article?.data.title.en}`),
      ]),
    ).toEqual([
      ['a', ['255:Title 255', '256:Title 256']],
      ['b', ['256:Title 256']],
    ]);
  });

  it('resolves each glossary rendering’s source', async () => {
    expect((await loadGlossaryPage())[0]?.renderings[0]?.source?.data.shortTitle).toBe('UN');
  });

  it('orders the timeline, a month-only date after the dated days of that month, grouped by year', async () => {
    const { years, casesWithoutArticle } = await loadTimelinePage();
    expect(casesWithoutArticle).toEqual([]);
    expect(
      years.map(({ year, events }) => [year, events.map(({ event, source }) => `${event.id}@${source.id}`)]),
    ).toEqual([
      ['2019', ['visit@un-doc', 'in-may@un-doc']],
      ['2022', ['later@news']],
    ]);
  });
});

describe('penalties and changes', () => {
  it('gives one bar per part that records a penalty, in order, and words each', async () => {
    const bars = penaltyBars(await getArticles());
    expect(bars.map((b) => [b.article, b.part, describePenalty(b)])).toEqual([
      ['255', 1, '8–12 years'],
      ['255', 2, 'at most 7 years, or a non-custodial penalty or life imprisonment'],
    ]);
  });

  it('lists every recorded change newest first, with a review that changed nothing', async () => {
    const changes = await getChanges();
    expect(changes.map((c) => [c.date, c.title, c.path])).toEqual([
      ['2026-11-25', 'Article 255. Title 255', '/criminal-code/255/'],
      ['2026-11-23', 'Finding: Finding f1', '/findings/f1/'],
      ['2026-11-23', 'Finding: Finding f2', '/findings/f2/'],
      ['2026-11-22', 'Standard: ICCPR art. 19, Freedom of expression', '/standards/iccpr-19/'],
      ['2026-11-20', 'Article 256. Title 256', '/criminal-code/256/'],
      ['2026-11-01', 'Article 255. Title 255', '/criminal-code/255/'],
      ['2026-11-01', 'Article 256. Title 256', '/criminal-code/256/'],
      // An event after the Special Rapporteur's visit is news too; one before it is not.
      ['2022-01', 'Since the visit: Later', '/timeline/#event-later'],
    ]);
    expect(changes[0]?.summary).toBe('Reviewed against its sources; no change recorded.');
  });
});
