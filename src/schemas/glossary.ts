import { z } from 'astro/zod';
import { paragraphNumber, slug } from './fragments';

/** How a UN document renders a term: its words, checked verbatim against the cited paragraph. */
const rendering = z.strictObject({
  /** The UN document's words. */
  text: z.string().min(1),
  /** The source entry (content/sources/<id>.yaml) with a stored full text. */
  source: slug,
  /** The paragraph of that text where the words stand. */
  paragraph: paragraphNumber,
});

/** One key term of the statutory texts: content/glossary.yaml. */
export const glossaryTermSchema = z.strictObject({
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
});

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${t.id}"` });
    seen.add(t.id);
  });
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
