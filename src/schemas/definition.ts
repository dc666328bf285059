import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { checkQuotedFrom, ref, referenceFile, slug, title } from './shared';

/** One statutory definition an article's meaning depends on: an item of content/definitions.yaml, checked against `texts`. */
export function definitionSchema(texts: StoredTexts) {
  return z
    .strictObject({
      /** Where the item stands in the file, counted from 0 (set by the loader): pages list the items in this order. */
      position: z.number().int().min(0),
      /** Stable slug: the definition's pinpoint on /definitions/ is #def-<id>. */
      id: slug,
      /** Heading naming the term and where it is defined. */
      title: title,
      /** The stored text under content/reference/ that `ru` is quoted from. */
      file: referenceFile,
      /** The definition in Russian, verbatim from `file` (checked at build). */
      ru: z.string().min(1),
      /** Our English translation of `ru`. */
      en: z.string().min(1),
      /** The articles whose meaning depends on it. */
      articles: z.array(ref(texts, 'articles')).min(1),
      /** Why it matters for those articles, in our words. */
      why: z.string().min(1),
      /** What the stored text's date means for its use, where it is older or later than the Code's text. */
      caveat: z.string().min(1).optional(),
    })
    .superRefine((definition, ctx) => {
      checkQuotedFrom(ctx, texts, definition.file, ['file'], [{ text: definition.ru, path: ['ru'] }]);
    });
}
