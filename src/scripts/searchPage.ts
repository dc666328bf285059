import { fill } from '../i18n/fill';
import { urls } from '../lib/urls';
import {
  articlePinpointIn,
  cleanQuery,
  filterKeys,
  normaliseQuery,
  pagefindFilters,
  paramsFromState,
  searchableQuery,
  spokenQuery,
  stateFromParams,
  type SearchState,
} from '../lib/searchQuery';

/** The subset of Pagefind's JS API this page uses (the bundle is generated at build time, so it has no types here). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  debouncedSearch: (q: string | null, o?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const base = urls.home();
// Each result's fragment is a separate request (Pagefind's r.data()), so only what a reader sees first is
// fetched with the search: five results, as Starlight's search shows; "Show more" fetches ten at a time.
const firstBatch = 5;
const pageSize = 10;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('#search-status');
const resultsList = document.querySelector<HTMLOListElement>('#search-results');
const direct = document.querySelector<HTMLElement>('#search-direct');
const filtersBox = document.querySelector<HTMLElement>('#search-filters');
const filtersPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel');
const more = document.querySelector<HTMLButtonElement>('#search-more');
// The page's language and its words (SearchPage.astro, from the dictionary); "{n}", "{query}"… are filled in here.
const lang = document.documentElement.lang === 'ru' ? 'ru' : 'en';
const words = JSON.parse(form?.dataset.searchText ?? '{}') as Record<string, string>;
const say = (key: string, values: Record<string, string | number> = {}) => fill(words[key] ?? key, values);
const plural = new Intl.PluralRules(lang);
const resultCount = (n: number) => {
  const form = plural.select(n);
  return say(form === 'one' ? 'search.resultOne' : form === 'few' ? 'search.resultFew' : 'search.resultMany', { n });
};
// An article's page in this page's language: the Russian edition is at /ru/ under the same path.
const inThisLanguage = (href: string) =>
  lang === 'ru' && href.startsWith(base) ? `${base}ru/${href.slice(base.length)}` : href;
// The articles, fetched once, the first time a query names one (src/pages/search/articles.json.ts).
interface ArticleListing {
  number: string;
  title: string;
  titleRu: string;
  href: string;
  parts: number[];
}
let articleIndex: Promise<Map<string, ArticleListing>> | null = null;
function articles(): Promise<Map<string, ArticleListing>> {
  articleIndex ??= fetch(urls.searchArticles())
    .then((r) => (r.ok ? (r.json() as Promise<ArticleListing[]>) : []))
    .then((list) => new Map(list.map((a) => [a.number, a])))
    .catch(() => new Map());
  return articleIndex;
}

let pagefind: Pagefind | null = null;
let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let shown: PagefindSearch['results'] = [];
let rendered = 0;
// Every search is numbered; one that a newer search has overtaken (a paste and Enter start two, and Pagefind's
// plain search does not cancel a pending debounced one) must not touch the list, or results show twice.
let latestRun = 0;

async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const pf = (await import(/* @vite-ignore */ urls.asset('pagefind/pagefind.js'))) as Pagefind;
    // Tuned for long legal pages: a short stub should not outrank an article for its own words.
    await pf.options({
      baseUrl: base,
      highlightParam: 'highlight',
      ranking: { pageLength: 0.2, termFrequency: 0.4, termSaturation: 1.6, termSimilarity: 5 },
    });
    await pf.init();
    pagefind = pf;
  }
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are escaped text with <mark> around hits; nothing else is let through. */
function excerptNode(html: string): HTMLElement {
  const p = el('p', { className: 'excerpt' });
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    // A <textarea> decodes entities and keeps leading spaces, which a parsed document would drop.
    const decoder = document.createElement('textarea');
    decoder.innerHTML = mark ? (mark[1] ?? '') : part;
    const text = decoder.value;
    p.append(mark ? el('mark', {}, [text]) : text);
  }
  return p;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const item = el('li', { className: 'search-result' }, [
    el('p', { className: 'result-type' }, [data.meta.type ?? '']),
    el('h2', {}, [el('a', { href: data.url }, [title])]),
  ]);
  // A finding's links, with who makes each: the passage itself or this site (src/pages/findings/[id].astro).
  if (data.meta.links)
    item.append(el('p', { className: 'result-links' }, [say('search.links', { links: data.meta.links })]));
  // Pagefind lists a page's passages in page order; the reader wants the best-matching ones first.
  const score = (s: PagefindResultData['sub_results'][number]) =>
    (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const subs = data.sub_results
    .filter((s) => s.url !== data.url && s.title !== title)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
  if (subs.length === 0) item.append(excerptNode(data.excerpt));
  else {
    item.append(
      el(
        'ul',
        { className: 'sub-results' },
        subs.map((s) => el('li', {}, [el('a', { href: s.url }, [s.title]), excerptNode(s.excerpt)])),
      ),
    );
  }
  return item;
}

async function renderMore(runId = latestRun): Promise<void> {
  if (!resultsList || !more) return;
  const batch = shown.slice(rendered, rendered + (rendered === 0 ? firstBatch : pageSize));
  const data = await Promise.all(batch.map((r) => r.data()));
  if (runId !== latestRun) return;
  resultsList.append(...data.map(renderResult));
  rendered += batch.length;
  more.hidden = rendered >= shown.length;
}

