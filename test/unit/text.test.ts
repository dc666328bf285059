import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { formatLaw, paragraphs } from '../../src/lib/text';
import { compareArticleNumbers } from '../../src/lib/articleNumbers';

describe('text helpers', () => {
  it('splits paragraphs at blank lines and unwraps lines', () => {
    expect(paragraphs('a\nb\n\n\nc')).toEqual(['a b', 'c']);
  });

  it('formats full and month-only dates in British style', () => {
    expect(formatDate('2019-05-22')).toBe('22 May 2019');
    expect(formatDate('2022-03')).toBe('March 2022');
  });

  it('cites laws the way Kazakh legislation does', () => {
    expect(formatLaw({ date: '2017-07-11', number: '91-VI' })).toBe('Law of 11.07.2017 No. 91-VI');
  });

  it('orders article numbers numerically, sub-articles after their article', () => {
    expect(['405', '20-1', '174', '20', '3'].sort(compareArticleNumbers)).toEqual(['3', '20', '20-1', '174', '405']);
  });
});
