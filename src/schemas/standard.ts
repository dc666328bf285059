import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import {
  checkAttributions,
  checkQuotedFrom,
  isoDate,
  prose,
  referenceFile,
  reviewDate,
  standardKind,
  title,
  webAddress,
} from './shared';

/** One international standard: content/standards/<id>.yaml. */
const standardFields = z.strictObject({
  /** Heading for the standard's page, e.g. "Freedom of expression". */
  title: title,
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
  /**
   * File under content/reference/ that `text` is quoted from. Its header must have a `print:` line saying
   * which copy it is (the page shows it, so no reader takes a secondary copy for the official print), and a
   * copy whose `completeness:` is marked "WORDING IN DOUBT" may not be quoted at all: summarise it instead.
   */
  textFile: referenceFile.optional(),
  /**
   * File under content/reference/ whose header records the instrument (its date and symbol) when its text is
   * not quoted, e.g. a copy marked "WORDING IN DOUBT": only the header is read, for `instrumentDetails`.
   */
  recordFile: referenceFile.optional(),
  /** What the standard requires, in the project's own words (labelled as a summary). */
  summary: prose,
  /**
   * What a citation of the instrument itself needs beyond its name, each taken from the stored text's header
   * or the instrument line above (checked at build): dates as "16 December 1966" there, the symbol verbatim.
   */
  instrumentDetails: z
    .strictObject({
      /** Adoption (or, for a declaration, proclamation) date. */
      adopted: isoDate.optional(),
      /** Entry into force, for a treaty. */
      inForce: isoDate.optional(),
      /** UN document symbol, e.g. "S/RES/1566 (2004)". */
      symbol: z.string().min(1).optional(),
      /** The General Assembly resolution that adopted or proclaimed it, as the header writes it: "217 A (III)". */
      resolution: z.string().min(1).optional(),
      /** Where in that document the instrument is, as the header says it: "appendix". */
      within: z.string().min(1).optional(),
    })
    .optional(),
  /** Official address of the instrument, where one is known. */
  url: webAddress.optional(),
  /** When we last checked this entry. */
  lastReviewed: reviewDate,
});
type Standard = z.output<typeof standardFields>;

/** A quoted text comes with the file it is quoted from, and the other way round. */
function checkTextWithFile(standard: Standard, ctx: z.RefinementCtx): boolean {
  if ((standard.text === undefined) === (standard.textFile === undefined)) return true;
  ctx.addIssue({
    code: 'custom',
    path: [standard.text === undefined ? 'text' : 'textFile'],
    message: 'text and textFile go together: a quoted text needs the file it is quoted from',
  });
  return false;
}

/** A date as the stored headers write it ("16 December 1966"): British English, which the platform knows. */
const asWrittenInHeaders = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The instrument's dates and symbol stand in its instrument line or in the header of its stored text. */
function checkInstrumentDetails(standard: Standard, texts: StoredTexts, ctx: z.RefinementCtx): void {
  const details = standard.instrumentDetails;
  if (!details) return;
  const headerFile = standard.textFile ?? standard.recordFile;
  const stored = headerFile ? texts.reference(headerFile) : null;
  const held = [standard.instrument, stored?.title ?? '', ...Object.values(stored?.meta ?? {})].join('\n');
  const where = `the instrument line or the header of content/reference/${headerFile ?? '(no textFile or recordFile)'}`;
  for (const key of ['adopted', 'inForce'] as const) {
    const iso = details[key];
    if (iso && !held.includes(asWrittenInHeaders(iso)))
      ctx.addIssue({
        code: 'custom',
        path: ['instrumentDetails', key],
        message: `"${asWrittenInHeaders(iso)}" is not in ${where}`,
      });
  }
  for (const key of ['symbol', 'resolution', 'within'] as const) {
    const value = details[key];
    if (value && !held.includes(value))
      ctx.addIssue({ code: 'custom', path: ['instrumentDetails', key], message: `"${value}" is not in ${where}` });
  }
}

/**
 * A quoted copy says which print it is, and a copy marked "WORDING IN DOUBT" is never quoted; false when the
 * text may not be checked further.
 */
function checkQuotableCopy(textFile: string, texts: StoredTexts, ctx: z.RefinementCtx): boolean {
  const stored = texts.reference(textFile);
  if (!stored) return true; // checkQuotedFrom names the missing file
  if (/^WORDING IN DOUBT/i.test(stored.meta.completeness ?? '')) {
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: `content/reference/${textFile} is marked "WORDING IN DOUBT": do not quote it; drop text and textFile and summarise the provision`,
    });
    return false;
  }
  if (!stored.meta.print) {
    ctx.addIssue({
      code: 'custom',
      path: ['textFile'],
      message: `content/reference/${textFile} has no "print:" line saying which copy of the instrument it is`,
    });
    return false;
  }
  return true;
}

/** One international standard: content/standards/<id>.yaml, its quoted text and instrument details checked against `texts`. */
export function standardSchema(texts: StoredTexts) {
  return standardFields.superRefine((standard, ctx) => {
    checkInstrumentDetails(standard, texts, ctx);
    checkAttributions(ctx, texts, standard.summary, ['summary']);
    if (!checkTextWithFile(standard, ctx) || standard.text === undefined || standard.textFile === undefined) return;
    if (!checkQuotableCopy(standard.textFile, texts, ctx)) return;
    checkQuotedFrom(ctx, texts, standard.textFile, ['textFile'], [{ text: standard.text, path: ['text'] }]);
  });
}