function renderFilters(search: PagefindSearch | null, available: Record<string, Record<string, number>>): void {
  if (!filtersBox) return;
  if (filtersPanel) {
    // Shown only where the index has filters.
    filtersPanel.hidden = filterKeys.every((key) => Object.keys(available[key] ?? {}).length === 0);
    // Open when the address already selects filters, so the reader sees what narrows the results; on a phone
    // the open panel would push the results a screen or more down, so there the summary says how many apply.
    const selected = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    if (selected > 0 && matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true;
    const summary = filtersPanel.querySelector('summary');
    if (summary) {
      summary.textContent = `${say('search.filters')}${selected > 0 ? ` (${say('search.selected', { n: selected })})` : ''}`;
    }
  }
  filtersBox.replaceChildren(
    ...filterKeys
      .filter((key) => Object.keys(available[key] ?? {}).length > 0)
      .map((key) => {
        const counts = search?.filters[key] ?? available[key] ?? {};
        const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        return el('fieldset', { className: 'filter-group' }, [
          el('legend', {}, [say(`filter.${key}`)]),
          ...values.map((value) => {
            const id = `filter-${key}-${value}`.replace(/[^a-zA-Z0-9-]+/g, '-');
            const box = el('input', {
              type: 'checkbox',
              id,
              name: key,
              value,
              checked: state.filters[key]?.includes(value) ?? false,
            });
            box.addEventListener('change', onFilterChange);
            return el('div', { className: 'filter-option' }, [
              box,
              el('label', { htmlFor: id }, [
                `${value} `,
                el('span', { className: 'count' }, [`(${counts[value] ?? 0})`]),
              ]),
            ]);
          }),
        ]);
      }),
  );
}

function onFilterChange(): void {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...document.querySelectorAll<HTMLInputElement>(`#search-filters input[name="${key}"]:checked`)].map(
      (i) => i.value,
    );
    if (values.length > 0) filters[key] = values;
  }
  state = { ...state, filters };
  void run(false);
}

async function renderDirect(query: string): Promise<void> {
  if (!direct) return;
  const pinpoint = articlePinpointIn(query);
  const article = pinpoint ? (await articles()).get(pinpoint.number) : undefined;
  // A later query may have been typed while the list loaded.
  if (JSON.stringify(articlePinpointIn(state.query)) !== JSON.stringify(pinpoint)) return;
  const part = pinpoint?.part ?? null;
  const hasPart = part !== null && (article?.parts.includes(part) ?? false);
  const href = article ? inThisLanguage(article.href) : '';
  const title = article ? (lang === 'ru' ? article.titleRu : article.title) : '';
  direct.replaceChildren(
    ...(pinpoint && article
      ? [
          el('p', { className: 'direct-hit' }, [
            `${say('search.goTo')} `,
            hasPart
              ? el('a', { href: `${href}#part-${part}` }, [
                  say('search.articlePart', { n: pinpoint.number, part, title }),
                ])
              : el('a', { href }, [say('article.heading', { n: pinpoint.number, title })]),
            ...(part !== null && !hasPart ? [` ${say('search.noPart', { part })}`] : []),
          ]),
        ]
      : pinpoint
        ? [
            el('p', {}, [
              `${say('search.notReviewed', { n: pinpoint.number })} `,
              el('a', { href: form?.dataset.articlesHome ?? urls.articles() }, [say('search.seeArticles')]),
            ]),
          ]
        : []),
  );
}

async function run(debounce: boolean): Promise<void> {
  history.replaceState(
    null,
    '',
    `${location.pathname}${paramsFromState(state).toString() ? `?${paramsFromState(state)}` : ''}`,
  );
  const runId = ++latestRun;
  void renderDirect(state.query);
  const pf = await loadPagefind();
  const available = await pf.filters();
  if (runId !== latestRun) return;
  const hasFilters = Object.keys(pagefindFilters(state)).length > 0;
  if (!state.query && !hasFilters) {
    shown = [];
    resultsList?.replaceChildren();
    if (more) more.hidden = true;
    if (status) status.textContent = '';
    renderFilters(null, available);
    return;
  }
  const options = { filters: pagefindFilters(state) };
  const query = state.query ? searchableQuery(normaliseQuery(state.query)) || null : null;
  if (state.query && !query && !hasFilters) {
    shown = [];
    resultsList?.replaceChildren();
    if (more) more.hidden = true;
    if (status) status.textContent = say('search.tooShort', { query: spokenQuery(state.query) });
    return;
  }
  const search = debounce ? await pf.debouncedSearch(query, options, 250) : await pf.search(query, options);
  // A newer search superseded this one.
  if (!search || runId !== latestRun) return;
  shown = search.results;
  rendered = 0;
  resultsList?.replaceChildren();
  await renderMore(runId);
  if (runId !== latestRun) return;
  renderFilters(search, available);
  if (status) {
    const n = shown.length;
    // A live region reads its whole text aloud: a pasted page of text is shortened (spokenQuery).
    const said = spokenQuery(state.query);
    status.textContent =
      n === 0
        ? state.query
          ? say('search.none', { query: said })
          : say('search.noneFilters')
        : `${resultCount(n)}${state.query ? ` ${say('search.for', { query: said })}` : ''}.`;
  }
}

if (form && input) {
  document.documentElement.classList.add('search-ready');
  input.value = state.query;
  input.addEventListener('input', () => {
    state = { ...state, query: cleanQuery(input.value) };
    void run(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: cleanQuery(input.value) };
    void run(false);
  });
  more?.addEventListener('click', () => void renderMore());
  void run(false);
}
