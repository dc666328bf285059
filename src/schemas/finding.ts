import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { checkPinpoint, concern, isoDate, paragraphNumber, prose, ref } from './shared';

/** One finding of a UN human-rights mechanism: content/findings/<id>.yaml, its quotation checked against `texts`. */
export function findingSchema(texts: StoredTexts) {
  return z.strictObject({
    /** A short headline in our words, e.g. "“Socially dangerous consequences” is too vague". */
    title: z.string().min(1),
    /** The document the finding is in. */
    source: ref(texts, 'sources'),
    /** Paragraph of the source's stored text (#para-<n> on its page). */
    paragraph: paragraphNumber,
    /** The mechanism's words, verbatim from that paragraph (checked at build). */
    quote: z.string().min(1),
    /** What the finding means for the articles, in the project's own words. */
    summary: prose,
    /** The Criminal Code articles it concerns. */
    articles: z.array(ref(texts, 'articles')).default([]),
    /** The standards it measures them against. */
    standards: z.array(ref(texts, 'standards')).default([]),
    /** Concerns from the shared taxonomy. */
    concerns: z.array(concern).min(1),
    /** When we last checked this entry against its source. */
    lastReviewed: isoDate,
  }).superRefine((finding, ctx) => {
    checkPinpoint(ctx, texts, finding.source.id, finding.paragraph, finding.quote, []);
  });
}
