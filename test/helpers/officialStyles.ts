/**
 * The official CSL styles that Zotero and every citeproc-js user format references with, from the shared
 * data folder (../shared/csl, not part of the project: its README asks that the styles not be copied in).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import CSL from 'citeproc';
import { citeprocText } from '../../src/lib/citation/citeprocText';
import { projectRoot } from './paths.ts';

export const cslDir = process.env.KZ_CSL_DIR ?? path.join(projectRoot, '..', 'shared', 'csl');
export const hasStyles = existsSync(path.join(cslDir, 'oscola.csl'));
if (!hasStyles && process.env.CI === 'true') {
  throw new Error(`CI=true but no official CSL styles at ${cslDir}: CI runs with ../shared beside the clone`);
}
export const stylesSkipReason = hasStyles ? '' : ` (skipped: no official CSL styles at ${cslDir})`;

export const officialStyles = {
  OSCOLA: { file: 'oscola.csl', locale: 'en-GB' },
  Bluebook: { file: 'bluebook-law-review.csl', locale: 'en-US' },
  'APA 7': { file: 'apa.csl', locale: 'en-US' },
} as const;
export type StyleName = keyof typeof officialStyles;

export type CslItem = Record<string, unknown> & { id: string; type: string };
export type Cite = { id: string; locator?: string; label?: string };

/** Markup and character references out, as a reader sees the text. */
const plain = (html: string): string => citeprocText(html).trim();

/** A function rendering one note citation of an item in a style, as plain text. */
export function renderer(style: StyleName, items: CslItem[]): (cite: Cite) => string {
  const { file, locale } = officialStyles[style];
  const byId = new Map(items.map((i) => [i.id, i]));
  const sys = {
    retrieveLocale: () => readFileSync(path.join(cslDir, `locales-${locale}.xml`), 'utf8'),
    retrieveItem: (id: string) => byId.get(id) ?? {},
  };
  const engine = new CSL.Engine(sys, readFileSync(path.join(cslDir, file), 'utf8'), locale);
  engine.opt.development_extensions.wrap_url_and_doi = false;
  // APA's box on the site is the reference-list entry (its in-text form is only "(Author, year)").
  if (style === 'APA 7') {
    return (cite) => {
      engine.updateItems([cite.id]);
      return plain(engine.makeBibliography()[1].join(''));
    };
  }
  // makeCitationCluster registers nothing: each citation is a first citation, as in the site's boxes.
  return (cite) => plain(engine.makeCitationCluster([cite]));
}
