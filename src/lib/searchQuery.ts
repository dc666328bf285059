/**
 * The search page's state and its address: `/search/?q=…&type=Finding&article=Article+255`, so that any
 * search can be shared as a link. Pure functions, used by the page script and unit-tested.
 */
export const filterKeys = ['type', 'article', 'concern', 'source', 'year'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface SearchState {
  query: string;
  /** Selected values per filter; values within one filter are alternatives (any of them). */
  filters: Partial<Record<FilterKey, string[]>>;
}

/**
 * Characters that take no space on screen but break a match: zero-width spaces and joiners, the word joiner,
 * the byte-order mark, soft hyphens and the bidirectional controls. A query pasted from a PDF or a chat often
 * carries them ("extremism" with a zero-width space found 2 results instead of 49).
 */
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Control characters (a NUL from ?q=%00, a pasted tab or line break) separate words at most.
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u001F\u007F]/g;

/** A query as typed or pasted, without invisible or control characters and outer spaces. */
export function cleanQuery(query: string): string {
  return query.replace(invisible, '').replace(control, ' ').trim();
}

/** How much of a query the screen-reader status line repeats: enough to recognise it, not a 10 kB paste. */
export const spokenQueryLength = 80;

/** The query as the status line says it, shortened to `spokenQueryLength` characters at a word where it can. */
export function spokenQuery(query: string, max = spokenQueryLength): string {
  const chars = [...query];
  if (chars.length <= max) return query;
  const cut = chars.slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** Pagefind's filter object: every filter must match, any value within a filter may. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (values && values.length > 0) out[key] = { any: values };
  }
  return out;
}

/** An article, and a part of it when the query names one. */
export interface ArticlePinpoint {
  number: string;
  part: number | null;
}

const number = String.raw`([1-9]\d{0,3}(?:-\d{1,2})?)`;
const articleWord = String.raw`(?:art(?:icle)?|ст(?:атья|\.)?|статьи)\.?\s*`;
const partWord = String.raw`(?:part|p(?:t)?|ч(?:асть|асти)?|para(?:graph)?)\.?\s*`;
// The forms readers write: "174", "art. 174", "ст. 174", "article 174 part 2", "174(2)", "174.2", "ст. 174 ч. 2",
// and the Russian courts' order "ч. 2 ст. 174".
const pinpointForms = [
  new RegExp(
    String.raw`^\s*(?:${articleWord})?${number}\s*(?:(?:,\s*)?${partWord}(\d{1,2})|\((\d{1,2})\)|\.(\d{1,2}))?\s*$`,
    'iu',
  ),
  new RegExp(String.raw`^\s*${partWord}(\d{1,2})\s*,?\s*${articleWord}${number}\s*$`, 'iu'),
];

/**
 * The article (and part) a query names on its own: "405", "Article 20-1", "ст. 174", "article 174 part 2",
 * "174(2)", "174.2", "ст. 174 ч. 2", "ч. 2 ст. 174". Pagefind matches numbers as prefixes (17 finds 174) and
 * cannot tell a part from a paragraph, so such a query is answered from the article list instead.
 */
export function articlePinpointIn(query: string): ArticlePinpoint | null {
  const [direct, russianOrder] = pinpointForms;
  const m = direct?.exec(query);
  if (m) {
    const part = m[2] ?? m[3] ?? m[4];
    return { number: m[1] ?? '', part: part ? Number(part) : null };
  }
  const r = russianOrder?.exec(query);
  return r ? { number: r[2] ?? '', part: Number(r[1]) } : null;
}

/** The article number a query names on its own, as articlePinpointIn reads it. */
export function articleNumberIn(query: string): string | null {
  return articlePinpointIn(query)?.number ?? null;
}

/**
 * The longest word worth searching for. No word of the corpus, in English, Russian or Kazakh, comes near it;
 * a longer "word" is a paste gone wrong (10,000 a's matched 83 pages as prefixes of their words).
 */
export const longestWord = 40;
/** How many words of a query are searched: a pasted page of text is no search. */
export const mostWords = 30;

/** The query Pagefind is given: without words no text could hold, and at most `mostWords` words. */
export function searchableQuery(query: string): string {
  const words = query.split(/\s+/).filter((w) => w && [...w.replace(/^["“«„]|["”»“]$/g, '')].length <= longestWord);
  return words.slice(0, mostWords).join(' ');
}

/** Whether the whole query is one quoted phrase, which Pagefind runs as an exact phrase. */
export function isExactPhrase(query: string): boolean {
  return /^\s*["“«„].+["”»“]\s*$/.test(query);
}

/**
 * Pagefind recognises only straight double quotes as a phrase; readers paste “curly” or «Russian» ones,
 * so a wholly quoted query is normalised to straight quotes.
 */
export function normaliseQuery(query: string): string {
  const trimmed = cleanQuery(query);
  return isExactPhrase(trimmed) ? `"${trimmed.slice(1, -1).trim()}"` : trimmed;
}
