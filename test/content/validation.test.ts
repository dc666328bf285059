import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContentCopy, replaceOnce, syncBrokenContent } from '../helpers/fixtures';
import { runAstro } from '../helpers/astro';
import { tmpDir } from '../helpers/paths';

/** The line (from 1) of the first line of `file` that contains `text`, counted independently of the loader. */
function lineContaining(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture: ${text} not in ${file}`);
  return index + 1;
}

/** Runs `astro sync` on a broken copy and also returns the path of the file the test broke. */
function syncBroken(name: string, file: string, breakIt: (path: string) => void): { output: string; status: number | null; file: string } {
  let broken = '';
  const dir = brokenContentCopy(name, (d) => {
    broken = path.join(d, file);
    breakIt(broken);
  });
  const run = runAstro(['sync'], { KZ_CONTENT_DIR: dir });
  return { ...run, file: broken };
}

/** What an editor must never have to read: a stack trace, Astro's garbled field names, zero-based items. */
function expectNoProgrammerNoise(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('**');
  expect(output).not.toContain('Stack trace');
}

// Each case breaks one thing in a copy of the real content and expects `astro sync` to fail naming the file,
// the line, the field and the bad value, as an editor reads it. These cases follow an error through Astro's
// loaders, once for each kind of file (Markdown articles, YAML entries, the glossary, definitions and timeline
// lists) and each kind of failure (a schema rule, a dangling reference, a duplicate id, bad YAML, raw HTML).
// The rules themselves are checked case by case, in milliseconds, in test/unit/schemas.test.ts.
describe('content validation', () => {
  it('accepts the content as committed', () => {
    const run = runAstro(['sync']);
    expect(run.output).toContain('Synced content');
    expect(run.status).toBe(0);
  });

  it('rejects a reference to an entry that does not exist', () => {
    const run = syncBrokenContent('dangling-reference', (dir) => {
      replaceOnce(path.join(dir, 'findings/sr-2019-socially-dangerous-consequences.yaml'), /^articles:\n/m, "articles:\n  - { id: '999', basis: analysis }\n");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('findings/sr-2019-socially-dangerous-consequences.yaml');
    // Items are counted from 1, with the line of the field.
    expect(run.output).toMatch(/line \d+, articles, item 1 → id: no articles entry "999"/);
    expectNoProgrammerNoise(run.output);
  });

  it('rejects a dangling standard in an article’s gaps', () => {
    const run = syncBrokenContent('dangling-gap-standard', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), '  - standard: iccpr-15\n', '  - standard: iccpr-99\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/gaps, item 1 → standard: no standards entry "iccpr-99"/);
  });

  it('rejects an entry saved as .mdx, which could run code at build, before anything reads it', () => {
    const run = syncBrokenContent('mdx-entry', (dir) => {
      const file = path.join(dir, 'articles/179.mdx');
      renameSync(path.join(dir, 'articles/179.md'), file);
      // What the review's trial ran: an import and an expression that writes a file when the site is built.
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nimport { writeFileSync } from 'node:fs'\n\n{writeFileSync('${path.join(dir, 'PWNED.txt')}', 'ran')}\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/content\/articles: 179\.mdx is MDX, which can run code/);
    expect(existsSync(path.join(tmpDir, 'fixtures', 'mdx-entry', 'content', 'PWNED.txt'))).toBe(false);
    expectNoProgrammerNoise(run.output);
  });

  it('rejects a second article file with the same number, naming the file', () => {
    const run = syncBrokenContent('duplicate-number', (dir) => {
      copyFileSync(path.join(dir, 'articles/179.md'), path.join(dir, 'articles/179-copy.md'));
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/179-copy.md: number is "179" but the file is named "179-copy"');
    expectNoProgrammerNoise(run.output);
  });

  it('rejects the raw-HTML bypasses and unsafe links of the security review, naming the file and each line', () => {
    // The links come first: the line after the false fence opens a real one, which runs to the end of the file.
    const added = [
      '[x](javascript:alert(1)) and [d](data:text/html;base64,PHNjcmlwdD4=) and [v](vbscript:msgbox)',
      'Escaped backticks: \\`<img src=x data-marker="bypass-escaped-backtick">\\`',
      '``` not`a-fence\n<meta http-equiv="refresh" content="3;url=/about/?bypass-meta-refresh">\n```',
    ];
    const run = syncBroken('markdown-bypasses', 'articles/174.md', (file) => {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${added.join('\n\n')}\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/174.md: the text holds what Markdown content may not');
    expect(run.output).toContain(`line ${lineContaining(run.file, 'data-marker')}: raw HTML <img src=x`);
    expect(run.output).toContain(`line ${lineContaining(run.file, 'http-equiv')}: raw HTML <meta http-equiv`);
    for (const scheme of ['javascript:', 'data:', 'vbscript:']) {
      expect(run.output).toContain(`line ${lineContaining(run.file, '[x](javascript')}: a link to ${scheme}`);
    }
    expectNoProgrammerNoise(run.output);
  });

  it('rejects an impossible date, quoted or not, before YAML rolls it over into a real one', () => {
    const run = syncBrokenContent('impossible-dates', (dir) => {
      replaceOnce(path.join(dir, 'findings/al-2022-agreed-core-of-terrorism.yaml'), /^lastReviewed: .*$/m, 'lastReviewed: 2026-13-45');
      replaceOnce(path.join(dir, 'sources/the-diplomat-2022-01.yaml'), /^date: .*$/m, "date: '2022-02-30'");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/(al-2022-agreed-core-of-terrorism|the-diplomat-2022-01)\.yaml: a date that does not exist/);
    expect(run.output).toMatch(/line \d+: "(2026-13-45|2022-02-30)" is not a date of the calendar; expected a date written YYYY-MM-DD/);
    expectNoProgrammerNoise(run.output);
  });

  it('rejects a bare "(para. 11)" in a finding’s note, naming the file, the line and the field', () => {
    const run = syncBroken('bare-pinpoint', 'findings/sr-2019-financing-offence-overly-broad.yaml', (file) => {
      replaceOnce(file, /^note: >-\n/m, 'note: >-\n  As the same statement says (para. 11), it is broad.\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `line ${lineContaining(run.file, 'note:')}, note: "para. 11" is a bare pinpoint that nothing checks`,
    );
    expectNoProgrammerNoise(run.output);
  });

  it('rejects supporting words that are not in their paragraph, in an article’s analysis, with the line', () => {
    const run = syncBroken('unsupported-pinpoint', 'articles/255.md', (file) => {
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\nShe said so ([para. 11](para:sr-2019-preliminary-findings/11 "against the media and journalists")).\n`,
      );
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md: a pinpoint in the text that the build cannot check');
    expect(run.output).toContain(
      `line ${lineContaining(run.file, 'She said so')}: pinpoint "para. 11": the supporting words are not verbatim in paragraph 11 of "sr-2019-preliminary-findings"`,
    );
    expectNoProgrammerNoise(run.output);
  });

  it('rejects an address in a YAML url field that is not http(s), and markup in a plain-text field', () => {
    const run = syncBroken('bad-url', 'sources/a-hrc-43-46-add-1.yaml', (file) => {
      replaceOnce(file, /^url: .*$/m, `url: "javascript:alert('x')"`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`line ${lineContaining(run.file, 'url: "javascript')}, url: expected a web address starting https://`);
    const markup = syncBroken('markup-in-text', 'findings/sr-2019-socially-dangerous-consequences.yaml', (file) => {
      replaceOnce(file, /^title: (.*)$/m, 'title: <script>alert(1)</script> $1');
    });
    expect(markup.status).not.toBe(0);
    expect(markup.output).toContain(`line ${lineContaining(markup.file, 'title: <script>')}, title: holds markup (<script>)`);
    expectNoProgrammerNoise(markup.output);
  });

  it('rejects unknown keys', () => {
    const run = syncBrokenContent('unknown-key', (dir) => {
      const file = path.join(dir, 'standards/iccpr-19.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}colour: red\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/unknown field "colour"/);
  });

  it('rejects a quotation that is not verbatim, showing the stored text and the entry’s side by side', () => {
    const run = syncBroken('not-verbatim', 'findings/sr-2019-socially-dangerous-consequences.yaml', (file) => {
      replaceOnce(file, 'extremely general terms', 'extremely broad terms');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('findings/sr-2019-socially-dangerous-consequences.yaml');
    expect(run.output).toContain(`line ${lineContaining(run.file, 'quote:')}, quote: quotation is not verbatim in paragraph 8`);
    const stored = /stored text: +"(.*)"/.exec(run.output)?.[1] ?? '';
    const entry = /the entry's text: +"(.*)"/.exec(run.output)?.[1] ?? '';
    expect(stored).toContain('extremely general terms');
    expect(entry).toContain('extremely broad terms');
    // The two texts line up, and the caret stands under the first character that differs ("g" / "b").
    const lines = run.output.split('\n');
    const entryLine = lines.find((l) => l.includes("the entry's text:")) ?? '';
    const caretLine = lines[lines.indexOf(entryLine) + 1] ?? '';
    const storedLine = lines[lines.indexOf(entryLine) - 1] ?? '';
    expect(entryLine[caretLine.indexOf('^')]).toBe('b');
    expect(storedLine[caretLine.indexOf('^')]).toBe('g');
    expectNoProgrammerNoise(run.output);
  });

  it('names a missing field in words, with the kind of value expected', () => {
    const run = syncBroken('missing-field', 'articles/174.md', (file) => replaceOnce(file, /^lastReviewed: .*\n/m, ''));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Content error in ');
    expect(run.output).toContain('articles/174.md');
    expect(run.output).toContain('lastReviewed: missing: this field is required; expected a date written YYYY-MM-DD');
    expectNoProgrammerNoise(run.output);
  });

  it('reports a file that is not valid YAML with its line, without a stack trace', () => {
    const run = syncBroken('bad-yaml', 'findings/sr-2019-socially-dangerous-consequences.yaml', (file) => {
      replaceOnce(file, /^paragraph: 8\n/m, 'paragraph: 8\n  bad: [unclosed\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`findings/sr-2019-socially-dangerous-consequences.yaml, line ${lineContaining(run.file, 'bad: [unclosed')}: the file is not valid YAML`);
    expect(run.output).not.toContain('../');
    expectNoProgrammerNoise(run.output);
  });

  it('reports bad YAML in an article’s front matter at the file’s own line', () => {
    const run = syncBroken('bad-front-matter', 'articles/180.md', (file) => {
      replaceOnce(file, /^number: '180'\n/m, "number: '180'\n  bad: [unclosed\n");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`articles/180.md, line ${lineContaining(run.file, 'bad: [unclosed')}: the file is not valid YAML`);
    expectNoProgrammerNoise(run.output);
  });

  it('rejects raw HTML in an article’s text, naming the file and each line', () => {
    const payloads = [
      '<script>alert(document.domain)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://example.org/"></iframe>',
      '<meta http-equiv="refresh" content="3;url=https://example.org/phish">',
    ];
    const run = syncBroken('raw-html', 'articles/174.md', (file) => {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${payloads.join('\n\nSome words.\n\n')}\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/174.md: the text holds what Markdown content may not');
    for (const payload of payloads) {
      const tag = /^<[a-z]+/.exec(payload)?.[0] ?? '';
      expect(run.output).toContain(`line ${lineContaining(run.file, payload)}: raw HTML ${tag}`);
    }
    expectNoProgrammerNoise(run.output);
  });

  // The glossary, the definitions and the timeline are lists kept in one file each (file() collections):
  // errors name the file, the item's line and its field, counted from 1.
  it('glossary: rejects a UN rendering that is not verbatim in its paragraph, naming the file and the field', () => {
    const run = syncBrokenContent('glossary-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'glossary.yaml'), '{ text: discord, source', '{ text: discords, source');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/glossary\.yaml[\s\S]*line \d+, item 2 → un, item 1 → text: "discords" is not verbatim in paragraph 11/);
    expectNoProgrammerNoise(run.output);
  });

  it('definitions: rejects a definition whose Russian differs from the stored law by one character', () => {
    const run = syncBrokenContent('definition-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'definitions.yaml'), 'террористическая группа – организованная группа', 'террористическая группа – организованная групп');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/definitions\.yaml[\s\S]*line \d+, item 5 → ru: not verbatim in content\/reference\/criminal-code\/art-3-definitions\.md/);
    expectNoProgrammerNoise(run.output);
  });

  it('events: rejects a second item with the same id, naming both lines', () => {
    const run = syncBrokenContent('event-duplicate-id', (dir) => {
      const file = path.join(dir, 'timeline.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n- id: arrests-2019\n  date: '2019'\n  title: A copy\n  description: A copy.\n  source: the-diplomat-2022-01\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/timeline\.yaml: the id "arrests-2019" is used twice, at lines \d+ and \d+/);
    expectNoProgrammerNoise(run.output);
  });

  it('events: rejects a paragraph the source does not have', () => {
    const run = syncBrokenContent('event-bad-paragraph', (dir) => {
      replaceOnce(path.join(dir, 'timeline.yaml'), /(id: arrests-2019[\s\S]*?)\n {2}paragraph: 12\n/, '$1\n  paragraph: 400\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('timeline.yaml');
    expect(run.output).toContain('paragraph 400 does not exist');
  });
});
