import { describe, expect, it, vi } from 'vitest';
import { memoryTexts } from '../helpers/memoryTexts';

vi.mock('astro:content', async () => (await import('../helpers/astroContent')).mockedAstroContent());

const { articleSchema } = await import('../../src/schemas/article');
const { definitionSchema } = await import('../../src/schemas/definition');
const { eventSchema } = await import('../../src/schemas/event');
const { findingSchema } = await import('../../src/schemas/finding');
const { glossaryTermSchema } = await import('../../src/schemas/glossary');
const { sourceSchema } = await import('../../src/schemas/source');
const { standardSchema } = await import('../../src/schemas/standard');

// A tiny corpus: one reproduced source with three paragraphs and a footnote, one statute, one treaty text.
const texts = memoryTexts({
  sources: {
    'un-doc':
      'Paragraph one says terrorism is vague.\n\nParagraph two speaks of extremely general terms in article 255.\n\nParagraph three.\n\n# Notes\n\n7/ A footnote on extremely general terms.',
  },
  references: {
    'criminal-code/255.ru.md':
      '1. Акт терроризма – наказывается лишением свободы на срок от шести до десяти лет.\n\n2. Те же деяния.',
    'standards/iccpr-19.md': 'Everyone shall have the right to freedom of expression, regardless of frontiers.',
    'standards/doubtful.md': 'A text whose wording is in doubt.',
    'other-english/255.md': 'Article 255. Terrorist act',
    'standards/unprinted.md': 'A text that does not say which print it is.',
  },
  referenceHeaders: {
    'standards/doubtful.md': 'completeness: WORDING IN DOUBT: an unchecked copy',
    'standards/unprinted.md': 'completeness: the whole provision',
  },
  entries: { articles: ['255'], findings: ['f1'], standards: ['iccpr-19'], sources: ['un-doc', 'news'] },
});

const finding = {
  title: 'Vague terms',
  source: 'un-doc',
  paragraph: 2,
  quote: 'extremely general terms',
  summary: 'Our summary.',
  articles: [{ id: '255', basis: 'named', words: 'article 255' }],
  standards: [{ id: 'iccpr-19', basis: 'analysis' }],
  concerns: ['vagueness'],
  lastReviewed: '2026-11-23',
};

const article = {
  number: '255',
  title: { ru: 'Акт терроризма', en: 'Act of terrorism' },
  role: 'reviewed',
  summary: 'Too vague.',
  statute: {
    file: 'criminal-code/255.ru.md',
    parts: [
      {
        n: 1,
        ru: 'Акт терроризма – наказывается лишением свободы на срок от шести до десяти лет.',
        en: 'An act of terrorism…',
      },
      { n: 2, ru: 'Те же деяния.', en: 'The same acts.' },
    ],
    version: {
      amendedBy: [],
      inForceFrom: '2015',
      unchangedUntil: 'the snapshot of May 2020, which cites laws up to 04.05.2020 No. 321-VI',
      inForceDuringVisit: 'yes',
      inForceJanuary2022: 'unknown',
      basis: 'The footnote.',
    },
  },
  findings: ['f1'],
  gaps: [{ standard: 'iccpr-19', explanation: 'It fails.', concerns: ['expression'] }],
  applications: [
    {
      id: 'case',
      when: '2019',
      description: 'A case ([para. 2](para:un-doc/2 "extremely general terms")).',
      source: 'un-doc',
      paragraph: 2,
      tiedBy: 'article 255',
    },
  ],
  otherNames: [
    { quote: 'Terrorist act', renders: 'the title', by: 'Another publisher', reference: 'other-english/255.md' },
  ],
  lastReviewed: '2026-11-23',
  history: [
    { date: '2026-11-23', change: 'Written.' },
    { date: '2026-11-24', change: 'Part 2 corrected.', kind: 'correction' },
  ],
};

const standard = {
  title: 'Freedom of expression',
  shortName: 'ICCPR art. 19',
  instrument: 'International Covenant on Civil and Political Rights (adopted 16 December 1966)',
  provision: 'Article 19',
  kind: 'treaty',
  text: 'regardless of frontiers',
  textFile: 'standards/iccpr-19.md',
  summary: 'Our summary.',
  instrumentDetails: { adopted: '1966-12-16' },
  lastReviewed: '2026-11-23',
};

const source = {
  title: 'A news article',
  shortTitle: 'News',
  kind: 'news',
  issuer: 'A paper',
  date: '2022-01',
  description: 'Our description.',
  fullText: false,
  completeness: 'Not held.',
};

