import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { droppedHedge } from './hedges';
import { checkLinks, findingLink } from './linkBasis';
import { attributed, checkPinpoint, concern, paragraphNumber, ref, reviewDate, title } from './shared';

/** One finding of a UN human-rights mechanism: content/findings/<id>.yaml, its quotation and named links checked against `texts`. */
export function findingSchema(texts: StoredTexts) {
  return z
    .strictObject({
      /** A short headline in our words, e.g. "“Socially dangerous consequences” is too vague". */
      title: title,
      /** The document the finding is in. */
      source: ref(texts, 'sources'),
      /** Paragraph of the source's stored text (#para-<n> on its page). */
      paragraph: paragraphNumber,
      /** The mechanism's words, verbatim from that paragraph (checked at build). */
      quote: z.string().min(1),
      /**
       * Who speaks in the paragraph, where that is not the document's issuer as a whole: a joint letter of
       * eight mandates whose paragraph is one Special Rapporteur's own statement. The quotation is then
       * attributed to the speaker "in" the document.
       */
      speaker: z.string().min(1).optional(),
      /**
       * What the passage says, in the project's own words (shown as "Our summary"). Only a summary: any
       * argument or context of ours goes in `note`.
       */
      summary: attributed(texts),
      /** Our own comment, argument or context, shown labelled "Our note (analysis)". */
      note: attributed(texts).optional(),
      /**
       * The Criminal Code articles it concerns, each with its basis: `{ id, basis: named, words }` when the
       * cited paragraph names the article (words checked verbatim at build), `{ id, basis: analysis }` when we
       * relate it.
       */
      articles: z.array(findingLink(texts, 'articles')).default([]),
      /**
       * The standards it bears on, each with its basis: `named` (with `words`, checked verbatim in the cited
       * paragraph) when the passage itself invokes the article or instrument, `analysis` when we relate it.
       */
      standards: z.array(findingLink(texts, 'standards')).default([]),
      /** Concerns from the shared taxonomy. */
      concerns: z.array(concern).min(1),
      /** When we last checked this entry against its source. */
      lastReviewed: reviewDate,
    })
    .superRefine((finding, ctx) => {
      checkPinpoint(ctx, texts, finding.source.id, finding.paragraph, finding.quote, []);
      checkLinks(ctx, texts, 'articles', finding.articles, finding.source.id, finding.paragraph);
      checkLinks(ctx, texts, 'standards', finding.standards, finding.source.id, finding.paragraph);
      const hedge = droppedHedge(finding.quote, finding.summary);
      if (hedge) {
        ctx.addIssue({
          code: 'custom',
          path: ['summary'],
          message: `the passage hedges ("${hedge}") but the summary states it flatly: keep the source's hedge ("appears", "reportedly", "may constitute"…)`,
        });
      }
    });
}
