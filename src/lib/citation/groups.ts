/** Citations of one work in every style the site offers, as "Cite this" boxes show them. */
import { apa, apaInText } from './apa';
import { bluebook } from './bluebook';
import { oscola } from './oscola';
import type { Formatted } from './runs';
import { provisionPin } from './provisions';
import { siteNumberingNote } from './site';
import type { DocumentWork, Work } from './works';

export interface StyledCitation extends Formatted {
  style: 'OSCOLA' | 'Bluebook' | 'APA 7';
  /** APA's in-text form, where the paragraph goes (the reference list has none). */
  inText?: string;
}

/** One cited work: what it is, its citations, and a note (e.g. whose paragraph numbers these are). */
export interface CitationGroup {
  label: string;
  citations: StyledCitation[];
  note?: string;
  /** The biblatex citation command: the work's key in the downloads, with the pinpoint as its postnote. */
  latex: string;
}

/** A "Cite this" box: the permanent address and the works to cite. */
export interface CitationBox {
  permalink: string;
  groups: CitationGroup[];
}

/** Every style's citation of `work`, under `label`. */
export function citationGroup(label: string, work: Work, note?: string): CitationGroup {
  const inText = work.kind === 'document' && work.paragraph !== undefined ? apaInText(work, work.paragraph) : undefined;
  return {
    label,
    citations: [
      { style: 'OSCOLA', ...oscola(work) },
      { style: 'Bluebook', ...bluebook(work) },
      { style: 'APA 7', ...apa(work), ...(inText ? { inText } : {}) },
    ],
    note,
    latex: latexCite(work),
  };
}

/** "\cite[para 10]{key}": a pinpoint goes in the citation command, never into the shared entry. */
export function latexCite(work: Work): string {
  const pin =
    work.kind === 'document' && work.paragraph !== undefined
      ? documentPin(work, work.paragraph)
      : work.kind === 'statute' && work.pinpoint !== undefined
        ? work.pinpoint === 'note'
          ? 'note'
          : `part ${work.pinpoint}`
        : work.kind === 'instrument'
          ? provisionPin(work.provision, 'oscola')
          : undefined;
  return `\\cite${pin ? `[${pin}]` : ''}{${work.key}}`;
}

/**
 * The postnote of a paragraph as the OSCOLA box gives it: "summary para 1" for a paragraph of the part held,
 * and whose numbering it is where the numbers are ours, since the document's own "para 1" is another passage.
 */
function documentPin(work: DocumentWork, paragraph: number): string {
  const pin = `${work.heldPart ? `${work.heldPart} ` : ''}para ${paragraph}`;
  return work.siteNumbered ? `${pin} (${siteNumberingNote})` : pin;
}
