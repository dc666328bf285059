import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOnce, syncBrokenContent } from '../helpers/fixtures';

// The checks themselves are unit-tested against texts held in memory (test/unit/schemas.test.ts). Here each
// collection is broken once in a copy of the real content, to prove that `astro sync` runs its schema with the
// stored texts and that the error names the file, the field and the bad value. (That the committed content is
// accepted is proved by the build every suite run starts with.)
describe('content validation', () => {
  it('articles: rejects statutory Russian that differs from the stored text by one character', () => {
    const run = syncBrokenContent('statute-one-character', (dir) => {
      replaceOnce(path.join(dir, 'articles/255.md'), 'от шести до десяти лет', 'от шести до девяти лет');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('articles/255.md');
    expect(run.output).toMatch(/statute\.parts\.0\.ru/);
    expect(run.output).toContain('not verbatim in content/reference/criminal-code/ru-2020-05/255.ru.md');
  });

  it('articles: rejects two files with the same id', () => {
    const run = syncBrokenContent('duplicate-id', (dir) => {
      copyFileSync(path.join(dir, 'articles/255.md'), path.join(dir, 'articles/255.mdx'));
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/DuplicateContentEntrySlug|Duplicate/i);
    expect(run.output).toContain('255.md');
    expect(run.output).toContain('255.mdx');
  });

  it('findings: rejects a quotation that is not verbatim in its paragraph', () => {
    const run = syncBrokenContent('not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'findings/sr-2019-socially-dangerous-consequences.yaml'), 'extremely general terms', 'extremely broad terms');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('findings/sr-2019-socially-dangerous-consequences.yaml');
    expect(run.output).toMatch(/quote\W.*not verbatim in paragraph 8/);
    expect(run.output).toContain('extremely');
  });

  it('standards: rejects unknown keys', () => {
    const run = syncBrokenContent('unknown-key', (dir) => {
      const file = path.join(dir, 'standards/iccpr-19.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}colour: red\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('standards/iccpr-19.yaml');
    expect(run.output).toMatch(/Unrecognized key.*colour/);
  });

  it('sources: rejects a source that claims a full text but is not a UN document', () => {
    const run = syncBrokenContent('news-full-text', (dir) => {
      replaceOnce(path.join(dir, 'sources/the-diplomat-2022-01.yaml'), 'fullText: false', 'fullText: true\nnumbering: by us');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('sources/the-diplomat-2022-01.yaml');
    expect(run.output).toContain('only UN documents may be reproduced in full');
  });

  it('events: rejects a paragraph the source does not have', () => {
    const run = syncBrokenContent('event-bad-paragraph', (dir) => {
      replaceOnce(path.join(dir, 'timeline.yaml'), /(id: arrests-2019[\s\S]*?)\n {2}paragraph: 12\n/, '$1\n  paragraph: 400\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('timeline.yaml');
    expect(run.output).toContain('arrests-2019');
    expect(run.output).toContain('paragraph 400 does not exist');
  });

  it('glossary: rejects a UN rendering that is not verbatim in its paragraph', () => {
    const run = syncBrokenContent('glossary-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'glossary.yaml'), '{ text: discord, source', '{ text: discords, source');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('glossary.yaml');
    expect(run.output).toContain('discord');
    expect(run.output).toMatch(/un\.0\.text\W.*"discords" is not verbatim in paragraph 11/);
  });

  it('definitions: rejects a definition whose Russian differs from the stored law by one character', () => {
    const run = syncBrokenContent('definition-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'definitions.yaml'), 'террористическая группа – организованная группа', 'террористическая группа – организованная групп');
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('definitions.yaml');
    expect(run.output).toContain('cc-3-31-terrorist-group');
    expect(run.output).toMatch(/\bru\W.*not verbatim in content\/reference\/criminal-code\/art-3-definitions\.md/);
  });
});
