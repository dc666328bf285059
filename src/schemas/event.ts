import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { excerptFile, parseAttributions } from '../corpus/attribution';
import {
  attributed,
  checkGrounded,
  checkPinpoint,
  eventDate,
  namesArticle,
  paragraphNumber,
  ref,
  slug,
  title,
} from './shared';

/** One dated event the sources report: an item of content/timeline.yaml, shown at /timeline/#event-<id>. */
export function eventSchema(texts: StoredTexts) {
  return z
    .strictObject({
      /** Stable slug, used in #event-<id>. */
      id: slug,
      /** When it happened or began, as precisely as the source says. */
      date: eventDate,
      /** When it ended, for events that span days or months ("10–17 May 2019"). */
      end: eventDate.optional(),
      /** A short headline in our words. */
      title: title,
      /** What happened, in the project's own words, taken only from the source. */
      description: attributed(texts),
      /** The source that reports it. */
      source: ref(texts, 'sources'),
      /** The paragraph of the source's stored text that reports it; required whenever the source has one. */
      paragraph: paragraphNumber.optional(),
      /** Criminal Code articles the event concerns. */
      articles: z.array(ref(texts, 'articles')).default([]),
      /**
       * A case the source names without saying which article of the Code was used. It is listed apart on the
       * timeline, with no article, so that no page ties it to an article the source does not name.
       */
      caseWithoutArticle: z.boolean().default(false),
    })
    .superRefine((event, ctx) => {
      checkSpan(event, ctx);
      checkEventPinpoint(event, texts, ctx);
      checkGrounded(ctx, event, event.description, ['description']);
      checkExcerptTie(event, texts, ctx);
      if (event.caseWithoutArticle && event.articles.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles'],
          message: 'a case the source names without an article lists no article: the source does not tie it to one',
        });
      }
    });
}

type Event = { date: string; end?: string | undefined; source: { id: string }; paragraph?: number | undefined };

/**
 * An event from a source held only as an excerpt (a later report, a statement, a news item) carries the
 * excerpt's words, and ties itself to an article only where those words name the article's number: later
 * events are where "which article" is easiest to infer and hardest to check.
 */
function checkExcerptTie(
  event: Event & { description: string; articles: { id: string }[] },
  texts: StoredTexts,
  ctx: z.RefinementCtx,
): void {
  if (!texts.reference(excerptFile(event.source.id))) return;
  const words = parseAttributions(event.description)
    .filter((a) => a.kind === 'excerpt' && a.source === event.source.id)
    .map((a) => (a.kind === 'excerpt' ? (a.words ?? '') : ''));
  if (words.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['description'],
      message: `"${event.source.id}" is held as an excerpt: mark what it says with [label](source:${event.source.id} "its own words")`,
    });
    return;
  }
  event.articles.forEach((article, i) => {
    if (!words.some((w) => namesArticle(w, article.id))) {
      ctx.addIssue({
        code: 'custom',
        path: ['articles', i],
        message: `none of the source's words given names Article ${article.id}: an event is tied to an article only where its source names it`,
      });
    }
  });
}

/** An end date comes after the start and is as precise as it. */
function checkSpan(event: Event, ctx: z.RefinementCtx): void {
  if (event.end !== undefined && !(event.end > event.date)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${event.end} must come after date ${event.date}` });
  }
  if (event.end !== undefined && event.end.length !== event.date.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `date ${event.date} and end ${event.end} must have the same precision`,
    });
  }
}

/** An event from a reproduced source names the paragraph that reports it, and that paragraph exists. */
function checkEventPinpoint(event: Event, texts: StoredTexts, ctx: z.RefinementCtx): void {
  if (event.paragraph !== undefined) {
    checkPinpoint(ctx, texts, event.source.id, event.paragraph, undefined, []);
  } else if (texts.source(event.source.id)) {
    ctx.addIssue({
      code: 'custom',
      path: ['paragraph'],
      message: `source "${event.source.id}" has a stored full text, so the event needs the paragraph that reports it`,
    });
  }
}
