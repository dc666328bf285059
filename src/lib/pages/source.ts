import { paragraphsOf, readSourceText, sourceTextFile } from '../../corpus/sourceText';
import { findingsBySourceParagraph, paragraphsCitedOf, type Source } from '../content';
import { paragraphCoverage } from '../coverage';
import { readReferenceText } from '../../corpus/referenceText';
import { excerptFile } from '../../corpus/attribution';
import { paragraphs } from '../text';
import { textLanguage } from '../../i18n/locales';

/**
 * Everything a source's page shows: the source, its stored full text when it is reproduced, and the
 * findings that quote each paragraph. Fails the build when the entry promises a full text the project lacks.
 */
export async function loadSourcePage(source: Source) {
  const blocks = source.data.fullText ? readSourceText(source.id) : null;
  if (source.data.fullText && !blocks) {
    throw new Error(
      `content/sources/${source.id}.yaml says fullText: true, but ${sourceTextFile(source.id)} does not exist.`,
    );
  }
  const quotedBy = await findingsBySourceParagraph(source.id);
  // Every paragraph is accounted for: cited somewhere, or listed as not used with a reason.
  const coverage = blocks
    ? paragraphCoverage(
        paragraphsOf(blocks).map((p) => p.n),
        await paragraphsCitedOf(source.id),
        source.data.notUsed ?? [],
      )
    : null;
  if (coverage && coverage.problems.length > 0) {
    throw new Error(
      [
        `content/sources/${source.id}.yaml does not account for every paragraph of its text:`,
        ...coverage.problems.map((p) => `  ${p}`),
      ].join('\n'),
    );
  }
  return { source, blocks, quotedBy, uses: coverage?.uses ?? new Map() };
}

export type SourcePage = Awaited<ReturnType<typeof loadSourcePage>>;

/**
 * The words of a UN document the project holds only as an excerpt in Russian (content/reference/later/<id>.md,
 * as CCPR/C/KAZ/CO/2 para. 50): the official Russian text, shown verbatim on the document's page with where it
 * came from. Nothing for a publication (cited, never reproduced) or an excerpt in English.
 */
export function heldRussianExcerpt(source: Source) {
  if (source.data.kind !== 'un-document') return undefined;
  const held = readReferenceText(excerptFile(source.id));
  if (!held || textLanguage(held.body) !== 'ru') return undefined;
  return { paragraphs: paragraphs(held.body), from: held.meta.source, completeness: held.meta.completeness };
}
