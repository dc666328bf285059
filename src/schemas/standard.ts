import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { checkQuotedFrom, isoDate, prose, referenceFile, standardKind } from './shared';

/** One international standard: content/standards/<id>.yaml. */
const standardFields = z.strictObject({
  /** Heading for the standard's page, e.g. "Freedom of expression". */
  title: z.string().min(1),
  /** Short citation form, e.g. "ICCPR art. 19". */
  shortName: z.string().min(1),
  /** The instrument it belongs to, in full. */
  instrument: z.string().min(1),
  /** The provision within the instrument, e.g. "Article 19", "Operative paragraph 3". */
  provision: z.string().min(1),
  /** Binding treaty, authoritative interpretation, Security Council resolution or soft law. */
  kind: standardKind,
  /**
   * The provision's words, verbatim from a stored reference text (checked at build). Omitted when the
   * project holds no text: then only `summary` is shown, labelled as our summary.
   */
  text: z.string().min(1).optional(),
  /** File under content/reference/ that `text` is quoted from. */
  textFile: referenceFile.optional(),
  /** What the standard requires, in the project's own words (labelled as a summary). */
  summary: prose,
  /** Official address of the instrument, where one is known. */
  url: z.url().optional(),
  /** When we last checked this entry. */
  lastReviewed: isoDate,
});
type Standard = z.output<typeof standardFields>;

/** A quoted text comes with the file it is quoted from, and the other way round. */
function checkTextWithFile(standard: Standard, ctx: z.RefinementCtx): boolean {
  if ((standard.text === undefined) === (standard.textFile === undefined)) return true;
  ctx.addIssue({ code: 'custom', path: [standard.text === undefined ? 'text' : 'textFile'], message: 'text and textFile go together: a quoted text needs the file it is quoted from' });
  return false;
}

/** One international standard: content/standards/<id>.yaml, its quoted text checked against `texts`. */
export function standardSchema(texts: StoredTexts) {
  return standardFields.superRefine((standard, ctx) => {
    if (!checkTextWithFile(standard, ctx) || standard.text === undefined || standard.textFile === undefined) return;
    checkQuotedFrom(ctx, texts, standard.textFile, ['textFile'], [{ text: standard.text, path: ['text'] }]);
  });
}
