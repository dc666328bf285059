import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblems, fieldInWords, issueInWords, lineOf } from '../../src/lib/contentErrors';

describe('content errors in words', () => {
  it('names fields in words and counts list items from 1', () => {
    expect(fieldInWords(['findings', 8])).toBe('findings, item 9');
    expect(fieldInWords(['statute', 'parts', 0, 'ru'])).toBe('statute → parts, item 1 → ru');
    expect(fieldInWords([2, 'un', 0, 'text'])).toBe('item 3 → un, item 1 → text');
    expect(fieldInWords([])).toBe('the entry as a whole');
  });

  it('says what was expected instead of zod’s defaults, and keeps the schemas’ own messages', () => {
    expect(issueInWords({ code: 'invalid_type', expected: 'string', input: undefined, message: 'Invalid input' })).toBe(
      'missing: this field is required; expected text',
    );
    expect(issueInWords({ code: 'invalid_type', expected: 'array', input: 'x', message: 'Invalid input' })).toBe(
      'expected a list, found "x"',
    );
    expect(
      issueInWords({ code: 'unrecognized_keys', keys: ['colour'], message: 'Unrecognized key: "colour"' }),
    ).toContain('unknown field "colour"');
    expect(issueInWords({ code: 'invalid_value', values: ['a', 'b'], input: 'c', message: 'Invalid option' })).toBe(
      'expected one of "a", "b", found "c"',
    );
    expect(issueInWords({ code: 'too_small', origin: 'array', minimum: 1, message: 'Too small' })).toBe(
      'must list at least 1 item',
    );
    expect(issueInWords({ code: 'custom', message: 'no findings entry "x"' })).toBe('no findings entry "x"');
  });

  it('finds the line of a field, in a YAML file and in Markdown front matter, or of the entry that lacks it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kz-errors-'));
    const yaml = path.join(dir, 'entry.yaml');
    writeFileSync(yaml, 'title: A\nfindings:\n  - one\n  - two\nquote: >-\n  words\n');
    expect(lineOf(yaml, ['findings', 1])).toBe(4);
    expect(lineOf(yaml, ['quote'])).toBe(5);
    expect(lineOf(yaml, ['missing'])).toBe(1);
    const md = path.join(dir, 'entry.md');
    writeFileSync(md, '---\nnumber: "1"\nhistory:\n  - date: 2020-01-01\n    change: x\n---\nBody\n');
    expect(lineOf(md, ['history', 0, 'change'])).toBe(5);
    expect(describeProblems(md, [{ path: ['history', 0, 'change'], message: 'must not be empty' }])).toMatch(
      /^Content error in .*entry\.md \(one problem\):\n {2}line 5, history, item 1 → change: must not be empty$/,
    );
  });
});
