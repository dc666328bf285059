import { describe, expect, it } from 'vitest';
import { byId, first, loadPage, text } from '../helpers/html';
import { readEntries, readYaml } from '../helpers/corpus';
import { distRoot } from '../helpers/paths';

interface Term { id: string; ru: string; ruStem: string; en: string; enStem: string }
interface Part { n: number; ru: string; en: string }

const glossary = readYaml<Term[]>('glossary.yaml');
const articles = readEntries<{ number: string; statute?: { parts: Part[] } }>('articles');

describe('glossary', () => {
  it('every translation uses the glossary’s English wherever the Russian has the term', () => {
    const misses: string[] = [];
    let checked = 0;
    for (const article of articles) {
      for (const part of article.statute?.parts ?? []) {
        for (const term of glossary) {
          if (!new RegExp(term.ruStem, 'iu').test(part.ru)) continue;
          checked++;
          if (!new RegExp(term.enStem, 'iu').test(part.en)) misses.push(`Article ${article.number} part ${part.n}: “${term.ru}” is not rendered “${term.en}”`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(misses).toEqual([]);
  });

  it('the glossary page lists the terms the Special Rapporteur criticises, with our English and hers', () => {
    const page = loadPage(distRoot, 'glossary/');
    for (const id of ['socially-dangerous-consequences', 'discord', 'propaganda', 'public-calls', 'extremism', 'insult-to-national-honour', 'exclusivity', 'integrity']) {
      const row = first(page, byId(`term-${id}`));
      expect(row, id).toBeDefined();
      const term = glossary.find((t) => t.id === id)!;
      expect(text(row!)).toContain(term.en);
      expect(text(row!)).toContain(term.ru);
      expect(text(row!)).toMatch(/para\. \d+/);
    }
  });

  it('article pages link to the glossary beside the translation', () => {
    expect(text(first(loadPage(distRoot, 'criminal-code/174/'), byId('text'))!)).toContain('glossary');
  });
});
