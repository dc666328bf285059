import { describe, expect, it } from 'vitest';
import { findRawHtml } from '../../src/lib/rawHtml';

describe('raw HTML in a Markdown body', () => {
  it('finds tags, comments and declarations with their line', () => {
    const body = [
      'Some analysis.',
      '',
      '<script>alert(1)</script>',
      'An <img src=x onerror=alert(1)> inline.',
      '<IFRAME src="x">',
      '<meta http-equiv="refresh" content="0;url=https://example.org">',
      '<!-- hidden -->',
      '</div>',
    ].join('\n');
    expect(findRawHtml(body)).toEqual([
      { line: 3, markup: '<script' },
      { line: 3, markup: '</script' },
      { line: 4, markup: '<img' },
      { line: 5, markup: '<IFRAME' },
      { line: 6, markup: '<meta' },
      { line: 7, markup: '<!--' },
      { line: 8, markup: '</div' },
    ]);
  });

  it('leaves Markdown alone: autolinks, comparisons, code spans and fenced code', () => {
    const body = [
      'See <https://www.ohchr.org/> and <mailto:someone@example.org>.',
      'Penalties of 2 < 5 years, and a -> b.',
      'The tag `<script>` is shown as text, and so is ``<b>`` here.',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '~~~',
      '<iframe>',
      '~~~',
    ].join('\n');
    expect(findRawHtml(body)).toEqual([]);
  });
});
