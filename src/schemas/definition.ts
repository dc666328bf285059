import { z } from 'astro/zod';
import { slug } from './fragments';

/** One statutory definition an article's meaning depends on: content/definitions.yaml. */
export const definitionSchema = z.strictObject({
  /** Stable slug: the definition's pinpoint on /definitions/ is #def-<id>. */
  id: slug,
  /** Heading naming the term and where it is defined. */
  title: z.string().min(1),
  /** The stored text under content/reference/ that `ru` is quoted from. */
  file: z.string().regex(/^[a-z0-9/.-]+\.md$/),
  /** The definition in Russian, verbatim from `file` (checked at build). */
  ru: z.string().min(1),
  /** Our English translation of `ru`. */
  en: z.string().min(1),
  /** The articles (by number) whose meaning depends on it. */
  articles: z.array(z.string().regex(/^\d+(-\d+)?$/)).min(1),
  /** Why it matters for those articles, in our words. */
  why: z.string().min(1),
  /** What the stored text's date means for its use, where it is older or later than the Code's text. */
  caveat: z.string().min(1).optional(),
});

export const definitionsSchema = z.array(definitionSchema);
export type Definition = z.infer<typeof definitionSchema>;
