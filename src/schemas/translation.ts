import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { attributed, reviewDate, title } from './shared';

/**
 * Our Russian text for an article page (content/translations/ru/articles/<number>.md): the summary in the
 * frontmatter, the analysis in the body. `translates` records which English it translates (the English entry's
 * `lastReviewed` when the translation was made), so a page whose English has changed since says its Russian lags.
 */
export function articleTranslationSchema(texts: StoredTexts) {
  return z.object({
    /** The English revision translated: the article's `lastReviewed` when this was written, YYYY-MM-DD. */
    translates: reviewDate,
    /** «Кратко»: our summary in Russian. Pinpoints are written as in the English, and checked the same way. */
    summary: attributed(texts),
  });
}

export type ArticleTranslationData = z.infer<ReturnType<typeof articleTranslationSchema>>;

/**
 * Our Russian for a finding page (content/translations/ru/findings/<id>.yaml): its title, and its summary and
 * note where written. The passage itself is never translated here: it is the UN's words, quoted in English.
 */
export function findingTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    /** The English revision translated: the finding's `lastReviewed` when this was written. */
    translates: reviewDate,
    title,
    summary: attributed(texts).optional(),
    note: attributed(texts).optional(),
  });
}

/** Our Russian for a standard page (content/translations/ru/standards/<id>.yaml): its title, and summary where written. */
export function standardTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    /** The English revision translated: the standard's `lastReviewed` when this was written. */
    translates: reviewDate,
    title,
    summary: attributed(texts).optional(),
  });
}
