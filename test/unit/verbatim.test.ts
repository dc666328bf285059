import { describe, expect, it } from 'vitest';
import {
  containsVerbatim,
  describeMismatch,
  firstMismatch,
  normaliseForComparison,
  stripInlineMarkup,
} from '../../src/corpus/verbatim';

describe('verbatim comparison', () => {
  it('treats line wrapping as a single space', () => {
    expect(containsVerbatim('one two\n three four', 'two three')).toBe(true);
  });

  it('fails on a single changed character, including look-alike letters', () => {
    expect(containsVerbatim('Закон № 28-VІ', 'Закон № 28-VI')).toBe(false); // Cyrillic І vs Latin I
    expect(containsVerbatim('socially dangerous consequences', 'socially dangerous consequence.')).toBe(false);
  });

  it('distinguishes curly from straight quotation marks', () => {
    expect(containsVerbatim('the term “extremism”', 'the term "extremism"')).toBe(false);
  });

  it('ignores the light markup kept in stored texts', () => {
    expect(stripInlineMarkup('the **excessive** use, *inter alia*, [rejected](#) calls')).toBe(
      'the excessive use, inter alia, rejected calls',
    );
    expect(containsVerbatim('about the **excessive and lethal use**', 'the excessive and lethal')).toBe(true);
  });

  it('keeps a lone asterisk that is not emphasis', () => {
    expect(stripInlineMarkup('UN human rights experts* today')).toBe('UN human rights experts* today');
  });

  it('never accepts an empty quotation', () => {
    expect(containsVerbatim('anything', '  ')).toBe(false);
  });

  it('points at the first difference', () => {
    const miss = firstMismatch('the quick brown fox', 'the quick brawn fox');
    expect(miss?.at).toBe(12);
    expect(miss?.context).toContain('the quick br');
    expect(firstMismatch('abc', 'b')).toBeNull();
  });

  it('shows the stored text and the entry’s side by side, the difference under a caret, even inside the shared words', () => {
    const stored = 'defenders and activists face judicial harassment and obstruct them in their work';
    const lines = describeMismatch(stored, 'activists face judicial persecution and obstruct them').split('\n');
    const storedLine = lines.find((l) => l.includes('stored text:')) ?? '';
    const entryLine = lines.find((l) => l.includes("the entry's text:")) ?? '';
    const caret = (lines.find((l) => l.trim() === '^') ?? '').indexOf('^');
    expect(storedLine).toContain('judicial harassment and obstruct them');
    expect(entryLine).toContain('judicial persecution and obstruct them');
    expect([storedLine[caret], entryLine[caret]]).toEqual(['h', 'p']);
    expect(storedLine.slice(0, caret).replace(/^.*"/, '')).toBe(entryLine.slice(0, caret).replace(/^.*"/, ''));
    expect(describeMismatch('abc', 'xyz')).toContain('first words are not in the stored text');
    expect(describeMismatch('abc', 'b')).toBe('');
  });

  it('normalises only whitespace and markup', () => {
    expect(normaliseForComparison('  a\t\tb\n\nc ')).toBe('a b c');
  });
});
