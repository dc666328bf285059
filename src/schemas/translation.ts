import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { attributed, reviewDate, slug, title } from './shared';

/** Which English a list item translates: the fingerprint of it the build prints (lib/translationChecks.ts). */
const fingerprint = z.string().regex(/^[0-9a-f]{8}$/, { error: 'the fingerprint the build prints: 8 hex digits' });
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
    /** Why the article falls short of each standard, by the standard's id (the English entry's `gaps[].explanation`). */
    gaps: z.record(slug, attributed(texts)).default({}),
    /** Each documented application, by its id: when (as the English `when` gives it) and what happened. */
    applications: z
      .record(slug, z.strictObject({ when: z.string().min(1), description: attributed(texts) }))
      .default({}),
    /** Each recommendation, by its id (the English `recommendations[].text`). */
    recommendations: z.record(slug, attributed(texts)).default({}),
    /** The evidence for a recommendation's status, by the recommendation's id (the English `status.note`). */
    statusNotes: z.record(slug, attributed(texts)).default({}),
    /** What each later amendment changed, by the amending law's date (the English `statute.version.later[].change`). */
    amendments: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), attributed(texts)).default({}),
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

/**
 * Our Russian for a timeline event (an item of content/translations/ru/timeline.yaml, with the event's id). Events
 * carry no review date, so `translates` is the fingerprint of the English title and description translated
 * (lib/translationChecks.ts, `englishFingerprint`): when the English changes, the fingerprint no longer matches
 * and the event says its Russian lags; the build's warning gives the new fingerprint.
 */
export function eventTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    id: slug,
    translates: fingerprint,
    title,
    description: attributed(texts),
  });
}

/** Our Russian for a glossary term's note (an item of content/translations/ru/glossary.yaml, with the term's id). */
export function glossaryTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    id: slug,
    translates: fingerprint,
    note: attributed(texts),
  });
}

/**
 * Our Russian for what a source page says in our words (an item of content/translations/ru/sources.yaml, with the
 * source's id): the description, and the notes on the copy held. Sources carry no review date, so `translates`
 * is the fingerprint of the English translated, as for timeline events.
 */
export function sourceTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    id: slug,
    translates: fingerprint,
    description: attributed(texts),
    completeness: z.string().min(1),
    numbering: z.string().min(1).optional(),
    cleanup: z.string().min(1).optional(),
    /** Why each group of paragraphs is not used, in the order of the English `notUsed`. */
    notUsed: z.array(attributed(texts)).optional(),
  });
}

/** Our Russian for a definition's notes (an item of content/translations/ru/definitions.yaml, with its id). */
export function definitionTranslationSchema(texts: StoredTexts) {
  return z.strictObject({
    id: slug,
    translates: fingerprint,
    why: attributed(texts),
    caveat: z.string().min(1).optional(),
  });
}
