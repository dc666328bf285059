/**
 * Footnote markers printed inline in a stored UN text ("an offence in itself.8 She finds …"). A quotation
 * keeps them, because it must stay verbatim, but shows them as superscript references so that a reader
 * copying the sentence sees they are not part of the words.
 */
import { readSourceText } from '../corpus/sourceText';

export type QuotePiece = { text: string } | { note: number };

// A one- or two-digit number right after a letter or closing punctuation and before a space or the end.
const marker = /(?<=[A-Za-z.,;:”’")\]])(\d{1,2})(?=\s|$)/g;

/** Splits `text` at the markers of footnotes the source has (`notes`); other digits are left as text. */
export function splitFootnoteMarkers(text: string, notes: ReadonlySet<number>): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let last = 0;
  for (const m of text.matchAll(marker)) {
    const n = Number(m[1]);
    if (!notes.has(n) || m.index === undefined) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push({ note: n });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The numbers of the footnotes in a source's stored text (none when the project holds no text). */
function footnoteNumbers(sourceId: string): ReadonlySet<number> {
  return new Set((readSourceText(sourceId) ?? []).flatMap((b) => (b.kind === 'note' ? [b.n] : [])));
}

/** A finding's quotation as shown: its whitespace as one line, with the source's footnote markers set apart. */
export function quotationPieces(quote: string, sourceId: string): QuotePiece[] {
  return splitFootnoteMarkers(quote.replace(/\s+/g, ' ').trim(), footnoteNumbers(sourceId));
}
