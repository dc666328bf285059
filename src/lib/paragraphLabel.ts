import type { SourceData } from '../schemas/source';
import { numberedBySite } from './citation/site';

/**
 * How a pinpoint into a source reads wherever the site shows one: "para. 8", or "summary para. 3" when the
 * project holds only part of the document, so that nobody cites a paragraph of our partial copy as the
 * document's own paragraph.
 */
export function paragraphLabel(source: Pick<SourceData, 'heldPart'>, paragraph: number): string {
  return `${source.heldPart ? `${source.heldPart} ` : ''}para. ${paragraph}`;
}

/** The words that follow a pinpoint whose numbers are this site's, not the document's; empty otherwise. */
export function numberingNote(source: Pick<SourceData, 'numbering'>): string {
  return numberedBySite(source.numbering) ? 'as numbered by this site' : '';
}

/** A pinpoint with its numbering note, e.g. "para. 8 (as numbered by this site)". */
export function paragraphPinpoint(source: Pick<SourceData, 'heldPart' | 'numbering'>, paragraph: number): string {
  const note = numberingNote(source);
  return `${paragraphLabel(source, paragraph)}${note ? ` (${note})` : ''}`;
}
