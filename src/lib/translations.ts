/**
 * Our Russian texts beside the English entries: which page has one, whether it lags the English it translates,
 * and the rule for quotation marks in it: a «…» quotation in our Russian must be the statute's own words, found
 * verbatim in the Russian text the page shows (a translation of ours is never put in quotation marks).
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import {
  getArticles,
  getDefinitions,
  getSources,
  requireEntries,
  type Article,
  type Definition,
  type Finding,
  type GlossaryTerm,
  type Source,
  type Standard,
} from './content';
import { ContentError } from './contentErrors';
import {
  englishFingerprint,
  hasStraightQuotes,
  lagging,
  droppedRussianHedge,
  publisherNamesOf,
  strayLatinWords,
  unheldQuotes,
  unmatchedEnglishQuotes,
} from './translationChecks';
import type { TimelineEvent } from './timeline';
import { readReferenceText } from '../corpus/referenceText';
import { excerptFile } from '../corpus/attribution';

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
  /** The English of each field that has one of its own, by the same key: a hedge in it must be kept. */
  englishFields?: Record<string, string | undefined>;
  heldWhere: string;
}

/** The names our Russian may keep in Latin letters: the publishers of the sources that are not UN documents. */
let names: Promise<string[]> | undefined;
const publisherNames = () =>
  (names ??= getSources().then((sources) =>
    publisherNamesOf(
      sources.filter((s) => s.data.kind !== 'un-document').flatMap((s) => [s.data.issuer, s.data.shortTitle]),
    ),
  ));

/**
 * The quotation rules of our Russian, the same for every kind of entry: «…» is the statute's words, “…” a UN
 * document's English exactly as the English entry quotes it, and straight quotes are neither.
 */