const event = {
  id: 'visit',
  date: '2019-05-10',
  end: '2019-05-17',
  title: 'Visit',
  description: 'It happened ([para. 1](para:un-doc/1 "terrorism is vague")).',
  source: 'un-doc',
  paragraph: 1,
};

const term = {
  id: 'vague',
  position: 0,
  ru: 'расплывчатый',
  ruStem: 'расплывчат',
  en: 'vague',
  enStem: 'vague',
  un: [{ text: 'vague', source: 'un-doc', paragraph: 1 }],
};

const definition = {
  id: 'terrorism',
  position: 0,
  title: 'Terrorism',
  file: 'criminal-code/255.ru.md',
  ru: 'Те же деяния.',
  en: 'The same acts.',
  articles: ['255'],
  why: 'It matters.',
};

/**
 * The first issue zod reports, as "path: message", first line only: a quotation's mismatch continues with the
 * two texts side by side (test/unit/verbatim.test.ts checks that display).
 */
function firstIssue(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): string {
  const result = schema.safeParse(value);
  if (result.success) return 'valid';
  const issue = result.error?.issues[0];
  return `${issue?.path.join('.')}: ${issue?.message.split('\n')[0]}`;
}

/** A deep copy of `entry` with `change` applied. */
function broken<T>(entry: T, change: (copy: T) => void): T {
  const copy = structuredClone(entry);
  change(copy);
  return copy;
}

