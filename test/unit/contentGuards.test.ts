import { describe, expect, it } from 'vitest';
import { findImpossibleDates, isCalendarDate } from '../../src/lib/calendarDates';
import { findMarkupInText } from '../../src/lib/plainText';
import { isSafeUrl } from '../../src/lib/safeUrl';

describe('calendar dates', () => {
  it('knows real days and months from impossible ones, leap years included', () => {
    for (const good of ['2026-11-29', '2024-02-29', '2000-02-29', '2019-05', '2026-12-31'])
      expect(isCalendarDate(good)).toBe(true);
    for (const bad of [
      '2026-13-45',
      '2022-02-30',
      '2023-02-29',
      '1900-02-29',
      '2026-00-10',
      '2026-04-31',
      '2026-13',
      '2026-11-00',
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('finds an impossible date in YAML whether it is quoted or not, with its line', () => {
    const yaml = [
      'id: x',
      'lastReviewed: 2026-13-45',
      "date: '2022-02-30'",
      'history:',
      '  - { date: 2023-02-29, change: x }',
      'ok: 2026-11-29',
      'month: 2019-05',
      'text: "not 2026-13-45 a date"',
    ].join('\n');
    expect(findImpossibleDates(yaml)).toEqual([
      { line: 2, value: '2026-13-45' },
      { line: 3, value: '2022-02-30' },
      { line: 5, value: '2023-02-29' },
    ]);
  });
});

describe('markup in plain-text fields', () => {
  it('finds tags, comments and declarations anywhere in the data, with the field’s path', () => {
    const data = {
      title: 'A <script>x</script>',
      gaps: [{ explanation: 'fine' }, { explanation: 'see <!-- x -->' }],
      n: 3,
    };
    expect(findMarkupInText(data)).toEqual([
      { path: ['title'], markup: '<script' },
      { path: ['gaps', 1, 'explanation'], markup: '<!--' },
    ]);
  });

  it('accepts comparisons and arrows', () => {
    expect(findMarkupInText({ a: '2 < 5 years', b: 'a -> b', c: '<= 10' })).toEqual([]);
  });
});

describe('addresses content may link to', () => {
  it('accepts the web, e-mail and this site', () => {
    for (const url of [
      'https://www.ohchr.org/x',
      'http://example.org',
      'mailto:a@example.org',
      '/about/',
      '#part-1',
      '../x/',
      'x/',
    ]) {
      expect(isSafeUrl(url)).toBe(true);
    }
  });

  it('rejects script, data and other schemes, however a browser would still read them', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/',
      '\\\\evil.example',
    ]) {
      expect(isSafeUrl(url)).toBe(false);
    }
  });
});