async function checkOurRussian(r: OurRussian): Promise<void> {
  const names = await publisherNames();
  for (const [field, text] of Object.entries(r.fields)) {
    if (!text) continue;
    const stray = strayLatinWords(text, names);
    if (stray.length) {
      throw new ContentError(
        `Content error in ${r.file}: ${field} has words in Latin letters (${stray.join(', ')}) outside an English quotation “…”. Translate them; only the name of a publisher the site cites (as its source entry gives it) or a document symbol stays in Latin letters.`,
      );
    }
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
    const dropped = droppedRussianHedge(r.englishFields?.[field] ?? '', text);
    if (dropped) {
      throw new ContentError(
        `Content error in ${r.file}: ${field} drops the hedge of its English (“${dropped}”): keep it (по-видимому, по сообщениям, якобы, может…), so that the Russian asserts no more than the English.`,
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
export function articleTranslation(article: Article): Promise<ArticleTranslation | undefined> {
  // Many pages show an article's Russian: its pages, the standards it falls short of, the home page, the data.
  return once(articleCache, article.id, () => readArticleTranslation(article));
}

const articleCache = new Map<string, Promise<ArticleTranslation | undefined>>();

/** What `make` gives for `key`, read and checked once per build and shared by every page that asks. */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key) ?? make();
  cache.set(key, known);
  return known;
}

async function readArticleTranslation(article: Article): Promise<ArticleTranslation | undefined> {
  const translation = await getEntry('articleTranslationsRu', article.id);
  if (!translation) return undefined;
  const file = `content/translations/ru/articles/${article.id}.md`;
  const { gaps, applications, recommendations, statusNotes, amendments } = translation.data;
  const d = article.data;
  // A translation of a gap, application or recommendation the English entry does not have would never be shown.
  const parts = [
    ['gaps', gaps, d.gaps.map((g) => g.standard.id), 'the id of a standard in its gaps'],
    ['applications', applications, d.applications.map((a) => a.id), 'the id of one of its applications'],
    ['recommendations', recommendations, d.recommendations.map((r) => r.id), 'the id of one of its recommendations'],
    [
      'statusNotes',
      statusNotes,
      d.recommendations.filter((r) => r.status).map((r) => r.id),
      'the id of one of its recommendations that has a status',
    ],
    [
      'amendments',
      amendments,
      (d.statute?.version.later ?? []).map((v) => v.law.date),
      'the date of a law in its statute.version.later',
    ],
  ] as const;
  for (const [field, translated, ids, what] of parts) {
    const unknown = Object.keys(translated).filter((id) => !(ids as readonly string[]).includes(id));
    if (unknown.length) {
      throw new ContentError(
        `Content error in ${file}: ${field} translates ${unknown.join(', ')}, which content/articles/${article.id}.md does not have. Use ${what}.`,
      );
    }
  }
  await checkOurRussian({
    file,
    fields: {
      summary: translation.data.summary,
      'the analysis (body)': translation.body,
      ...Object.fromEntries(
        parts.flatMap(([field, translated]) =>
          Object.entries(translated).flatMap(([id, value]) =>
            typeof value === 'string'
              ? [[`${field}.${id}`, value]]
              : Object.entries(value).map(([key, text]) => [`${field}.${id}.${key}`, text]),
          ),
        ),
      ),
    },
    englishFile: `content/articles/${article.id}.md`,
    english: [
      d.summary,
      article.body ?? '',
      ...d.gaps.map((g) => g.explanation),
      ...d.applications.map((a) => a.description),
      ...d.recommendations.map((r) => r.text),
      ...d.recommendations.map((r) => r.status?.note ?? ''),
      ...(d.statute?.version.later ?? []).map((v) => v.change),
    ].join('\n'),
    englishFields: {
      summary: d.summary,
      'the analysis (body)': article.body,
      ...Object.fromEntries(d.gaps.map((g) => [`gaps.${g.standard.id}`, g.explanation])),
      ...Object.fromEntries(d.applications.map((a) => [`applications.${a.id}.description`, a.description])),
      ...Object.fromEntries(d.recommendations.map((r) => [`recommendations.${r.id}`, r.text])),
      ...Object.fromEntries(d.recommendations.map((r) => [`statusNotes.${r.id}`, r.status?.note])),
      ...Object.fromEntries((d.statute?.version.later ?? []).map((v) => [`amendments.${v.law.date}`, v.change])),
    },
    // The statute's words: this article's, and the statutory definitions the site holds.
    held: [russianStatuteText(article), ...(await getDefinitions()).map((def) => def.ru)].join('\n'),
    heldWhere: `the Russian text of Article ${article.data.number} or of the definitions held`,
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
  await checkOurRussian({
    file: `content/translations/ru/findings/${finding.id}.yaml`,
    fields: { title: translation.data.title, summary: translation.data.summary, note: translation.data.note },
    englishFile: `content/findings/${finding.id}.yaml`,
    englishFields: { title: finding.data.title, summary: finding.data.summary, note: finding.data.note },
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
  await checkOurRussian({
    file: `content/translations/ru/standards/${standard.id}.yaml`,
    fields: { title: translation.data.title, summary: translation.data.summary },
    englishFile: `content/standards/${standard.id}.yaml`,
    englishFields: { title: standard.data.title, summary: standard.data.summary },
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

/** Our Russian for an item of a list file, and whether the English has changed since it was translated. */
export type ListTranslation<F extends string> = Record<F, string> & {
  /** The fingerprint of the English translated, as the translation records it. */
  translates: string;
  /** The fingerprint of the English as it is now, where it differs from the one translated. */
  lags?: string;
};

/** What a list file's translations are checked against. */
interface ListTranslationSpec<F extends string> {
  collection: 'eventTranslationsRu' | 'glossaryTranslationsRu' | 'sourceTranslationsRu' | 'definitionTranslationsRu';
  file: string;
  englishFile: string;
  /** Where the item is shown in Russian, for the build's warning: "/ru/timeline/#event-…". */
  where: (id: string) => string;
  fields: readonly F[];
  /** The English item's words, in the order its fingerprint is taken. */
  english: (id: string) => string[];
  /** The Russian a «…» quotation in the item may quote, and how to name it in an error. */
  held: (id: string) => Promise<string>;
  heldWhere: string;
}

/**
 * Our Russian for the items of a list file (timeline, glossary), by id, checked: the quotation rules of every
 * translation, no item translating one that does not exist, and a warning for each item whose English changed
 * since it was translated (the fingerprint recorded in `translates` no longer matches).
 */
function listTranslations<F extends string>(
  ids: string[],
  spec: ListTranslationSpec<F>,
): Promise<Map<string, ListTranslation<F>>> {
  // Every Russian article page shows the timeline's events.
  return once(listCache, spec.collection, () => checkListTranslations(ids, spec)) as Promise<
    Map<string, ListTranslation<F>>
  >;
}

const listCache = new Map<string, Promise<Map<string, ListTranslation<string>>>>();

async function checkListTranslations<F extends string>(
  ids: string[],
  spec: ListTranslationSpec<F>,
): Promise<Map<string, ListTranslation<F>>> {
  const known = new Set(ids);
  const translations = (await getCollection(spec.collection)) as { id: string; data: Record<string, string> }[];
  const orphans = translations.filter((t) => !known.has(t.id));
  if (orphans.length) {
    throw new ContentError(
      `Content error in ${spec.file}: ${orphans.map((o) => `"${o.id}"`).join(', ')} translate${orphans.length === 1 ? 's' : ''} no item of ${spec.englishFile}. Give each item the id of the one it translates.`,
    );
  }
  const result = new Map<string, ListTranslation<F>>();
  for (const { id, data } of translations) {
    const fields = Object.fromEntries(spec.fields.map((f) => [f, data[f]!])) as Record<F, string>;
    await checkOurRussian({
      file: `${spec.file} (item "${id}")`,
      fields,
      englishFile: `${spec.englishFile} (item "${id}")`,
      english: spec.english(id).join('\n'),
      englishFields: Object.fromEntries(spec.fields.map((f, i) => [f, spec.english(id)[i]])),
      held: await spec.held(id),
      heldWhere: spec.heldWhere,
    });
    const now = englishFingerprint(...spec.english(id));
    if (now !== data.translates)
      console.warn(
        `[kz/translation] ${spec.where(id)} translates English ${data.translates}; the English is now ${now} (write translates: '${now}' in ${spec.file} once the Russian is updated).`,
      );
    result.set(id, { ...fields, translates: data.translates!, ...(now === data.translates ? {} : { lags: now }) });
  }
  return result;
}

/** Our Russian for each timeline event that has it (content/translations/ru/timeline.yaml). */
export function eventTranslations(
  events: TimelineEvent[],
): Promise<Map<string, ListTranslation<'title' | 'description'>>> {
  const byId = new Map(events.map((e) => [e.id, e]));
  return listTranslations(
    events.map((e) => e.id),
    {
      collection: 'eventTranslationsRu',
      file: 'content/translations/ru/timeline.yaml',
      englishFile: 'content/timeline.yaml',
      where: (id) => `/ru/timeline/#event-${id}`,
      fields: ['title', 'description'],
      english: (id) => [byId.get(id)!.data.title, byId.get(id)!.data.description],
      // A «…» may quote the articles the event names, or the Russian words its source is held in (CCPR/C/KAZ/CO/2 para. 50).
      held: async (id) => {
        const event = byId.get(id)!.data;
        const articles = await requireEntries(event.articles, `content/timeline.yaml event "${id}" field articles`);
        return [...articles.map(russianStatuteText), readReferenceText(excerptFile(event.source.id))?.body ?? ''].join(
          '\n',
        );
      },
      heldWhere: 'the Russian text of the articles the event names or the Russian words its source is held in',
    },
  );
}

/** Our Russian for each glossary note that has it (content/translations/ru/glossary.yaml). */
export async function glossaryNotes(terms: GlossaryTerm[]): Promise<Map<string, ListTranslation<'note'>>> {
  const byId = new Map(terms.map((t) => [t.id, t]));
  // The statute's words: the Code's articles and the definitions of the framework laws the site holds.
  const statute = [...(await getArticles()).map(russianStatuteText), ...(await getDefinitions()).map((d) => d.ru)].join(
    '\n',
  );
  return listTranslations(
    terms.map((t) => t.id),
    {
      collection: 'glossaryTranslationsRu',
      file: 'content/translations/ru/glossary.yaml',
      englishFile: 'content/glossary.yaml',
      where: (id) => `/ru/glossary/#term-${id}`,
      fields: ['note'],
      english: (id) => [byId.get(id)!.note ?? ''],
      // A glossary note quotes the statute's Russian words, of any article or definition held.
      held: async (id) => `${statute}\n${byId.get(id)!.ru}`,
      heldWhere: 'the Russian text of the articles, the definitions or the term itself',
    },
  );
}

/** The parts of a source page in our words, in Russian (content/translations/ru/sources.yaml). */
export type SourceTranslation = ListTranslation<'description' | 'completeness'> & {
  numbering?: string;
  cleanup?: string;
};

/**
 * Our Russian for each source that has it, by id, checked like every translation; a «…» may quote the Russian
 * words the source is held in (its excerpt), as a Russian news item's.
 */
export async function sourceTranslations(sources: Source[]): Promise<Map<string, SourceTranslation>> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const english = (id: string) => {
    const d = byId.get(id)!.data;
    // The reasons for unused paragraphs are part of what is translated (notUsedReasons), so they count too.
    return [d.description, d.completeness, d.numbering ?? '', d.cleanup ?? '', ...d.notUsed.map((g) => g.reason)];
  };
  return listTranslations(
    sources.map((s) => s.id),
    {
      collection: 'sourceTranslationsRu',
      file: 'content/translations/ru/sources.yaml',
      englishFile: 'content/sources/',
      where: (id) => `/ru/sources/${id}/`,
      fields: ['description', 'completeness', 'numbering', 'cleanup'],
      english,
      held: async (id) => readReferenceText(excerptFile(id))?.body ?? '',
      heldWhere: 'the Russian words the source is held in (it has none)',
    },
  ) as Promise<Map<string, SourceTranslation>>;
}

/** Our Russian for each statutory definition's notes (why it matters, which wording is held), by id. */
export async function definitionTranslations(
  definitions: Definition[],
): Promise<Map<string, ListTranslation<'why'> & { caveat?: string }>> {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const statute = (await getArticles()).map(russianStatuteText).join('\n');
  return listTranslations(
    definitions.map((d) => d.id),
    {
      collection: 'definitionTranslationsRu',
      file: 'content/translations/ru/definitions.yaml',
      englishFile: 'content/definitions.yaml',
      where: (id) => `/ru/definitions/#def-${id}`,
      fields: ['why', 'caveat'],
      english: (id) => [byId.get(id)!.why, byId.get(id)!.caveat ?? ''],
      // A «…» quotes the definition itself or the Code's articles.
      held: async (id) => `${byId.get(id)!.ru}\n${statute}`,
      heldWhere: 'the Russian text of the definition or of the articles',
    },
  ) as Promise<Map<string, ListTranslation<'why'> & { caveat?: string }>>;
}

/**
 * Our Russian for why each group of a source's paragraphs is not used, by the English reason it translates: one
 * per group of the English `notUsed`, in its order (the build fails on a count that differs).
 */
export async function notUsedReasons(source: Source): Promise<Map<string, string>> {
  const entry = (await getCollection('sourceTranslationsRu')).find((t) => t.id === source.id);
  const russian = entry?.data.notUsed;
  if (!russian) return new Map();
  const english = source.data.notUsed.map((g) => g.reason);
  const file = 'content/translations/ru/sources.yaml';
  if (russian.length !== english.length) {
    throw new ContentError(
      `Content error in ${file} (item "${source.id}"): notUsed has ${russian.length} reasons, but content/sources/${source.id}.yaml has ${english.length} groups. Give one reason per group, in the same order.`,
    );
  }
  await checkOurRussian({
    file: `${file} (item "${source.id}")`,
    fields: Object.fromEntries(russian.map((r, i) => [`notUsed.${i}`, r])),
    englishFile: `content/sources/${source.id}.yaml`,
    english: english.join('\n'),
    englishFields: Object.fromEntries(english.map((e, i) => [`notUsed.${i}`, e])),
    held: '',
    heldWhere: 'any Russian text of this source (none is held)',
  });
  return new Map(english.map((e, i) => [e, russian[i]!]));
}
