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

// A tiny corpus: one reproduced source with three paragraphs, one statute, one treaty text.
const texts = memoryTexts({
  sources: { 'un-doc': 'Paragraph one says terrorism is vague.\n\nParagraph two speaks of extremely general terms.\n\nParagraph three.' },
  references: {
    'criminal-code/255.ru.md': '1. Акт терроризма – наказывается лишением свободы на срок от шести до десяти лет.\n\n2. Те же деяния.',
    'standards/iccpr-19.md': 'Everyone shall have the right to freedom of expression, regardless of frontiers.',
  },
  entries: { articles: ['255'], findings: ['f1'], standards: ['iccpr-19'], sources: ['un-doc', 'news'] },
});

const finding = {
  title: 'Vague terms',
  source: 'un-doc',
  paragraph: 2,
  quote: 'extremely general terms',
  summary: 'Our summary.',
  articles: ['255'],
  standards: ['iccpr-19'],
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
      { n: 1, ru: 'Акт терроризма – наказывается лишением свободы на срок от шести до десяти лет.', en: 'An act of terrorism…' },
      { n: 2, ru: 'Те же деяния.', en: 'The same acts.' },
    ],
    version: {
      amendedBy: [],
      inForceFrom: '2015',
      unchangedUntil: '2020-05',
      inForceDuringVisit: 'yes',
      inForceJanuary2022: 'unknown',
      basis: 'The footnote.',
    },
  },
  findings: ['f1'],
  gaps: [{ standard: 'iccpr-19', explanation: 'It fails.', concerns: ['expression'] }],
  applications: [{ id: 'case', when: '2019', description: 'A case.', source: 'un-doc', paragraph: 1 }],
  lastReviewed: '2026-11-23',
  history: [{ date: '2026-11-23', change: 'Written.' }],
};

const standard = {
  title: 'Freedom of expression',
  shortName: 'ICCPR art. 19',
  instrument: 'ICCPR',
  provision: 'Article 19',
  kind: 'treaty',
  text: 'regardless of frontiers',
  textFile: 'standards/iccpr-19.md',
  summary: 'Our summary.',
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

const event = { id: 'visit', date: '2019-05-10', end: '2019-05-17', title: 'Visit', description: 'It happened.', source: 'un-doc', paragraph: 1 };

const term = { id: 'vague', position: 0, ru: 'расплывчатый', ruStem: 'расплывчат', en: 'vague', enStem: 'vague', un: [{ text: 'vague', source: 'un-doc', paragraph: 1 }] };

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

/** The first issue zod reports, as "path: message". */
function firstIssue(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) return 'valid';
  const issue = result.error?.issues[0];
  return `${issue?.path.join('.')}: ${issue?.message}`;
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
    ['a reference to an entry that does not exist', findingSchema(texts), broken(finding, (f) => (f.articles = ['999'])), 'articles.0: no articles entry "999" (expected content/articles/999.md or .mdx)'],
    ['a dangling standard in a gap', articleSchema(texts), broken(article, (a) => (a.gaps[0]!.standard = 'iccpr-99')), 'gaps.0.standard: no standards entry "iccpr-99" (expected content/standards/iccpr-99.yaml)'],
    ['an unknown key', standardSchema(texts), { ...standard, colour: 'red' }, ': Unrecognized key: "colour"'],
    ['a paragraph the source does not have', findingSchema(texts), { ...finding, paragraph: 999 }, 'paragraph: paragraph 999 does not exist in source "un-doc" (it has paragraphs 1–3)'],
    ['a quotation that is not verbatim', findingSchema(texts), { ...finding, quote: 'extremely broad terms' }, 'quote: quotation is not verbatim in paragraph 2 of "un-doc": first difference after "…extremely broad terms"'],
    ['a quotation from another paragraph', findingSchema(texts), { ...finding, quote: 'terrorism is vague' }, 'quote: quotation is not in paragraph 2 of "un-doc"; it stands in paragraph 1'],
    ['statutory Russian one character off', articleSchema(texts), broken(article, (a) => (a.statute.parts[0]!.ru = a.statute.parts[0]!.ru.replace('десяти', 'девяти'))), 'statute.parts.0.ru: not verbatim in content/reference/criminal-code/255.ru.md: first difference after "…свободы на срок от шести до девяти лет."'],
    ['a statute file that is not stored', articleSchema(texts), broken(article, (a) => (a.statute.file = 'criminal-code/999.ru.md')), 'statute.file: no stored text content/reference/criminal-code/999.ru.md'],
    ['parts out of order', articleSchema(texts), broken(article, (a) => a.statute.parts.reverse()), 'statute.parts.0.n: part 2 is listed where part 1 belongs'],
    ['an application pinpoint the source lacks', articleSchema(texts), broken(article, (a) => (a.applications[0]!.paragraph = 9)), 'applications.0.paragraph: paragraph 9 does not exist in source "un-doc" (it has paragraphs 1–3)'],
    ['two pinpoints with one id', articleSchema(texts), broken(article, (a) => a.applications.push({ ...a.applications[0]! })), 'applications: duplicate id "application-case"'],
    ['a standard text not in its file', standardSchema(texts), { ...standard, text: 'irrespective of frontiers' }, 'text: not verbatim in content/reference/standards/iccpr-19.md: first difference after "…irrespective of frontiers"'],
    ['a standard text without its file', standardSchema(texts), { ...standard, textFile: undefined }, 'textFile: text and textFile go together: a quoted text needs the file it is quoted from'],
    ['a full text of a news article', sourceSchema, { ...source, fullText: true, numbering: 'by us' }, 'fullText: only UN documents may be reproduced in full; this is "news"'],
    ['an event without the paragraph of a reproduced source', eventSchema(texts), { ...event, paragraph: undefined }, 'paragraph: source "un-doc" has a stored full text, so the event needs the paragraph that reports it'],
    ['an event paragraph the source lacks', eventSchema(texts), { ...event, paragraph: 400 }, 'paragraph: paragraph 400 does not exist in source "un-doc" (it has paragraphs 1–3)'],
    ['a span that ends before it starts', eventSchema(texts), { ...event, date: '2019-05', end: '2019-04' }, 'end: end 2019-04 must come after date 2019-05'],
    ['a span of mixed precision', eventSchema(texts), { ...event, end: '2019-06' }, 'end: date 2019-05-10 and end 2019-06 must have the same precision'],
    ['a month 13', eventSchema(texts), { ...event, date: '2019-13', end: undefined }, 'date: Invalid input'],
    ['a glossary rendering not verbatim', glossaryTermSchema(texts), broken(term, (t) => (t.un[0]!.text = 'vaguer')), 'un.0.text: "vaguer" is not verbatim in paragraph 1 of "un-doc": first difference after "…vaguer"'],
    ['a glossary rendering from a missing paragraph', glossaryTermSchema(texts), broken(term, (t) => (t.un[0]!.paragraph = 7)), 'un.0.paragraph: paragraph 7 does not exist in source "un-doc" (it has paragraphs 1–3)'],
    ['a definition one character off', definitionSchema(texts), { ...definition, ru: 'Те же деянии.' }, 'ru: not verbatim in content/reference/criminal-code/255.ru.md: first difference after "…Те же деянии."'],
    ['a definition naming an article without an entry', definitionSchema(texts), { ...definition, articles: ['255', '999'] }, 'articles.1: no articles entry "999" (expected content/articles/999.md or .mdx)'],
  ])('rejects %s, naming the field', (_, schema, entry, issue) => {
    expect(firstIssue(schema, entry)).toBe(issue);
  });
});
