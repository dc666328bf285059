import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, attr, byClass, byId, first, loadPage, paragraphTexts, text } from '../helpers/html';
import { contentDir, distRoot } from '../helpers/paths';

const reviewed = ['174', '180', '255', '256', '257', '258', '272', '405'];

/**
 * The parts of a stored Russian article, read here independently of the site's code: the text after the
 * provenance header, split where a paragraph starts with the next part number ("2. ").
 */
function storedParts(n: string): { parts: string[][]; footnote?: string } {
  const raw = readFileSync(path.join(contentDir, 'reference/criminal-code/ru-2020-05', `${n}.ru.md`), 'utf8');
  const body = raw.slice(raw.indexOf('\n\n') + 2).trim();
  const parts: string[][] = [];
  let footnote: string | undefined;
  let inNote = false;
  for (const para of body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim())) {
    if (para.startsWith('Сноска')) footnote = para;
    else if (para.startsWith('Примечание')) inNote = true;
    else if (para.startsWith(`${parts.length + 1}. `)) {
      parts.push([para]);
      inNote = false;
    } else if (!inNote && parts.length > 0) parts.at(-1)?.push(para);
  }
  return { parts, footnote };
}

describe.each(reviewed)('statutory text of Article %s', (n) => {
  const doc = loadPage(distRoot, `criminal-code/${n}/`);
  const { parts, footnote } = storedParts(n);

  it('shows every part of the stored Russian text verbatim, in a Russian quotation', () => {
    expect(parts.length).toBeGreaterThan(0);
    parts.forEach((paras, i) => {
      const section = first(doc, byId(`part-${i + 1}`));
      expect(section, `#part-${i + 1}`).toBeDefined();
      const quote = first(section!, (el) => el.tagName === 'blockquote' && attr(el, 'lang') === 'ru');
      expect(quote, `part ${i + 1}: <blockquote lang="ru">`).toBeDefined();
      expect(paragraphTexts(quote!)).toEqual(paras);
    });
    expect(first(doc, byId(`part-${parts.length + 1}`))).toBeUndefined();
  });

  it('gives each part our English translation, outside any quotation, of comparable length', () => {
    parts.forEach((paras, i) => {
      const section = first(doc, byId(`part-${i + 1}`))!;
      const translation = first(section, byClass('translation'));
      expect(translation, `part ${i + 1} translation`).toBeDefined();
      expect(attr(translation!, 'lang')).toBe('en');
      const en = paragraphTexts(translation!).filter((p) => !/^Our English translation$/i.test(p));
      expect(en.length, `part ${i + 1}: one English paragraph per Russian paragraph`).toBe(paras.length);
      const ratio = en.join(' ').length / paras.join(' ').length;
      expect(ratio, `part ${i + 1} length ratio`).toBeGreaterThan(0.6);
      expect(ratio, `part ${i + 1} length ratio`).toBeLessThan(1.6);
      for (const q of all(section, (el) => el.tagName === 'blockquote' || el.tagName === 'q')) {
        expect(attr(q, 'lang'), 'only the Russian original is quoted').toBe('ru');
      }
    });
  });

  it('labels the translation as unofficial on the page', () => {
    expect(text(doc)).toContain('Unofficial translation by this site; the Russian text is authoritative.');
  });

  it('states which version the text is and shows the amendment footnote', () => {
    const version = first(doc, byId('version'));
    expect(version).toBeDefined();
    expect(text(version!)).toMatch(/In force from .+ unchanged at least until/);
    expect(text(version!)).toMatch(/visit \(10–17 May 2019\)\? (Yes|No|Cannot be told)/);
    if (footnote) {
      const section = first(doc, byId('footnote'));
      expect(section, '#footnote').toBeDefined();
      expect(text(first(section!, (el) => el.tagName === 'blockquote')!)).toBe(footnote);
    }
  });
});
