import { describe, expect, it } from 'vitest';
import { findUnsafeMarkdown } from '../../src/lib/markdownSafety';

const lines = (...text: string[]) => text.join('\n');

describe('unsafe Markdown, judged on the syntax tree', () => {
  it('finds raw HTML of every kind CommonMark knows, with its line', () => {
    const body = lines(
      'Some analysis.',
      '',
      '<script>alert(1)</script>',
      '',
      'An <img src=x onerror=alert(1)> inline.',
      '',
      '<IFRAME src="x">',
      '',
      '<meta http-equiv="refresh" content="0;url=https://example.org">',
      '',
      '<!-- hidden -->',
      '',
      '<?php echo 1; ?>',
      '',
      '<!DOCTYPE html>',
      '',
      '<![CDATA[ x ]]>',
      '',
      'closing </div> tag',
    );
    const found = findUnsafeMarkdown(body);
    expect(found.map((f) => f.line)).toEqual([3, 5, 7, 9, 11, 13, 15, 17, 19]);
    expect(found.every((f) => f.problem.startsWith('raw HTML'))).toBe(true);
  });

  // The two bypasses of the pattern-matching guard (UX and security review of 6 December 2026, finding 1).
  it('is not fooled by escaped backticks, which make no code span', () => {
    const found = findUnsafeMarkdown('Escaped backticks: \\`<img src=x data-marker="bypass">\\`');
    expect(found).toEqual([{ line: 1, problem: expect.stringContaining('<img src=x') }]);
  });

  it('is not fooled by a "fence" whose info string holds a backtick, which CommonMark does not read as a fence', () => {
    const body = lines('``` not`a-fence', '<meta http-equiv="refresh" content="3;url=/about/">', '```');
    expect(findUnsafeMarkdown(body)).toEqual([{ line: 2, problem: expect.stringContaining('<meta http-equiv') }]);
  });

  it('finds HTML inside the constructs that hold inline text: lists, quotes, tables, headings, link text', () => {
    const body = lines(
      '- item <b>bold</b>',
      '',
      '> quoted <span style="color:red">x</span>',
      '',
      '| a | b |',
      '|---|---|',
      '| <em>x</em> | y |',
      '',
      '# Heading <script>x</script>',
      '',
      '[text <i>x</i>](https://example.org/)',
    );
    expect(findUnsafeMarkdown(body).map((f) => f.line)).toEqual([1, 1, 3, 3, 7, 7, 9, 9, 11, 11]);
  });

  it('leaves Markdown alone: autolinks, comparisons, code spans, fenced and indented code', () => {
    const body = lines(
      'See <https://www.ohchr.org/> and <mailto:someone@example.org>.',
      '',
      'Penalties of 2 < 5 years, and a -> b.',
      '',
      'The tag `<script>` is shown as text, and so is ``<b>`` here.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
      '~~~',
      '<iframe>',
      '~~~',
      '',
      '    <indented code>',
    );
    expect(findUnsafeMarkdown(body)).toEqual([]);
  });

  it('rejects links and definitions to anything but the web, e-mail and this site, however the scheme is written', () => {
    const body = lines(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:x)',
      '',
      '<javascript:alert(1)>',
      '',
      '[e][ref] and [f](//evil.example/)',
      '',
      '[ref]: file:///etc/passwd',
    );
    const found = findUnsafeMarkdown(body);
    expect(found.map((f) => f.line)).toEqual([1, 1, 1, 1, 3, 5, 7]);
    expect(found.every((f) => f.problem.startsWith('a link to'))).toBe(true);
  });

  it('accepts links to web pages, e-mail, this site and the pinpoints the site resolves', () => {
    const body = lines(
      '[a](https://www.ohchr.org/) [b](http://example.org) [c](mailto:x@example.org) [d](/about/) [e](#part-1)',
      '[f](../standards/iccpr-19/) [g](para:al-kaz-1-2022/37 "riot organizers") [h](standard:gc34-para-48)',
    );
    expect(findUnsafeMarkdown(body)).toEqual([]);
  });

  it('rejects images, which would make a page load from another host', () => {
    expect(findUnsafeMarkdown('![chart](https://example.org/x.png)')).toEqual([
      { line: 1, problem: 'an image: content holds text only' },
    ]);
  });
});
