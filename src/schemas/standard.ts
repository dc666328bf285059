import { z } from 'astro/zod';
import { readReferenceText } from '../lib/referenceText';
import { containsVerbatim, describeMismatch } from '../lib/verbatim';
import { isoDate, prose } from './shared';

/** One international standard: content/standards/<id>.yaml. */
export const standardSchema = z.strictObject({
  /** Heading for the standard's page, e.g. "Freedom of expression". */
  title: z.string().min(1),
  /** Short citation form, e.g. "ICCPR art. 19". */
  shortName: z.string().min(1),
  /** The instrument it belongs to, in full. */
  instrument: z.string().min(1),
  /** The provision within the instrument, e.g. "Article 19", "Operative paragraph 3". */
  provision: z.string().min(1),
  /** Binding treaty, authoritative interpretation, Security Council resolution or soft law. */
  kind: z.enum(['treaty', 'declaration', 'general-comment', 'resolution', 'soft-law']),
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
  textFile: z.string().regex(/^[a-z0-9/.-]+\.md$/).optional(),
  /**
   * File under content/reference/ whose header records the instrument (its date and symbol) when its text is
   * not quoted, e.g. a copy marked "WORDING IN DOUBT": only the header is read, for `instrumentDetails`.
   */
  recordFile: z.string().regex(/^[a-z0-9/.-]+\.md$/).optional(),
  /** What the standard requires, in the project's own words (labelled as a summary). */
  summary: prose,
  /**
   * What a citation of the instrument itself needs beyond its name, each taken from the stored text's header
   * or the instrument line above (checked at build): dates as "16 December 1966" there, the symbol verbatim.
   */
  instrumentDetails: z.strictObject({
    /** Adoption (or, for a declaration, proclamation) date. */
    adopted: isoDate.optional(),
    /** Entry into force, for a treaty. */
    inForce: isoDate.optional(),
    /** UN document symbol, e.g. "S/RES/1566 (2004)". */
    symbol: z.string().min(1).optional(),
  }).optional(),
  /** Official address of the instrument, where one is known. */
  url: z.url().optional(),
  /** When we last checked this entry. */
  lastReviewed: isoDate,
}).superRefine((standard, ctx) => {
  const details = standard.instrumentDetails;
  if (details) {
    // Where the facts may come from: the instrument line and the stored text's header (title and meta lines).
    const headerFile = standard.textFile ?? standard.recordFile;
    const stored = headerFile ? readReferenceText(headerFile) : null;
    const held = [standard.instrument, stored?.title ?? '', ...Object.values(stored?.meta ?? {})].join('\n');
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const written = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${months[(m ?? 1) - 1]} ${y}`; };
    for (const key of ['adopted', 'inForce'] as const) {
      const iso = details[key];
      if (iso && !held.includes(written(iso))) ctx.addIssue({ code: 'custom', path: ['instrumentDetails', key], message: `"${written(iso)}" is not in the instrument line or the header of content/reference/${headerFile ?? '(no textFile or recordFile)'}` });
    }
    if (details.symbol && !held.includes(details.symbol)) ctx.addIssue({ code: 'custom', path: ['instrumentDetails', 'symbol'], message: `"${details.symbol}" is not in the instrument line or the header of content/reference/${headerFile ?? '(no textFile or recordFile)'}` });
  }
  if ((standard.text === undefined) !== (standard.textFile === undefined)) {
    ctx.addIssue({ code: 'custom', path: [standard.text === undefined ? 'text' : 'textFile'], message: 'text and textFile go together: a quoted text needs the file it is quoted from' });
    return;
  }
  if (standard.text === undefined || standard.textFile === undefined) return;
  const ref = readReferenceText(standard.textFile);
  if (!ref) {
    ctx.addIssue({ code: 'custom', path: ['textFile'], message: `no reference text content/reference/${standard.textFile}` });
  } else if (/^WORDING IN DOUBT/i.test(ref.meta.completeness ?? '')) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: `content/reference/${standard.textFile} is marked "WORDING IN DOUBT": do not quote it; drop text and textFile and summarise the provision` });
  } else if (!ref.meta.print) {
    ctx.addIssue({ code: 'custom', path: ['textFile'], message: `content/reference/${standard.textFile} has no "print:" line saying which copy of the instrument it is` });
  } else if (!containsVerbatim(ref.body, standard.text)) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: `not verbatim in content/reference/${standard.textFile}: ${describeMismatch(ref.body, standard.text)}` });
  }
});
export type StandardData = z.infer<typeof standardSchema>;
