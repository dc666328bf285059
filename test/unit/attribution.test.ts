import { describe, expect, it } from 'vitest';
import {
  attributionProblems,
  barePinpoints,
  parseAttributions,
  withoutAttributionMarkup,
} from '../../src/corpus/attribution';
import { memoryTexts } from '../helpers/memoryTexts';

const texts = memoryTexts({
  sources: {
    'un-doc':
      'Paragraph one says terrorism is vague.\n\nParagraph two names "riot organizers" and the Code.7\n\nParagraph three.\n\n# Notes\n\n7/ A footnote on extremely general terms.',
  },
  references: {},
  entries: { standards: ['gc34-para-48'], sources: ['un-doc'] },
});

describe('pinpoints in our prose', () => {
  it('reads both forms, with the words in double or single quotes and a label across lines', () => {
    const text = `See [para.\n1](para:un-doc/1 "terrorism is vague") and [para. 2](para:un-doc/2 'names "riot organizers"'), and [GC 34, para. 48](standard:gc34-para-48), and [a report](source:news "said so").`;
    expect(
      parseAttributions(text).map((a) =>
        a.kind === 'para'
          ? [a.label, a.source, a.paragraph, a.words]
          : a.kind === 'excerpt'
            ? [a.label, a.source, a.words]
            : [a.label, a.standard],
      ),
    ).toEqual([
      ['para.\n1', 'un-doc', 1, 'terrorism is vague'],
      ['para. 2', 'un-doc', 2, 'names "riot organizers"'],
      ['GC 34, para. 48', 'gc34-para-48'],
      ['a report', 'news', 'said so'],
    ]);
    expect(withoutAttributionMarkup(text)).toBe('See para.\n1 and para. 2, and GC 34, para. 48, and a report.');
  });

  it('finds every bare pinpoint outside the links, in English and Russian', () => {
    const text =
      'As para. 11 says, and paras 8 and 11, paragraph 3, Paragraph 29, footnote 9, п. 11; but not [para. 2](para:un-doc/2 "x") or "separatist" or art. 20(2).';
    expect(barePinpoints(text).map((b) => b.found)).toEqual([
      'para. 11',
      'paras 8',
      'paragraph 3',
      'Paragraph 29',
      'footnote 9',
      'п. 11',
    ]);
  });

  it('accepts words that stand in the paragraph or in a footnote the paragraph marks', () => {
    expect(attributionProblems(texts, 'Yes ([para. 1](para:un-doc/1 "terrorism is vague")).')).toEqual([]);
    expect(attributionProblems(texts, 'Yes ([fn. 7](para:un-doc/2 "extremely general terms")).')).toEqual([]);
  });

  it('rejects words from a footnote that the paragraph does not mark', () => {
    const [problem] = attributionProblems(texts, 'No ([para. 1](para:un-doc/1 "extremely general terms")).');
    expect(problem?.message).toContain('the supporting words are not verbatim in paragraph 1 of "un-doc"');
  });

  it('rejects a paragraph the source lacks, a source without text, and a malformed target', () => {
    const messages = attributionProblems(
      texts,
      '[a](para:un-doc/9 "x") [b](para:news/1 "x") [c](para:un-doc "x") [d](para:gc34-para-48/1 "x")',
    ).map((p) => p.message);
    expect(messages).toEqual([
      'pinpoint "a": paragraph 9 does not exist in source "un-doc" (it has paragraphs 1–3)',
      'pinpoint "b": source "news" has no stored full text (content/sources/news.txt) to check the words against',
      'pinpoint "c": write para:<source id>/<paragraph number>, such as para:al-kaz-1-2022/37',
      'pinpoint "d": "gc34-para-48" is a standard, not a held source: write [label](standard:gc34-para-48) without words',
    ]);
  });

  it('reports each problem where it starts in the text, so a Markdown body can name the line', () => {
    const text = 'Line one.\nLine two cites para. 4.';
    expect(attributionProblems(texts, text)[0]?.index).toBe(text.indexOf('para. 4'));
  });
});

describe('pinpoints into a source held only as an excerpt', () => {
  const withExcerpt = memoryTexts({
    references: { 'later/news.md': 'The Office reportedly opened 12 cases under article 405.' },
    entries: { sources: ['news'] },
  });

  it('checks the words in the stored excerpt', () => {
    expect(attributionProblems(withExcerpt, 'So ([a report](source:news "reportedly opened 12 cases")).')).toEqual([]);
    expect(attributionProblems(withExcerpt, 'So ([a report](source:news "opened 13 cases")).')[0]?.message).toContain(
      'the supporting words are not verbatim in the excerpt of "news"',
    );
  });

  it('rejects a source of which no excerpt is held', () => {
    expect(attributionProblems(withExcerpt, '[x](source:other "y")')[0]?.message).toBe(
      'pinpoint "x" points at source "other", of which no excerpt is held (content/reference/later/other.md)',
    );
  });
});
