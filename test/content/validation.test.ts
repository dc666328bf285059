import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContentCopy, replaceOnce, syncBrokenContent } from '../helpers/fixtures';
import { runAstro } from '../helpers/astro';

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

// Each case breaks one thing in a copy of the real content and expects validation to fail naming the file,
// the field and the bad value.
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

  // A link "named in the source" must keep words that stand in the cited paragraph (../shared/DESIGN.md, "Provenance").
  const finding = 'findings/sr-2019-socially-dangerous-consequences.yaml';

  it('rejects a standard marked named whose words are not in the cited paragraph', () => {
    const run = syncBrokenContent('named-words-missing', (dir) => {
      replaceOnce(path.join(dir, finding), '  - { id: iccpr-19, basis: analysis }', "  - { id: iccpr-19, basis: named, words: 'article 19 of the International Covenant on Civil and Political Rights' }");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards, item 2 → words/);
    expect(run.output).toContain('standards item 2 ("iccpr-19")');
    expect(run.output).toContain('do not stand verbatim in paragraph 8 of "sr-2019-preliminary-findings"');
  });

  it('rejects an article marked named whose words name another article', () => {
    const run = syncBrokenContent('named-words-other-article', (dir) => {
      replaceOnce(path.join(dir, finding), "words: 'article 255 of the Criminal Code'", "words: 'article 256 of the Criminal Code'");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/articles, item 2 → words/);
    expect(run.output).toContain('do not contain the article number 255');
  });

  it('rejects a link marked named without words, and words on an analysis link', () => {
    const run = syncBrokenContent('named-without-words', (dir) => {
      replaceOnce(path.join(dir, finding), "  - { id: iccpr-15, basis: analysis }", '  - { id: iccpr-15, basis: named }');
      replaceOnce(path.join(dir, finding), "  - { id: '180', basis: named, words:", "  - { id: '180', basis: analysis, words:");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards, item 1 → words/);
    expect(run.output).toContain('basis "named" needs words');
    expect(run.output).toMatch(/articles, item 1 → words/);
    expect(run.output).toContain('basis "analysis" takes no words');
  });

  it('rejects named words said to stand in a footnote the paragraph does not mark', () => {
    const run = syncBrokenContent('named-footnote-unmarked', (dir) => {
      replaceOnce(path.join(dir, finding), "  - { id: gc34-para-46, basis: analysis }", "  - { id: gc34-para-46, basis: named, words: 'CCPR/C/CG/34 para 46', footnote: 7 }");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards, item 5 → footnote/);
    expect(run.output).toContain('carries no marker of footnote 7');
  });

  it('rejects a dangling standard in an article’s gaps', () => {
    const run = syncBrokenContent('dangling-gap-standard', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), '  - standard: iccpr-15\n', '  - standard: iccpr-99\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/gaps, item 1 → standard: no standards entry "iccpr-99"/);
  });

  it('rejects two files with the same id', () => {
    const run = syncBrokenContent('duplicate-id', (dir) => {
      copyFileSync(path.join(dir, 'articles/255.md'), path.join(dir, 'articles/255.mdx'));
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/DuplicateContentEntrySlug|Duplicate/i);
    expect(run.output).toContain('255.md');
    expect(run.output).toContain('255.mdx');
  });

  it('rejects a version statement that gives statute citations no "as amended to" date', () => {
    const run = syncBrokenContent('version-without-date', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'which cites laws up to 04.05.2020 No. 321-VI', 'whose laws we did not note');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/statute → version → unchangedUntil/);
    expect(run.output).toContain('as amended to');
  });

  it('rejects an instrument date or symbol that the stored text does not give', () => {
    const run = syncBrokenContent('instrument-details-not-held', (dir) => {
      replaceOnce(path.join(dir, 'standards/iccpr-19.yaml'), 'inForce: 1976-03-23', 'inForce: 1976-03-24');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/instrumentDetails → inForce/);
    expect(run.output).toContain('"24 March 1976" is not in the instrument line');
  });

  it('rejects a personal name not split into family and given name', () => {
    const run = syncBrokenContent('author-not-split', (dir) => {
      replaceOnce(path.join(dir, 'sources/sr-2019-preliminary-findings.yaml'), '  - { family: Ní Aoláin, given: Fionnuala }', '  - Fionnuala Ní Aoláin');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('sources/sr-2019-preliminary-findings.yaml');
    expect(run.output).toMatch(/authors, item 1/);
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

  it('rejects a paragraph number that the source does not have', () => {
    const run = syncBrokenContent('missing-paragraph', (dir) => {
      replaceOnce(path.join(dir, 'findings/sr-2019-socially-dangerous-consequences.yaml'), /^paragraph: \d+$/m, 'paragraph: 999');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('findings/sr-2019-socially-dangerous-consequences.yaml');
    expect(run.output).toContain('paragraph');
    expect(run.output).toContain('paragraph 999 does not exist in source "sr-2019-preliminary-findings"');
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
    expect(run.output).toContain('articles/174.md: raw HTML is not allowed');
    for (const payload of payloads) {
      const tag = /^<[a-z]+/.exec(payload)?.[0] ?? '';
      expect(run.output).toContain(`line ${lineContaining(run.file, payload)}: ${tag}>`);
    }
    expectNoProgrammerNoise(run.output);
  });

  it('rejects statutory Russian that differs from the stored text by one character', () => {
    const run = syncBrokenContent('statute-one-character', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'от шести до десяти лет', 'от шести до девяти лет');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/statute → parts, item 1 → ru: Russian text differs/);
    expect(run.output).toContain('differs from content/reference/criminal-code/ru-2020-05/255.ru.md');
  });

  it('rejects a standard text that is not in its reference file', () => {
    const run = syncBrokenContent('standard-text', (dir) => {
      replaceOnce(path.join(dir, 'standards/iccpr-19.yaml'), 'regardless of frontiers', 'irrespective of frontiers');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/\btext\W.*not verbatim in content\/reference\/standards\/iccpr-19\.md/);
  });

  it('rejects a source that claims a full text but is not a UN document', () => {
    const run = syncBrokenContent('news-full-text', (dir) => {
      replaceOnce(path.join(dir, 'sources/the-diplomat-2022-01.yaml'), 'fullText: false', 'fullText: true\nnumbering: by us');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('sources/the-diplomat-2022-01.yaml');
    expect(run.output).toContain('only UN documents may be reproduced in full');
  });

  it('rejects quoting a standard from a stored copy marked "wording in doubt"', () => {
    const run = syncBrokenContent('standard-wording-in-doubt', (dir) => {
      const file = path.join(dir, 'standards/unsc-1566-para-3.yaml');
      const text = readFileSync(path.join(dir, 'reference/standards/unsc-1566-para-3.md'), 'utf8').split('\n\n').slice(1).join('\n\n').trim();
      writeFileSync(file, `${readFileSync(file, 'utf8')}text: ${JSON.stringify(text)}\ntextFile: standards/unsc-1566-para-3.md\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/unsc-1566-para-3.yaml');
    expect(run.output).toMatch(/\btext\W.*WORDING IN DOUBT.*do not quote it/);
  });

  it('rejects a quoted standard whose stored copy does not say which print it is', () => {
    const run = syncBrokenContent('standard-no-print', (dir) => {
      replaceOnce(path.join(dir, 'reference/standards/iccpr-19.md'), /^print: .*\n/m, '');
      // The content store reuses an entry whose own file is unchanged, so the entry is touched too.
      const entry = path.join(dir, 'standards/iccpr-19.yaml');
      writeFileSync(entry, `${readFileSync(entry, 'utf8')}# reference copy changed\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/textFile\W.*has no "print:" line/);
  });

  it('rejects another English name of an article that is not verbatim where it is said to stand', () => {
    const fromSource = syncBrokenContent('other-name-source', (dir) => {
      replaceOnce(path.join(dir, 'articles/174.md'), 'quote: "incitement to “social, national, ethnic', 'quote: "incitement to “social, national, clan');
    });
    expect(fromSource.status).not.toBe(0);
    expect(fromSource.output).toContain('articles/174.md');
    expect(fromSource.output).toMatch(/otherNames, item 1 → quote\W.*not verbatim in paragraph 10/);
    const fromReference = syncBrokenContent('other-name-reference', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'quote: "endanger the lives of people"', 'quote: "endanger the life of people"');
    });
    expect(fromReference.status).not.toBe(0);
    expect(fromReference.output).toContain('articles/255.md');
    expect(fromReference.output).toMatch(/otherNames, item 2 → quote\W.*not verbatim in content\/reference\/criminal-code\/other-english\/legislationline-255\.md/);
  });

  it('rejects a partial-text marker on a source that holds no text', () => {
    const run = syncBrokenContent('held-part-without-text', (dir) => {
      replaceOnce(path.join(dir, 'sources/the-diplomat-2022-01.yaml'), 'fullText: false', 'fullText: false\nheldPart: summary');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('sources/the-diplomat-2022-01.yaml');
    expect(run.output).toMatch(/heldPart\W.*fullText is false/);
  });
});
