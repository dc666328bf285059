import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { entryExtensions, type StoredTexts } from '../corpus/storedTexts';
import { containsVerbatim, notVerbatim } from '../corpus/verbatim';
import { paragraphsOf } from '../corpus/sourceText';
import { attributionProblems, parseAttributions } from '../corpus/attribution';

export {
  concern,
  eventDate,
  gapRole,
  historyKind,
  inForceAnswer,
  isoDate,
  paragraphNumber,
  partialDate,
  reviewDate,
  slug,
  sourceKind,
  standardKind,
  webAddress,
  type Concern,
} from './fragments';

export type CollectionName = 'articles' | 'findings' | 'standards' | 'sources';

/**
 * Every field made by ref(), with the collection it points to. The published JSON Schema (/data/schema/)
 * describes such a field as that collection's id: zod cannot describe reference()'s transform itself.
 */
export const referenceFields = z.registry<{ collection: CollectionName }>();

/**
 * A reference to another entry that fails validation when the entry does not exist.
 * Astro's own reference() only logs a dangling id; entry ids are file names, so the file must exist.
 */
export function ref<C extends CollectionName>(texts: StoredTexts, collection: C) {
  const schema = reference(collection).superRefine((value, ctx) => {
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : String(value);
    const exts = entryExtensions[collection] ?? [];
    if (!texts.hasEntry(collection, id)) {
      ctx.addIssue({
        code: 'custom',
        message: `no ${collection} entry "${id}" (expected content/${collection}/${id}.${exts.join(' or .')})`,
      });
    }
  });
  referenceFields.add(schema, { collection });
  return schema;
}

/**
 * Checks that paragraph `n` exists in the source's stored text and, when given, that `quote` stands in it
 * verbatim. Issues are reported on the entry's own field names.
 */
export function checkPinpoint(
  ctx: z.RefinementCtx,
  texts: StoredTexts,
  sourceId: string,
  n: number,
  quote: string | undefined,
  path: (string | number)[],
): void {
  const blocks = texts.source(sourceId);
  if (!blocks) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'source'],
      message: `source "${sourceId}" has no stored full text (content/sources/${sourceId}.txt), so paragraph ${n} cannot be checked`,
    });
    return;
  }
  const paragraphs = paragraphsOf(blocks);
  const para = paragraphs.find((p) => p.n === n);
  if (!para) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'paragraph'],
      message: `paragraph ${n} does not exist in source "${sourceId}" (it has paragraphs 1–${paragraphs.length})`,
    });
    return;
  }
  if (quote !== undefined && !containsVerbatim(para.text, quote)) {
    const elsewhere = paragraphs.find((p) => containsVerbatim(p.text, quote));
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'quote'],
      message: elsewhere
        ? `quotation is not in paragraph ${n} of "${sourceId}"; it stands in paragraph ${elsewhere.n}`
        : `quotation is ${notVerbatim(`paragraph ${n} of "${sourceId}" (content/sources/${sourceId}.txt)`, para.text, quote)}`,
    });
  }
}

/** Whether a source's words name an article by its number ("art. 405", "Articles 272 and 255"), not inside a longer number. */
export function namesArticle(words: string, number: string): boolean {
  return new RegExp(`(^|\\D)${number}(\\D|$)`).test(words);
}

/**
 * A title, as lists, headings and every citation download print it. Quotation marks inside it are typographic
 * (“…”, ‘…’): a straight " prints straight in every citation style, and biblatex cannot nest it (issue 21, P12).
 */
export const title = z
  .string()
  .min(1)
  .refine((s) => !s.includes('"'), { message: 'write quotation marks inside a title as “…” or ‘…’, not "…"' });

/** Our own prose: never a quotation. Plain text with blank lines between paragraphs. */
export const prose = z.string().trim().min(1);

/**
 * Our prose where it may say what a document said: every pinpoint is written [label](para:<source>/<n> "words")
 * or [label](standard:<id>), and the words are checked in that paragraph (src/corpus/attribution.ts); a bare
 * "para. 11" fails.
 */
export function attributed(texts: StoredTexts) {
  return prose.superRefine((text, ctx) => checkAttributions(ctx, texts, text, []));
}

/** The checks of attributed(), for a field of a schema that is shared without stored texts. */
export function checkAttributions(
  ctx: z.RefinementCtx,
  texts: StoredTexts,
  text: string,
  path: (string | number)[],
): void {
  for (const problem of attributionProblems(texts, text))
    ctx.addIssue({ code: 'custom', path, message: problem.message });
}

/**
 * Checks that an item grounded in a paragraph (an application, a recommendation, an event) carries, in `text`,
 * at least one pinpoint to that paragraph with the words it relies on: the paragraph field alone says where,
 * not what the paragraph said.
 */
export function checkGrounded(
  ctx: z.RefinementCtx,
  item: { source: { id: string }; paragraph?: number | undefined },
  text: string,
  path: (string | number)[],
): void {
  if (item.paragraph === undefined) return;
  const grounded = parseAttributions(text).some(
    (a) => a.kind === 'para' && a.source === item.source.id && a.paragraph === item.paragraph,
  );
  if (!grounded) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `cites paragraph ${item.paragraph} of "${item.source.id}" but gives none of its words: mark the sentence that relies on it with [para. ${item.paragraph}](para:${item.source.id}/${item.paragraph} "the paragraph's own words")`,
    });
  }
}

/** A quotation and the field that holds it. */
export interface Quotation {
  text: string;
  path: (string | number)[];
}

/**
 * Checks that each quotation stands verbatim in the stored reference text `file` (under content/reference/);
 * a missing file is reported on `filePath`, the field that names it.
 */
export function checkQuotedFrom(
  ctx: z.RefinementCtx,
  texts: StoredTexts,
  file: string,
  filePath: (string | number)[],
  quotations: Quotation[],
): void {
  const stored = texts.reference(file);
  if (!stored) {
    ctx.addIssue({ code: 'custom', path: filePath, message: `no stored text content/reference/${file}` });
    return;
  }
  for (const { text, path } of quotations) {
    if (!containsVerbatim(stored.body, text))
      ctx.addIssue({ code: 'custom', path, message: notVerbatim(`content/reference/${file}`, stored.body, text) });
  }
}

/** A file under content/reference/ that quotations are checked against. */
export const referenceFile = z.string().regex(/^[a-z0-9/.-]+\.md$/);

/** An article number as printed ("255", "20-1"); it is also the article's file name and address. */
export const articleNumber = z.string().regex(/^\d+(-\d+)?$/);
