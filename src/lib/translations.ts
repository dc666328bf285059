/**
 * Our Russian texts beside the English entries: which page has one, whether it lags the English it translates,
 * and the rule for quotation marks in it: a «…» quotation in our Russian must be the statute's own words, found
 * verbatim in the Russian text the page shows (a translation of ours is never put in quotation marks).
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import type { Article } from './content';
import { ContentError } from './contentErrors';
import { lagging, unheldQuotes } from './translationChecks';

type ArticleTranslationEntry = CollectionEntry<'articleTranslationsRu'>;

/** Our Russian for an article page: the summary, and the analysis where its body is written. */
export interface ArticleTranslation {
  data: ArticleTranslationEntry['data'];
  /** The analysis in Russian, rendered; undefined while the body is empty. */
  Analysis?: Awaited<ReturnType<typeof render>>['Content'];
}

/** Everything of an article in Russian the page shows as the statute's words: title, parts, note. */
export function russianStatuteText(article: Article): string {
  const s = article.data.statute;
  return [article.data.title.ru, ...(s?.parts.map((p) => p.ru) ?? []), s?.note?.ru ?? '', s?.footnote?.ru ?? ''].join(
    '\n',
  );
}

/** The Russian text of an article page, checked; undefined where none is written yet. */
export async function articleTranslation(article: Article): Promise<ArticleTranslation | undefined> {
  const translation = await getEntry('articleTranslationsRu', article.id);
  if (!translation) return undefined;
  const held = russianStatuteText(article);
  const fields: [string, string][] = [
    ['summary', translation.data.summary],
    ['the analysis (body)', translation.body ?? ''],
  ];
  for (const [field, text] of fields) {
    const unheld = unheldQuotes(text, held);
    if (unheld.length) {
      throw new ContentError(
        `Content error in content/translations/ru/articles/${article.id}.md: ${field} puts «${unheld.join('», «')}» in quotation marks, but ${unheld.length === 1 ? 'it is' : 'they are'} not in the Russian text of Article ${article.data.number}. Quote the statute word for word, or write the words without «».`,
      );
    }
  }
  return {
    data: translation.data,
    Analysis: translation.body?.trim() ? (await render(translation)).Content : undefined,
  };
}

/** The English revision a translation lags, if the English entry was reviewed after the translation was made. */
export function lagsEnglish(article: Article, translation: ArticleTranslation): string | undefined {
  return lagging(article.data.lastReviewed, translation.data.translates);
}
