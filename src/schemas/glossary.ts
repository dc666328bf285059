import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { containsVerbatim, notVerbatim } from '../corpus/verbatim';
import { checkPinpoint, paragraphNumber, ref, slug } from './shared';

/** One key term of the statutory texts: an item of content/glossary.yaml, checked against `texts`. */
export function glossaryTermSchema(texts: StoredTexts) {
  /** How a UN document renders a term: its words, checked verbatim against the cited paragraph. */
  const rendering = z.strictObject({
    /** The UN document's words. */
    text: z.string().min(1),
    /** The source entry (content/sources/<id>.yaml) with a stored full text. */
    source: ref(texts, 'sources'),
    /** The paragraph of that text where the words stand. */
    paragraph: paragraphNumber,
  });

  return z
    .strictObject({
      /** Where the item stands in the file, counted from 0 (set by the loader): pages list the items in this order. */
      position: z.number().int().min(0),
      /** Stable slug: the term's pinpoint on /glossary/ is #term-<id>. */
      id: slug,
      /** The Russian term in its dictionary form. */
      ru: z.string().min(1),
      /** Pattern (lowercase, regular expression) that finds the term in any inflected form. */
      ruStem: z.string().min(1),
      /** The English this site uses for the term in every translation. */
      en: z.string().min(1),
      /** Pattern (lowercase) that our translation of a part must contain wherever `ruStem` occurs in its Russian. */
      enStem: z.string().min(1),
      /** How the UN documents render the term. */
      un: z.array(rendering),
      /** Why we render it as we do, in our words. */
      note: z.string().min(1).optional(),
    })
    .superRefine((term, ctx) => {
      term.un.forEach((r, i) => {
        const path = ['un', i];
        // checkPinpoint reports a wrong quotation on "quote"; a rendering holds its words in "text".
        checkPinpoint(ctx, texts, r.source.id, r.paragraph, undefined, path);
        const para = texts.source(r.source.id)?.find((b) => b.kind === 'paragraph' && b.n === r.paragraph);
        if (para && !containsVerbatim(para.text, r.text)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'text'],
            message: `"${r.text}" is ${notVerbatim(`paragraph ${r.paragraph} of "${r.source.id}"`, para.text, r.text)}`,
          });
        }
      });
    });
}
