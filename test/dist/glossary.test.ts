import { describe, expect, it } from 'vitest';
import { byId, first, loadPage, text } from '../helpers/html';
import { readEntries, readYaml } from '../helpers/corpus';
import { distRoot } from '../helpers/paths';

interface Term { id: string; ru: string; ruStem: string; en: string; enStem: string }
interface Bilingual { ru: string; en: string }
interface Part extends Bilingual { n: number }
interface Definition extends Bilingual { id: string }

const glossary = readYaml<Term[]>('glossary.yaml');
const articles = readEntries<{ number: string; title: Bilingual; statute?: { parts: Part[]; note?: Bilingual; footnote?: Bilingual } }>('articles');
const definitions = readYaml<Definition[]>('definitions.yaml');

/** Every unit we translate, labelled: titles, parts, notes and footnotes, and each paragraph of a definition. */
function translatedUnits(): { where: string; ru: string; en: string }[] {
  const units = articles.flatMap((a) => [
    { where: `Article ${a.number} title`, ...a.title },
    ...(a.statute?.parts ?? []).map((p) => ({ where: `Article ${a.number} part ${p.n}`, ru: p.ru, en: p.en })),
    ...(a.statute?.note ? [{ where: `Article ${a.number} note`, ...a.statute.note }] : []),
    ...(a.statute?.footnote ? [{ where: `Article ${a.number} footnote`, ...a.statute.footnote }] : []),
  ]);
  for (const d of definitions) {
    // Paragraph by paragraph, so that a term is looked for in the English of its own paragraph.
    const ru = d.ru.split(/\n\s*\n/);
    const en = d.en.split(/\n\s*\n/);
    expect(en.length, `definition ${d.id}: paragraphs`).toBe(ru.length);
    ru.forEach((text, i) => units.push({ where: `definition ${d.id} paragraph ${i + 1}`, ru: text, en: en[i] ?? '' }));
  }
  return units;
}

describe('glossary', () => {
  it('every translation uses the glossary’s English wherever the Russian has the term', () => {
    const misses: string[] = [];
    let checked = 0;
    for (const unit of translatedUnits()) {
      for (const term of glossary) {
        if (!new RegExp(term.ruStem, 'iu').test(unit.ru)) continue;
        checked++;
        if (!new RegExp(term.enStem, 'iu').test(unit.en)) misses.push(`${unit.where}: “${term.ru}” is not rendered “${term.en}”`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(misses).toEqual([]);
  });

  it('keeps incitement, fomenting and instigation apart: each English word only where its own Russian word stands', () => {
    const misuses: string[] = [];
    const pairs: [string, RegExp, RegExp][] = [
      ['incitement', /incit/i, /возбужден/iu],
      ['fomenting', /foment/i, /разжиган/iu],
      ['instigation', /instigat/i, /подстрекател/iu],
    ];
    for (const unit of translatedUnits()) {
      for (const [word, en, ru] of pairs) if (en.test(unit.en) && !ru.test(unit.ru)) misuses.push(`${unit.where}: “${word}” without its Russian term`);
    }
    expect(misuses).toEqual([]);
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
