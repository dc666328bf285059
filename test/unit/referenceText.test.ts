import { describe, expect, it } from 'vitest';
import { parseReferenceText } from '../../src/corpus/referenceText';

describe('parseReferenceText', () => {
  const ref = parseReferenceText(`# Статья 1. Заголовок
source: GitHub repo x, file y
language: ru
completeness: complete

1. Текст первой части.

2. Текст второй части.
`);

  it('separates the provenance header from the text', () => {
    expect(ref.title).toBe('Статья 1. Заголовок');
    expect(ref.meta).toEqual({ source: 'GitHub repo x, file y', language: 'ru', completeness: 'complete' });
    expect(ref.body).toBe('1. Текст первой части.\n\n2. Текст второй части.');
  });

  it('does not let header lines count as text', () => {
    expect(ref.body).not.toContain('GitHub');
  });
});
