import { describe, expect, it } from 'vitest';
import { splitFootnoteMarkers } from '../../src/lib/footnoteMarkers';

describe('footnote markers in quotations', () => {
  it('separates a marker after a full stop when the source has that footnote', () => {
    expect(splitFootnoteMarkers('an offence in itself.8 She finds', new Set([8]))).toEqual([
      { text: 'an offence in itself.' },
      { note: 8 },
      { text: ' She finds' },
    ]);
  });

  it('leaves numbers that are not footnotes of the source, and figures, as text', () => {
    expect(splitFootnoteMarkers('risk category (2.23),2 with 278 people', new Set([8]))).toEqual([
      { text: 'risk category (2.23),2 with 278 people' },
    ]);
    expect(splitFootnoteMarkers('article 405 of the Code', new Set([40, 5]))).toEqual([
      { text: 'article 405 of the Code' },
    ]);
  });

  it('finds a marker at the end of the text', () => {
    expect(splitFootnoteMarkers('obligations.11', new Set([11]))).toEqual([{ text: 'obligations.' }, { note: 11 }]);
  });
});