describe('schemas checked against stored texts held in memory', () => {
  it.each([
    ['finding', findingSchema(texts), finding],
    ['article', articleSchema(texts), article],
    ['standard', standardSchema(texts), standard],
    ['source', sourceSchema, source],
    ['event', eventSchema(texts), event],
    ['glossary term', glossaryTermSchema(texts), term],
    ['definition', definitionSchema(texts), definition],
  ])('accepts a valid %s', (_, schema, entry) => {
    expect(firstIssue(schema, entry)).toBe('valid');
  });

  it.each([
    [
      'straight quotation marks in a title',
      findingSchema(texts),
      broken(finding, (f) => (f.title = 'Websites blocked for "calls for" extremism')),
      'title: write quotation marks inside a title as “…” or ‘…’, not "…"',
    ],
    [
      'a reference to an entry that does not exist',
      findingSchema(texts),
      broken(finding, (f) => (f.articles[0]!.id = '999')),
      'articles.0.id: no articles entry "999" (expected content/articles/999.md)',
    ],
    [
      'a dangling standard in a gap',
      articleSchema(texts),
      broken(article, (a) => (a.gaps[0]!.standard = 'iccpr-99')),
      'gaps.0.standard: no standards entry "iccpr-99" (expected content/standards/iccpr-99.yaml)',
    ],
    ['an unknown key', standardSchema(texts), { ...standard, colour: 'red' }, ': Unrecognized key: "colour"'],
    [
      'a paragraph the source does not have',
      findingSchema(texts),
      { ...finding, paragraph: 999 },
      'paragraph: paragraph 999 does not exist in source "un-doc" (it has paragraphs 1–3)',
    ],
    [
      'a quotation that is not verbatim',
      findingSchema(texts),
      { ...finding, quote: 'extremely broad terms' },
      'quote: quotation is not verbatim in paragraph 2 of "un-doc" (content/sources/un-doc.txt): the texts agree for 10 characters, then differ at the caret:',
    ],
    [
      'a quotation from another paragraph',
      findingSchema(texts),
      { ...finding, quote: 'terrorism is vague' },
      'quote: quotation is not in paragraph 2 of "un-doc"; it stands in paragraph 1',
    ],
    [
      'statutory Russian one character off',
      articleSchema(texts),
      broken(article, (a) => (a.statute.parts[0]!.ru = a.statute.parts[0]!.ru.replace('десяти', 'девяти'))),
      'statute.parts.0.ru: not verbatim in content/reference/criminal-code/255.ru.md: the texts agree for 69 characters, then differ at the caret:',
    ],
    [
      'a statute file that is not stored',
      articleSchema(texts),
      broken(article, (a) => (a.statute.file = 'criminal-code/999.ru.md')),
      'statute.file: no stored text content/reference/criminal-code/999.ru.md',
    ],
    [
      'parts out of order',
      articleSchema(texts),
      broken(article, (a) => a.statute.parts.reverse()),
      'statute.parts.0.n: part 2 is listed where part 1 belongs',
    ],
    [
      'an application pinpoint the source lacks',
      articleSchema(texts),
      broken(article, (a) => (a.applications[0]!.paragraph = 9)),
      'applications.0.paragraph: paragraph 9 does not exist in source "un-doc" (it has paragraphs 1–3)',
    ],
    [
      'two pinpoints with one id',
      articleSchema(texts),
      broken(article, (a) => a.applications.push({ ...a.applications[0]! })),
      'applications: duplicate id "application-case"',
    ],
    [
      'a standard text not in its file',
      standardSchema(texts),
      { ...standard, text: 'irrespective of frontiers' },
      'text: not verbatim in content/reference/standards/iccpr-19.md: the texts agree for 1 characters, then differ at the caret:',
    ],
    [
      'a standard text without its file',
      standardSchema(texts),
      { ...standard, textFile: undefined },
      'textFile: text and textFile go together: a quoted text needs the file it is quoted from',
    ],
    [
      'a full text of a news article',
      sourceSchema,
      { ...source, fullText: true, numbering: 'by us' },
      'fullText: only UN documents may be reproduced in full; this is "news"',
    ],
    [
      'an event without the paragraph of a reproduced source',
      eventSchema(texts),
      { ...event, paragraph: undefined },
      'paragraph: source "un-doc" has a stored full text, so the event needs the paragraph that reports it',
    ],
    [
      'an event paragraph the source lacks',
      eventSchema(texts),
      { ...event, paragraph: 400 },
      'paragraph: paragraph 400 does not exist in source "un-doc" (it has paragraphs 1–3)',
    ],
    [
      'a span that ends before it starts',
      eventSchema(texts),
      { ...event, date: '2019-05', end: '2019-04' },
      'end: end 2019-04 must come after date 2019-05',
    ],
    [
      'a span of mixed precision',
      eventSchema(texts),
      { ...event, end: '2019-06' },
      'end: date 2019-05-10 and end 2019-06 must have the same precision',
    ],
    ['a month 13', eventSchema(texts), { ...event, date: '2019-13', end: undefined }, 'date: Invalid input'],
    [
      'a glossary rendering not verbatim',
      glossaryTermSchema(texts),
      broken(term, (t) => (t.un[0]!.text = 'vaguer')),
      'un.0.text: "vaguer" is not verbatim in paragraph 1 of "un-doc": the texts agree for 5 characters, then differ at the caret:',
    ],
    [
      'a glossary rendering from a missing paragraph',
      glossaryTermSchema(texts),
      broken(term, (t) => (t.un[0]!.paragraph = 7)),
      'un.0.paragraph: paragraph 7 does not exist in source "un-doc" (it has paragraphs 1–3)',
    ],
    [
      'a definition one character off',
      definitionSchema(texts),
      { ...definition, ru: 'Те же деянии.' },
      'ru: not verbatim in content/reference/criminal-code/255.ru.md: the texts agree for 11 characters, then differ at the caret:',
    ],
    [
      'named words that are not in the cited paragraph',
      findingSchema(texts),
      broken(finding, (f) => (f.articles[0]!.words = 'article 256')),
      'articles.0.words: articles item 1 ("255"): words "article 256" do not stand verbatim in paragraph 2 of "un-doc", so the source does not name it there; correct the words or use basis "analysis"',
    ],
    [
      'a named link without words',
      findingSchema(texts),
      broken(finding, (f) => delete (f.articles[0] as { words?: string }).words),
      'articles.0.words: articles item 1 ("255"): basis "named" needs words: the words of paragraph 2 that name it, verbatim; otherwise use basis "analysis"',
    ],
    [
      'an analysis link with words',
      findingSchema(texts),
      broken(finding, (f) => (f.standards[0] = { ...f.standards[0]!, words: 'expression' } as never)),
      'standards.0.words: standards item 1 ("iccpr-19"): basis "analysis" takes no words: words are kept only for a link the source itself names (basis "named")',
    ],
    [
      'a version statement without an "as amended to" date',
      articleSchema(texts),
      broken(article, (a) => (a.statute.version.unchangedUntil = 'the snapshot of May 2020')),
      'statute.version.unchangedUntil: names no date for "as amended to" in statute citations: say which laws the snapshot cites, as "cites laws up to DD.MM.YYYY No. …"',
    ],
    [
      'another English name not in its text',
      articleSchema(texts),
      broken(article, (a) => (a.otherNames[0]!.quote = 'Terror act')),
      'otherNames.0.quote: not verbatim in content/reference/other-english/255.md: the texts agree for 6 characters, then differ at the caret:',
    ],
    [
      'another English name with both a source and a reference',
      articleSchema(texts),
      broken(article, (a) => Object.assign(a.otherNames[0]!, { source: 'un-doc', paragraph: 1 })),
      'otherNames.0: give either source with paragraph, or reference: where the words stand',
    ],
    [
      'an unknown kind of history line',
      articleSchema(texts),
      broken(article, (a) => (a.history[1]!.kind = 'erratum')),
      'history.1.kind: Invalid option: expected one of "revision"|"correction"',
    ],
    [
      'a General Assembly resolution its text does not give',
      standardSchema(texts),
      broken(standard, (s) => Object.assign(s.instrumentDetails, { resolution: '2200 A (XXI)' })),
      'instrumentDetails.resolution: "2200 A (XXI)" is not in the instrument line or the header of content/reference/standards/iccpr-19.md',
    ],
    [
      'an instrument date its text does not give',
      standardSchema(texts),
      broken(standard, (s) => (s.instrumentDetails.adopted = '1966-12-17')),
      'instrumentDetails.adopted: "17 December 1966" is not in the instrument line or the header of content/reference/standards/iccpr-19.md',
    ],
    [
      'a quotation from a copy whose wording is in doubt',
      standardSchema(texts),
      { ...standard, text: 'A text', textFile: 'standards/doubtful.md' },
      'text: content/reference/standards/doubtful.md is marked "WORDING IN DOUBT": do not quote it; drop text and textFile and summarise the provision',
    ],
    [
      'a definition naming an article without an entry',
      definitionSchema(texts),
      { ...definition, articles: ['255', '999'] },
      'articles.1: no articles entry "999" (expected content/articles/999.md)',
    ],
    [
      'named words that do not contain the article number',
      findingSchema(texts),
      broken(finding, (f) => (f.articles[0]!.words = 'extremely general terms')),
      'articles.0.words: articles item 1 ("255"): words "extremely general terms" do not contain the article number 255',
    ],
    [
      'named words said to stand in a footnote the paragraph does not mark',
      findingSchema(texts),
      broken(
        finding,
        (f) =>
          (f.standards[0] = { id: 'iccpr-19', basis: 'named', words: 'extremely general terms', footnote: 7 } as never),
      ),
      'standards.0.footnote: standards item 1 ("iccpr-19"): paragraph 2 of "un-doc" carries no marker of footnote 7',
    ],
    [
      'a personal name not split into family and given name',
      sourceSchema,
      { ...source, authors: ['Fionnuala Ní Aoláin'] },
      'authors.0: Invalid input: expected object, received string',
    ],
    [
      'a partial-text marker on a source that holds no text',
      sourceSchema,
      { ...source, heldPart: 'summary' },
      'heldPart: heldPart describes a stored text, but fullText is false',
    ],
    [
      'a quoted standard whose stored copy does not say which print it is',
      standardSchema(texts),
      { ...standard, text: 'which print', textFile: 'standards/unprinted.md' },
      'textFile: content/reference/standards/unprinted.md has no "print:" line saying which copy of the instrument it is',
    ],
    [
      'another English name not verbatim in its source paragraph',
      articleSchema(texts),
      broken(
        article,
        (a) =>
          (a.otherNames[0] = {
            quote: 'general terms in article 256',
            renders: 'the title',
            by: 'The UN',
            source: 'un-doc',
            paragraph: 2,
          } as never),
      ),
      'otherNames.0.quote: quotation is not verbatim in paragraph 2 of "un-doc" (content/sources/un-doc.txt): the texts agree for 27 characters, then differ at the caret:',
    ],
    [
      'a bare pinpoint in a finding’s note, which nothing could check',
      findingSchema(texts),
      { ...finding, note: 'As the same statement says (para. 1), it is vague.' },
      'note: "para. 1" is a bare pinpoint that nothing checks: write it as [para. 1](para:<source id>/<n> "the paragraph\'s own supporting words"), or [para. 1](standard:<id>) for a document the project does not hold',
    ],
    [
      'a bare footnote pinpoint in a gap explanation',
      articleSchema(texts),
      broken(article, (a) => (a.gaps[0]!.explanation = 'She says so in footnote 7.')),
      'gaps.0.explanation: "footnote 7" is a bare pinpoint that nothing checks: write it as [footnote 7](para:<source id>/<n> "the paragraph\'s own supporting words"), or [footnote 7](standard:<id>) for a document the project does not hold',
    ],
    [
      'a pinpoint whose supporting words are not in its paragraph',
      findingSchema(texts),
      { ...finding, note: 'It is vague ([para. 2](para:un-doc/2 "extremely vague terms")).' },
      'note: pinpoint "para. 2": the supporting words are not verbatim in paragraph 2 of "un-doc" (content/sources/un-doc.txt): the texts agree for 10 characters, then differ at the caret:',
    ],
    [
      'a pinpoint whose supporting words stand in another paragraph',
      findingSchema(texts),
      { ...finding, summary: 'Vague ([para. 2](para:un-doc/2 "terrorism is vague")).' },
      'summary: pinpoint "para. 2": the supporting words "terrorism is vague" are not in paragraph 2 of "un-doc"; they stand in paragraph 1',
    ],
    [
      'a pinpoint without supporting words',
      findingSchema(texts),
      { ...finding, summary: 'Vague ([para. 2](para:un-doc/2)).' },
      'summary: pinpoint "para. 2" to paragraph 2 of "un-doc" gives no supporting words: add the paragraph\'s own words that support the sentence, in double quotes, as in [para. 37](para:al-kaz-1-2022/37 "riot organizers")',
    ],
    [
      'a pinpoint to a standard without an entry',
      standardSchema(texts),
      { ...standard, summary: 'See [General Comment No. 99, para. 1](standard:gc99-para-1).' },
      'summary: pinpoint "General Comment No. 99, para. 1" points at standard "gc99-para-1", which has no entry (content/standards/gc99-para-1.yaml)',
    ],
    [
      'an application grounded in a paragraph without any of its words',
      articleSchema(texts),
      broken(article, (a) => (a.applications[0]!.description = 'A case reported in the source.')),
      'applications.0.description: cites paragraph 2 of "un-doc" but gives none of its words: mark the sentence that relies on it with [para. 2](para:un-doc/2 "the paragraph\'s own words")',
    ],
    [
      'an application whose source does not name the article',
      articleSchema(texts),
      broken(article, (a) => (a.applications[0]!.tiedBy = 'extremely general terms')),
      'applications.0.tiedBy: does not name Article 255: an application is a case the source ties to this article by its number; a case it names without one belongs on the timeline (caseWithoutArticle: true)',
    ],
    [
      'an application whose tying words are not in its paragraph',
      articleSchema(texts),
      broken(article, (a) => (a.applications[0]!.tiedBy = 'charged under article 255')),
      'applications.0.tiedBy: is not verbatim in paragraph 2 of "un-doc": the texts agree for 1 characters, then differ at the caret:',
    ],
    [
      'an internal review code in a public history line',
      articleSchema(texts),
      broken(article, (a) => (a.history[0]!.change = 'Gap rewritten (content review L8).')),
      'history.0.change: holds an internal review code ("content review"): say what changed, in words a reader can use',
    ],
    [
      'a recommendation that says, without a source, it was not implemented',
      articleSchema(texts),
      broken(
        article,
        (a) =>
          ((a as unknown as { recommendations: unknown[] }).recommendations = [
            { id: 'r', text: 'Still not implemented, so repeal it.', source: 'un-doc' },
          ]),
      ),
      'recommendations.0.text: says "not implemented" without a source: give the recommendation a status whose evidence is a held source, or say "no change found in the texts the project holds"',
    ],
    [
      'a later event tied to an article its source’s words do not name',
      eventSchema(
        memoryTexts({
          references: { 'later/news.md': 'The Office opened cases under article 405.' },
          entries: { articles: ['255', '405'], sources: ['news'] },
        }),
      ),
      {
        ...event,
        date: '2021-07-07',
        end: undefined,
        source: 'news',
        paragraph: undefined,
        description: 'Cases were opened ([a report](source:news "opened cases under article 405")).',
        articles: ['405', '255'],
      },
      "articles.1: none of the source's words given names Article 255: an event is tied to an article only where its source names it",
    ],
    [
      'a case named without an article that lists an article',
      eventSchema(texts),
      { ...event, caseWithoutArticle: true, articles: ['255'] },
      'articles: a case the source names without an article lists no article: the source does not tie it to one',
    ],
    [
      'an unknown key in a glossary term',
      glossaryTermSchema(texts),
      { ...term, colour: 'red' },
      ': Unrecognized key: "colour"',
    ],
  ])('rejects %s, naming the field', (_, schema, entry, issue) => {
    expect(firstIssue(schema, entry)).toBe(issue);
  });
});
