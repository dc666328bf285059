import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { chronologicalKey, formatDateSpan } from '../../src/lib/dateSpan';

describe('dates as precise as the source', () => {
  it('shows a year, a month or a day, never more', () => {
    expect(formatDate('2011')).toBe('2011');
    expect(formatDate('2016-06')).toBe('June 2016');
    expect(formatDate('2019-05-10')).toBe('10 May 2019');
  });

  it('shortens spans the way English prose does', () => {
    expect(formatDateSpan('2019-05-10', '2019-05-17')).toEqual(['10', '17 May 2019']);
    expect(formatDateSpan('2019-04', '2019-05')).toEqual(['April', 'May 2019']);
    expect(formatDateSpan('2019-05-30', '2019-06-02')).toEqual(['30 May', '2 June 2019']);
    expect(formatDateSpan('2019-12-30', '2020-01-02')).toEqual(['30 December 2019', '2 January 2020']);
    expect(formatDateSpan('2011', '2016')).toEqual(['2011', '2016']);
    expect(formatDateSpan('2022-01-18')).toEqual(['18 January 2022']);
  });

  it('sorts a date known only to the month after the days of that month', () => {
    const sorted = ['2022-01', '2022-01-18', '2021', '2022-01-02'].sort((a, b) =>
      chronologicalKey(a).localeCompare(chronologicalKey(b)),
    );
    expect(sorted).toEqual(['2021', '2022-01-02', '2022-01-18', '2022-01']);
  });
});
