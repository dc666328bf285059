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

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
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
  const trimmed = query.trim();
  return isExactPhrase(trimmed) ? `"${trimmed.slice(1, -1).trim()}"` : trimmed;
}
