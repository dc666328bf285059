/** The download formats of an entry's citation: CSL-JSON, BibTeX and RIS, written by Citation.js. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cslItem } from './csl';
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

/** BibTeX, one entry per work. */
export function toBibtex(works: Work[]): string {
  return `${String(new Cite(works.map(cslItem)).format('bibtex', { format: 'text' })).trim()}\n`;
}

/**
 * RIS, one TY … ER record per work. Citation.js maps the fields; the lines are written here because its own
 * writer breaks values every 70 characters, which splits URLs and long names across lines.
 */
export function toRis(works: Work[]): string {
  const records = new Cite(works.map(cslItem)).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return records.map((record) => {
    const lines = [`TY  - ${String(record.TY)}`];
    for (const [tag, value] of Object.entries(record)) {
      if (tag === 'TY') continue;
      for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push('ER  - ');
    return lines.join('\n');
  }).join('\n\n').concat('\n');
}

/** One download file. */
export function download(format: DownloadFormat, works: Work[]): string {
  return format === 'json' ? toCslJson(works) : format === 'bib' ? toBibtex(works) : toRis(works);
}
