import { z } from 'astro/zod';

/* Schema pieces that need nothing from Astro's runtime, so plain scripts and tests can use them too. */

/** YAML reads an unquoted 2019-05-22 as a Date; keep dates as YYYY-MM-DD strings so no time zone can shift them. */
const dateToString = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.preprocess(
  dateToString,
  z.iso.date({ error: (issue) => (issue.input === undefined ? 'missing: this field is required; expected a date written YYYY-MM-DD' : 'expected a date written YYYY-MM-DD, such as 2026-11-29') }),
);

/** A date as precise as the source gives it: YYYY-MM-DD or YYYY-MM. */
export const partialDate = z.preprocess(dateToString, z.union([z.iso.date(), z.string().regex(/^\d{4}-\d{2}$/)]));

/** A stable slug: it becomes part of a permanent address. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and single hyphens' });

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

/** A pinpoint in a source's stored full text: the paragraph number shown as #para-<n> on its page. */
export const paragraphNumber = z.number().int().positive();
