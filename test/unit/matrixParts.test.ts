import { describe, expect, it } from 'vitest';
import { matrixParts } from '../../src/lib/matrixParts';
import type { Article } from '../../src/lib/content';

const articles = (...numbers: string[]) => numbers.map((number) => ({ data: { number } }) as unknown as Article);

describe('matrixParts: the matrix split into pages once the corpus outgrows one', () => {
  it('keeps one page while the articles fit', () => {
    expect(matrixParts(articles('174', '255', '405'), 3)).toBeNull();
  });

  it('splits by blocks of a hundred article numbers, in numeric order, so an article never changes page', () => {
    const parts = matrixParts(articles('405', '20-1', '174', '1255', '255', '180'), 3)!;
    expect(parts.map((p) => [p.slug, p.label, p.articles.map((a) => a.data.number)])).toEqual([
      ['0-99', 'Articles 0–99', ['20-1']],
      ['100-199', 'Articles 100–199', ['174', '180']],
      ['200-299', 'Articles 200–299', ['255']],
      ['400-499', 'Articles 400–499', ['405']],
      ['1200-1299', 'Articles 1200–1299', ['1255']],
    ]);
  });

  it('cuts a block larger than a page into numbered pieces, none over the limit', () => {
    const parts = matrixParts(articles('101', '102', '103', '104', '105'), 2)!;
    expect(parts.map((p) => p.slug)).toEqual(['100-199', '100-199-2', '100-199-3']);
    expect(parts.map((p) => p.label)).toEqual([
      'Articles 100–199 (1 of 3)',
      'Articles 100–199 (2 of 3)',
      'Articles 100–199 (3 of 3)',
    ]);
    expect(Math.max(...parts.map((p) => p.articles.length))).toBe(2);
  });
});
