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

/** A query as typed or pasted, without invisible characters and outer spaces. */
export function cleanQuery(query: string): string {
  return query.replace(invisible, '').trim();
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

/**
 * An article number typed on its own ("405", "art. 405", "Article 20-1", "ст. 174", "статья 174"). Pagefind
 * matches numbers as prefixes (17 finds 174), so a bare number is answered from the article list instead.
 */
export function articleNumberIn(query: string): string | null {
  const m = /^\s*(?:(?:art(?:icle)?|ст(?:атья)?)\.?\s*)?(\d{1,4}(?:-\d{1,2})?)\s*$/iu.exec(query);
  return m?.[1] ?? null;
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
