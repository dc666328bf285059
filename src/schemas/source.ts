import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { checkAttributions, partialDate, prose, sourceKind, title, webAddress } from './shared';

/** One document the site relies on: content/sources/<id>.yaml, with its full text in <id>.txt when it may be reproduced. */
const sourceFields = z.strictObject({
  /** Full title as the issuer gives it. */
  title: title,
  /** Short title for lists and citations, e.g. "Preliminary findings (2019)". */
  shortTitle: z.string().min(1),
  /** UN documents are reproduced in full; news and NGO publications are only cited and described. */
  kind: sourceKind,
  /** Who issued it (organisation or mandate). */
  issuer: z.string().min(1),
  /**
   * Who speaks in it, as a reader would name them in a sentence, e.g. "the Special Rapporteur". Used in
   * headings that say whose link is whose ("Standards invoked here by the Special Rapporteur"); without it
   * pages say "the source".
   */
  speaker: z.string().min(1).optional(),
  /**
   * The persons who signed or wrote it, as named in it, with the family name given separately: reference
   * managers split a full name at its last space, which makes "Ní Aoláin" "Aoláin".
   */
  authors: z.array(z.strictObject({ family: z.string().min(1), given: z.string().min(1) })).default([]),
  /** Date of issue: YYYY-MM-DD, or YYYY-MM where the copy held gives only the month. */
  date: partialDate,
  /** UN document symbol or reference, e.g. "A/HRC/43/46/Add.1", "AL KAZ 1/2022". */
  symbol: z.string().min(1).optional(),
  /** Address of the original publication, where the copy held records it. */
  url: webAddress.optional(),
  /**
   * What that address is, where a reader citing it needs telling, e.g. "legacy OHCHR address": shown beside
   * the address on the page and in its citations.
   */
  urlNote: z.string().min(1).optional(),
  /** Our description of what the document is and what it covers, in the project's own words. */
  description: prose,
  /** Whether content/sources/<id>.txt holds the document's text (UN documents only). */
  fullText: z.boolean(),
  /**
   * Set only when the stored text is part of the document: which part, in a few words ("summary"). The page
   * then heads the text "<part> held" instead of "Full text", and every pinpoint into it reads
   * "<part> para. n (as numbered by this site)".
   */
  heldPart: z
    .string()
    .regex(/^[a-z][a-z ]*$/, { error: 'a few lowercase words, e.g. "summary"' })
    .optional(),
  /** How complete the stored text is. */
  completeness: z.string().min(1),
  /** How the paragraph numbers shown on the site were assigned. */
  numbering: z.string().min(1).optional(),
  /** What was removed or tidied when the text was stored (site chrome, page breaks…). */
  cleanup: z.string().min(1).optional(),
  /**
   * The paragraphs of the stored text that the site does not use, each group with the reason in a line
   * ("procedural", "about the events, not the law", "covered by finding …"). Every paragraph is either cited
   * somewhere on the site or listed here: the source page says which, and the build fails on one that is
   * neither, or on one listed here that is cited after all.
   */
  notUsed: z
    .array(z.strictObject({ paragraphs: z.array(z.number().int().positive()).min(1), reason: prose }))
    .default([]),
});
type Source = z.output<typeof sourceFields>;

/** Only UN documents are reproduced, each with a statement of how its paragraphs are numbered. */
function checkFullTextAllowed(source: Source, ctx: z.RefinementCtx): void {
  if (source.fullText && source.kind !== 'un-document') {
    ctx.addIssue({
      code: 'custom',
      path: ['fullText'],
      message: `only UN documents may be reproduced in full; this is "${source.kind}"`,
    });
  }
  if (source.urlNote && !source.url) {
    ctx.addIssue({
      code: 'custom',
      path: ['urlNote'],
      message: 'urlNote describes an address, but the entry has no url',
    });
  }
  if (source.heldPart && !source.fullText) {
    ctx.addIssue({
      code: 'custom',
      path: ['heldPart'],
      message: 'heldPart describes a stored text, but fullText is false',
    });
  }
  if (source.fullText && !source.numbering) {
    ctx.addIssue({
      code: 'custom',
      path: ['numbering'],
      message: 'a full text needs a statement of how its paragraphs are numbered',
    });
  }
}

/** One document the site relies on. Whether a stored full text exists is checked by its page's loader, which knows the id. */
export const sourceSchema = sourceFields.superRefine(checkFullTextAllowed);
export type SourceData = z.infer<typeof sourceSchema>;

/** The same, with the description's pinpoints checked against the stored texts (src/content.config.ts). */
export function sourceSchemaChecked(texts: StoredTexts) {
  return sourceSchema.superRefine((source, ctx) => {
    checkAttributions(ctx, texts, source.description, ['description']);
    source.notUsed.forEach((group, i) => checkAttributions(ctx, texts, group.reason, ['notUsed', i, 'reason']));
  });
}
