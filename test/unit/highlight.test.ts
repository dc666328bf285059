import { describe, expect, it } from 'vitest';
import { markQuotations } from '../../src/lib/highlight';

describe('markQuotations', () => {
  it('marks each quoted stretch once and leaves the rest plain', () => {
    const segments = markQuotations('Alpha beta gamma delta epsilon.', ['beta gamma', 'epsilon']);
    expect(segments).toEqual([
      { text: 'Alpha ', quoted: false },
      { text: 'beta gamma', quoted: true },
      { text: ' delta ', quoted: false },
      { text: 'epsilon', quoted: true },
      { text: '.', quoted: false },
    ]);
  });

  it('merges overlapping quotations', () => {
    const segments = markQuotations('one two three', ['one two', 'two three']);
    expect(segments).toEqual([{ text: 'one two three', quoted: true }]);
  });

  it('matches across line breaks and markup the way the verbatim check does', () => {
    const segments = markQuotations('the **excessive**\nuse', ['excessive use']);
    expect(segments.filter((s) => s.quoted).map((s) => s.text)).toEqual(['excessive use']);
  });

  it('leaves a paragraph without quotations whole', () => {
    expect(markQuotations('plain', [])).toEqual([{ text: 'plain', quoted: false }]);
  });
});
