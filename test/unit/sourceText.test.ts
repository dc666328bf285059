import { describe, expect, it } from 'vitest';
import { paragraphsOf, parseSourceText } from '../../src/corpus/sourceText';

const sample = `First paragraph
continues here.

# A heading

Second paragraph.

Third paragraph 1/ not a note outside Notes.

# Notes

1/ A/HRC/28/66/Add.1 para 3.

3/ The national risk categorization scheme.
`;

describe('parseSourceText', () => {
  const blocks = parseSourceText(sample);

  it('numbers paragraphs in order and skips headings', () => {
    expect(paragraphsOf(blocks).map((p) => p.n)).toEqual([1, 2, 3]);
    expect(paragraphsOf(blocks)[0]?.text).toBe('First paragraph\ncontinues here.');
  });

  it('reads headings', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['A heading', 'Notes']);
  });

  it('keeps the notes’ own numbers, gaps included', () => {
    const notes = blocks.filter((b) => b.kind === 'note');
    expect(notes.map((n) => n.n)).toEqual([1, 3]);
    expect(notes[0]?.text).toBe('A/HRC/28/66/Add.1 para 3.');
  });

  it('accepts Windows line endings', () => {
    expect(paragraphsOf(parseSourceText('a\r\n\r\nb'))).toHaveLength(2);
  });
});
