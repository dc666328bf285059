/**
 * Our Russian texts beside the English entries: which page has one, whether it lags the English it translates,
 * and the rule for quotation marks in it: a «…» quotation in our Russian must be the statute's own words, found
 * verbatim in the Russian text the page shows (a translation of ours is never put in quotation marks).
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { requireEntries, type Article, type Finding, type Standard } from './content';
import { ContentError } from './contentErrors';
import { hasStraightQuotes, lagging, unheldQuotes, unmatchedEnglishQuotes } from './translationChecks';

type ArticleTranslationEntry = CollectionEntry<'articleTranslationsRu'>;

/** Our Russian for an article page: the summary, and the analysis where its body is written. */
export interface ArticleTranslation {
  data: ArticleTranslationEntry['data'];
  /** The analysis in Russian as Markdown, as written ('' while not yet translated). */
  body: string;
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

/** What our Russian for an entry is checked against, and where to say the problem is. */
interface OurRussian {
  file: string;
  fields: Record<string, string | undefined>;
  englishFile: string;
  /** The English entry's words: a “…” quotation must be one it makes. */
  english: string;
  /** The statute's Russian a «…» quotation may quote, and how to name it in an error. */
  held: string;
  heldWhere: string;
}

/**
 * The quotation rules of our Russian, the same for every kind of entry: «…» is the statute's words, “…” a UN
 * document's English exactly as the English entry quotes it, and straight quotes are neither.
 */
function checkOurRussian(r: OurRussian): void {
  for (const [field, text] of Object.entries(r.fields)) {
    if (!text) continue;
    const unheld = unheldQuotes(text, r.held);
    if (unheld.length) {
      throw new ContentError(
        `Content error in ${r.file}: ${field} puts «${unheld.join('», «')}» in quotation marks, but ${unheld.length === 1 ? 'it is' : 'they are'} not in ${r.heldWhere}. Quote the statute word for word, or write the words without «».`,
      );
    }
    if (hasStraightQuotes(text)) {
      throw new ContentError(
        `Content error in ${r.file}: ${field} uses straight quotation marks "…": write «…» for the statute's words and “…” for a UN document's English.`,
      );
    }
    const unmatched = unmatchedEnglishQuotes(text, r.english);
    if (unmatched.length) {
      throw new ContentError(
        `Content error in ${r.file}: ${field} quotes “${unmatched.join('”, “')}”, which the English of ${r.englishFile} does not quote. A UN document is quoted in its English original, as the English entry quotes it, with our Russian after it, unquoted ("в нашем переводе: …").`,
      );
    }
  }
}

/** The Russian text of an article page, checked; undefined where none is written yet. */
export async function articleTranslation(article: Article): Promise<ArticleTranslation | undefined> {
  const translation = await getEntry('articleTranslationsRu', article.id);
  if (!translation) return undefined;
  checkOurRussian({
    file: `content/translations/ru/articles/${article.id}.md`,
    fields: { summary: translation.data.summary, 'the analysis (body)': translation.body },
    englishFile: `content/articles/${article.id}.md`,
    english: `${article.data.summary}\n${article.body ?? ''}`,
    held: russianStatuteText(article),
    heldWhere: `the Russian text of Article ${article.data.number}`,
  });
  return {
    data: translation.data,
    body: (translation.body ?? '').trim(),
    Analysis: translation.body?.trim() ? (await render(translation)).Content : undefined,
  };
}

/** Where the Russian of each kind of entry is kept. */
const translationFolders = {
  articles: { collection: 'articleTranslationsRu', extension: '.md' },
  findings: { collection: 'findingTranslationsRu', extension: '.yaml' },
  standards: { collection: 'standardTranslationsRu', extension: '.yaml' },
} as const;

/** Fails the build on a translation whose entry does not exist: it would never be shown, and no one would know. */
export async function requireTranslated(
  folder: keyof typeof translationFolders,
  entries: { id: string }[],
): Promise<void> {
  const { collection, extension } = translationFolders[folder];
  const known = new Set(entries.map((e) => e.id));
  const orphans = (await getCollection(collection)).filter((t) => !known.has(t.id));
  if (orphans.length) {
    throw new ContentError(
      `Content error in content/translations/ru/${folder}/: ${orphans.map((o) => `${o.id}${extension}`).join(', ')} translate${orphans.length === 1 ? 's' : ''} no entry (there is no content/${folder}/${orphans[0]!.id}${extension}). Name the file after the entry it translates.`,
    );
  }
}

type FindingTranslationEntry = CollectionEntry<'findingTranslationsRu'>;
export type FindingTranslationData = FindingTranslationEntry['data'];

/** Our Russian for a finding, checked like an article's: English quotations only as the English entry makes them. */
export async function findingTranslation(finding: Finding): Promise<FindingTranslationEntry['data'] | undefined> {
  const translation = await getEntry('findingTranslationsRu', finding.id);
  if (!translation) return undefined;
  // A «…» quotation is a statute's words: the Russian text of an article the finding is linked to.
  const articles = await requireEntries(
    finding.data.articles.map((a) => a.id),
    `content/findings/${finding.id}.yaml field articles`,
  );
  checkOurRussian({
    file: `content/translations/ru/findings/${finding.id}.yaml`,
    fields: { title: translation.data.title, summary: translation.data.summary, note: translation.data.note },
    englishFile: `content/findings/${finding.id}.yaml`,
    english: [finding.data.title, finding.data.summary, finding.data.note ?? ''].join('\n'),
    held: articles.map(russianStatuteText).join('\n'),
    heldWhere: 'the Russian text of any article the finding is linked to',
  });
  return translation.data;
}

export type StandardTranslationData = CollectionEntry<'standardTranslationsRu'>['data'];

/** Our Russian for a standard, checked like a finding's: English quotations only as the English entry makes them. */
export async function standardTranslation(standard: Standard): Promise<StandardTranslationData | undefined> {
  const translation = await getEntry('standardTranslationsRu', standard.id);
  if (!translation) return undefined;
  checkOurRussian({
    file: `content/translations/ru/standards/${standard.id}.yaml`,
    fields: { title: translation.data.title, summary: translation.data.summary },
    englishFile: `content/standards/${standard.id}.yaml`,
    english: [standard.data.title, standard.data.summary, standard.data.text ?? ''].join('\n'),
    // No Russian text of any instrument is held, so a «…» quotation in a standard's Russian has nothing to quote.
    held: '',
    heldWhere: 'any Russian text the project holds (none of this instrument is held: quote it in English)',
  });
  return translation.data;
}

/** Our Russian title of each entry, by id, where one is written (for lists that link the Russian pages). */
export async function russianTitles<E extends { id: string }>(
  entries: E[],
  translate: (entry: E) => Promise<{ title: string } | undefined>,
): Promise<Map<string, string>> {
  const titles = await Promise.all(entries.map(async (e) => [e.id, (await translate(e))?.title] as const));
  return new Map(titles.flatMap(([id, title]) => (title ? [[id, title] as const] : [])));
}

/**
 * The English revision a Russian page's translation lags, if it does; the build lists each such page (a warning,
 * not a failure), so the translators see every page to update.
 */
export function lagOf(
  russianPath: string,
  englishReviewed: string,
  translates: string | undefined,
): string | undefined {
  const lags = translates ? lagging(englishReviewed, translates) : undefined;
  if (lags)
    console.warn(
      `[kz/translation] ${russianPath} translates the English of ${translates}; the English was revised on ${lags}.`,
    );
  return lags;
}
