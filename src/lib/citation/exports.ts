/** The download formats of an entry's citation (and of the whole site's): CSL-JSON, BibTeX (biblatex) and RIS. */
import { bibtexEntry } from './bibtex';
import { cslItem } from './csl';
import { risRecord } from './ris';
import type { Work } from './works';

export const downloadFormats = {
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
  bib: { label: 'BibTeX', type: 'application/x-bibtex' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems' },
} as const;
export type DownloadFormat = keyof typeof downloadFormats;

/** CSL-JSON: an array of items. */
export function toCslJson(works: Work[]): string {
  return `${JSON.stringify(works.map(cslItem), null, 2)}\n`;
}

/** BibTeX for biblatex/biber, one entry per work. */
export function toBibtex(works: Work[]): string {
  return `${works.map(bibtexEntry).join('\n\n')}\n`;
}

/** RIS, one TY … ER record per work. */
export function toRis(works: Work[]): string {
  return `${works.map(risRecord).join('\n\n')}\n`;
}

/** One download file. */
export function download(format: DownloadFormat, works: Work[]): string {
  return format === 'json' ? toCslJson(works) : format === 'bib' ? toBibtex(works) : toRis(works);
}

/**
 * Every work once, by key, for the whole-site files. Two different records under one key would make a
 * LaTeX user's \cite print the wrong work, so that is an error, not a silent choice.
 */
export function uniqueWorks(works: Work[]): Work[] {
  const byKey = new Map<string, { work: Work; record: string }>();
  for (const work of works) {
    const record = JSON.stringify(cslItem(work));
    const seen = byKey.get(work.key);
    if (seen && seen.record !== record)
      throw new Error(`citation key ${work.key} names two different works:\n${seen.record}\n${record}`);
    if (!seen) byKey.set(work.key, { work, record });
  }
  return [...byKey.values()].map((v) => v.work);
}
