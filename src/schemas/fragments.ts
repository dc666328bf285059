import { z } from 'astro/zod';

/* Schema pieces that need nothing from Astro's runtime, so plain scripts and tests can use them too. */

/**
 * YAML reads an unquoted 2019-05-22 as a Date and 2011 as a number; a date stays the string the source
 * supports, so that no time zone can shift it and no precision is invented.
 */
const asDateString = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const year = z.string().regex(/^\d{4}$/);

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.preprocess(
  asDateString,
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? 'missing: this field is required; expected a date written YYYY-MM-DD'
        : 'expected a date written YYYY-MM-DD, such as 2026-11-29',
  }),
);

/**
 * The date a review was done: a real calendar date, not after the day of the build (a typo such as 2062 for
 * 2026 would date a page in the future on the page and in every citation).
 */
export const reviewDate = isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), {
  error: 'must not be after the day the site is built; expected the date the entry was last reviewed, YYYY-MM-DD',
});

/**
 * The address of a document on the web: http or https only. A `javascript:` or `data:` address would run or
 * carry code in every citation and open-data file that repeats it.
 */
export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'expected a web address starting https:// (or http://)',
});

/** A date as precise as the source gives it: YYYY-MM-DD or YYYY-MM. */
export const partialDate = z.preprocess(asDateString, z.union([z.iso.date(), yearMonth]));

/** A date of an event, only as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const eventDate = z.preprocess(asDateString, z.union([z.iso.date(), yearMonth, year]));

/** A stable slug: it becomes part of a permanent address. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and single hyphens' });

/**
 * The fixed list of concerns shared by every entry, so pages, search filters and the matrix can group by it.
 * Adding one is a schema change on purpose.
 */
export const concern = z.enum([
  'vagueness',
  'missing-intent',
  'extremism-as-offence',
  'religious-freedom',
  'expression',
  'assembly-association',
  'disproportionate-penalties',
  'due-process',
  'sanctions-listing',
  'targeting-civil-society',
  'use-of-force',
]);
export type Concern = z.infer<typeof concern>;

/** Binding treaty, authoritative interpretation, Security Council resolution or soft law; the order is the standards list's. */
export const standardKind = z.enum(['treaty', 'declaration', 'general-comment', 'resolution', 'soft-law']);
export type StandardKind = z.infer<typeof standardKind>;

/** UN documents are reproduced in full; news and NGO publications are only cited and described. */
export const sourceKind = z.enum(['un-document', 'news', 'ngo-report']);
export type SourceKind = z.infer<typeof sourceKind>;

/** Whether a text was in force at a date, as far as the texts held tell. */
export const inForceAnswer = z.enum(['yes', 'no', 'unknown']);
export type InForceAnswer = z.infer<typeof inForceAnswer>;

/**
 * How a gap relates an article to a standard: the article falls short of it, or the standard cannot justify
 * the article (a duty to prohibit, such as ICCPR art. 20(2), that the article reaches beyond, so that the
 * rest must be justified under another standard). A duty to prohibit is a floor, not a cap: it is never
 * shown as a limit the State may restrict up to.
 */
export const gapRole = z.enum(['shortfall', 'cannot-justify']);
export type GapRole = z.infer<typeof gapRole>;

/** What an entry's history line records: a revision, or the correction of an error. */
export const historyKind = z.enum(['revision', 'correction']);
export type HistoryKind = z.infer<typeof historyKind>;

/** A pinpoint in a source's stored full text: the paragraph number shown as #para-<n> on its page. */
export const paragraphNumber = z.number().int().positive();
