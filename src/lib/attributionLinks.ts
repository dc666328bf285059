/**
 * Our prose as pieces a page renders: plain text, and pinpoints as links to the paragraph they rely on, each
 * with the source's supporting words (shown as the link's title). The words were checked at build.
 */
import { parseAttributions, withoutAttributionMarkup } from '../corpus/attribution';
import { attributionTarget } from './attributionTarget';
import { sitePath } from './urls';

export type ProsePiece = { text: string } | { label: string; href: string; words: string | undefined };

export function prosePieces(text: string): ProsePiece[] {
  const pieces: ProsePiece[] = [];
  let at = 0;
  for (const a of parseAttributions(text)) {
    if (a.start > at) pieces.push({ text: text.slice(at, a.start) });
    const href =
      a.kind === 'para'
        ? `para:${a.source}/${a.paragraph}`
        : a.kind === 'excerpt'
          ? `source:${a.source}`
          : `standard:${a.standard}`;
    const target = attributionTarget(href);
    pieces.push(
      target
        ? { label: a.label, href: sitePath(target), words: a.kind === 'standard' ? undefined : a.words }
        : { text: a.label },
    );
    at = a.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** Our prose as plain text, each pinpoint by its label: for meta descriptions, feeds and other plain text. */
export const plainProse = withoutAttributionMarkup;
