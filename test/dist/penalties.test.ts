import { describe, expect, it } from 'vitest';
import { readArticles, type ArticleFront } from '../helpers/corpus';
import { all, attr, byClass, byTag, first, loadPage, text, type Element } from '../helpers/html';
import { distRoot } from '../helpers/paths';

interface Expected {
  article: string;
  part: number;
  min: number;
  max: number;
  life: boolean;
  death: boolean;
}

function expectedBars(articles: ArticleFront[]): Expected[] {
  return articles.flatMap((a) =>
    (a.statute?.parts ?? []).flatMap((p) =>
      p.penalty ? [{ article: a.number, part: p.n, min: p.penalty.minYears, max: p.penalty.maxYears, life: p.penalty.life ?? false, death: p.penalty.death ?? false }] : [],
    ),
  );
}

/** Reads the bars of a chart back into years using the chart's own axis labels, as a reader would. */
function readChart(chart: Element) {
  const ticks = all(chart, byClass('tick')).map((t) => ({ years: Number(text(t)), x: Number(attr(t, 'x')) }));
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  const perYear = (b.x - a.x) / (b.years - a.years);
  const years = (x: number) => a.years + (x - a.x) / perYear;
  return all(chart, byTag('rect')).map((rect) => {
    const x = Number(attr(rect, 'x'));
    const width = Number(attr(rect, 'width'));
    return { article: attr(rect, 'data-article'), part: Number(attr(rect, 'data-part')), min: years(x), max: years(x + width) };
  });
}

function expectBarsMatch(chart: Element, expected: Expected[]) {
  const bars = readChart(chart);
  expect(bars.map((b) => `${b.article}/${b.part}`)).toEqual(expected.map((e) => `${e.article}/${e.part}`));
  bars.forEach((bar, i) => {
    expect(bar.min, `Article ${bar.article} part ${bar.part} minimum`).toBeCloseTo(expected[i]!.min, 3);
    expect(bar.max, `Article ${bar.article} part ${bar.part} maximum`).toBeCloseTo(expected[i]!.max, 3);
  });
}

describe('penalty chart on the gap matrix', () => {
  const reviewed = readArticles().filter((a) => a.role === 'reviewed');
  const expected = expectedBars(reviewed);
  const figure = first(loadPage(distRoot, 'matrix/'), byClass('penalty-chart'))!;

  it('draws one bar per part of every reviewed article, spanning its imprisonment range', () => {
    expect(expected.length).toBeGreaterThan(10);
    expectBarsMatch(first(figure, byTag('svg'))!, expected);
  });

  it('is an image with a text name and gives the same ranges as a table', () => {
    const svg = first(figure, byTag('svg'))!;
    expect(attr(svg, 'role')).toBe('img');
    expect(text(first(svg, byTag('title'))!)).toMatch(/table below/);
    const rows = all(first(figure, byTag('tbody'))!, byTag('tr')).map((tr) => all(tr, byTag('td')).map(text));
    expect(rows).toHaveLength(expected.length);
    rows.forEach(([article, part, term], i) => {
      const e = expected[i]!;
      expect(`${article} ${part}`).toBe(`Article ${e.article} Part ${e.part}`);
      expect(term).toContain(e.min === 0 ? `at most ${e.max} years` : `${e.min}–${e.max} years`);
      expect(term?.includes('life imprisonment')).toBe(e.life);
      expect(term?.includes('death penalty')).toBe(e.death);
    });
  });
});

describe('penalty chart on article pages', () => {
  for (const article of readArticles()) {
    const expected = expectedBars([article]);
    it(`Article ${article.number}: ${expected.length > 0 ? 'bars match its parts' : 'no chart without penalty data'}`, () => {
      const figure = first(loadPage(distRoot, `criminal-code/${article.number}/`), byClass('penalty-chart'));
      if (expected.length === 0) {
        expect(figure).toBeUndefined();
        return;
      }
      expectBarsMatch(first(figure!, byTag('svg'))!, expected);
      for (const e of expected) expect(text(first(figure!, byTag('figcaption'))!)).toContain(`part ${e.part}: ${e.min === 0 ? 'at most' : e.min}`);
    });
  }
});
