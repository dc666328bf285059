import { z } from 'astro/zod';
import { readReferenceText } from '../lib/referenceText';
import { containsVerbatim, firstMismatch } from '../lib/verbatim';
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
  /** What the standard requires, in the project's own words (labelled as a summary). */
  summary: prose,
  /** Official address of the instrument, where one is known. */
  url: z.url().optional(),
  /** When we last checked this entry. */
  lastReviewed: isoDate,
}).superRefine((standard, ctx) => {
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
    ctx.addIssue({ code: 'custom', path: ['text'], message: `not verbatim in content/reference/${standard.textFile}: first difference after "…${firstMismatch(ref.body, standard.text)?.context ?? ''}"` });
  }
});
export type StandardData = z.infer<typeof standardSchema>;
