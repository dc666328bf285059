import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOnce, syncBrokenContent } from '../helpers/fixtures';
import { runAstro } from '../helpers/astro';

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
    expect(run.output).toMatch(/articles\.0\b/);
    expect(run.output).toContain('no articles entry "999"');
  });

  // A link "named in the source" must keep words that stand in the cited paragraph (../shared/DESIGN.md, "Provenance").
  const finding = 'findings/sr-2019-socially-dangerous-consequences.yaml';

  it('rejects a standard marked named whose words are not in the cited paragraph', () => {
    const run = syncBrokenContent('named-words-missing', (dir) => {
      replaceOnce(path.join(dir, finding), '  - { id: iccpr-19, basis: analysis }', "  - { id: iccpr-19, basis: named, words: 'article 19 of the International Covenant on Civil and Political Rights' }");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards\.1\.words/);
    expect(run.output).toContain('standards item 2 ("iccpr-19")');
    expect(run.output).toContain('do not stand verbatim in paragraph 8 of "sr-2019-preliminary-findings"');
  });

  it('rejects an article marked named whose words name another article', () => {
    const run = syncBrokenContent('named-words-other-article', (dir) => {
      replaceOnce(path.join(dir, finding), "words: 'article 255 of the Criminal Code'", "words: 'article 256 of the Criminal Code'");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/articles\.1\.words/);
    expect(run.output).toContain('do not contain the article number 255');
  });

  it('rejects a link marked named without words, and words on an analysis link', () => {
    const run = syncBrokenContent('named-without-words', (dir) => {
      replaceOnce(path.join(dir, finding), "  - { id: iccpr-15, basis: analysis }", '  - { id: iccpr-15, basis: named }');
      replaceOnce(path.join(dir, finding), "  - { id: '180', basis: named, words:", "  - { id: '180', basis: analysis, words:");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards\.0\.words/);
    expect(run.output).toContain('basis "named" needs words');
    expect(run.output).toMatch(/articles\.0\.words/);
    expect(run.output).toContain('basis "analysis" takes no words');
  });

  it('rejects named words said to stand in a footnote the paragraph does not mark', () => {
    const run = syncBrokenContent('named-footnote-unmarked', (dir) => {
      replaceOnce(path.join(dir, finding), "  - { id: gc34-para-46, basis: analysis }", "  - { id: gc34-para-46, basis: named, words: 'CCPR/C/CG/34 para 46', footnote: 7 }");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(finding);
    expect(run.output).toMatch(/standards\.4\.footnote/);
    expect(run.output).toContain('carries no marker of footnote 7');
  });

  it('rejects a dangling standard in an article’s gaps', () => {
    const run = syncBrokenContent('dangling-gap-standard', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), '  - standard: iccpr-15\n', '  - standard: iccpr-99\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/gaps\.0\.standard/);
    expect(run.output).toContain('"iccpr-99"');
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

  it('rejects unknown keys', () => {
    const run = syncBrokenContent('unknown-key', (dir) => {
      const file = path.join(dir, 'standards/iccpr-19.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}colour: red\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/Unrecognized key.*colour/);
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

  it('rejects a quotation that is not verbatim in its paragraph', () => {
    const run = syncBrokenContent('not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'findings/sr-2019-socially-dangerous-consequences.yaml'), 'extremely general terms', 'extremely broad terms');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('findings/sr-2019-socially-dangerous-consequences.yaml');
    expect(run.output).toMatch(/quote\W.*not verbatim in paragraph 8/);
    expect(run.output).toContain('extremely');
  });

  it('rejects statutory Russian that differs from the stored text by one character', () => {
    const run = syncBrokenContent('statute-one-character', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'от шести до десяти лет', 'от шести до девяти лет');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/statute\.parts\.0\.ru/);
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
    expect(fromSource.output).toMatch(/otherNames\.0\.quote\W.*not verbatim in paragraph 10/);
    const fromReference = syncBrokenContent('other-name-reference', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'quote: "endanger the lives of people"', 'quote: "endanger the life of people"');
    });
    expect(fromReference.status).not.toBe(0);
    expect(fromReference.output).toContain('articles/255.md');
    expect(fromReference.output).toMatch(/otherNames\.1\.quote\W.*not verbatim in content\/reference\/criminal-code\/other-english\/legislationline-255\.md/);
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
