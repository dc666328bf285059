// Markdown tables for scripts/bench/results.md, one function per benchmark.
import type { PageType } from '../../test/helpers/pageTypes.ts';
import type { LighthouseScores } from './lighthouse.ts';
import { firstRenderBytes, type PageWeight, type Size } from './pageWeight.ts';
import type { ScaleFailure, ScaleFigures } from './scale.ts';
import type { SearchFigures } from './search.ts';
import type { FirstScreen } from './firstScreen.ts';

/** The first-render budget: what fits in the first round trip of a new connection (10 TCP segments). */
export const firstRenderBudget = 14 * 1024;

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const size = (s: Size) => `${kib(s.raw)} / ${kib(s.gzip)}`;

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const typeOrder: PageType[] = ['home', 'article', 'finding', 'standard', 'source', 'search'];

/** The heaviest page of each kind (by everything it fetches, gzipped), and the article budget. */
export function pageWeightSection(byType: Map<PageType, PageWeight[]>, firstScreens: FirstScreen[] = []): string[] {
  const total = (w: PageWeight) => w.html.gzip + w.css.gzip + w.js.gzip;
  const rows = typeOrder.flatMap((type) => {
    const weights = byType.get(type) ?? [];
    if (weights.length === 0) return [];
    const heaviest = weights.reduce((a, b) => (total(b) > total(a) ? b : a));
    // Astro names a component's script "<Component>.astro_astro_type_script_index_0_lang.<hash>.js".
    const scripts = heaviest.scripts.length
      ? heaviest.scripts
          .map((s) => s.replace(/(\.astro_astro_type_script_index_\d+_lang)?\.[\w-]+\.js$/, ''))
          .join(', ')
      : 'none';
    return [
      [
        type,
        String(weights.length),
        `/${heaviest.page}`,
        size(heaviest.html),
        size(heaviest.css),
        size(heaviest.js),
        kib(total(heaviest)),
        scripts,
      ],
    ];
  });
  const articles = byType.get('article') ?? [];
  const over = articles.filter((w) => firstRenderBytes(w) > firstRenderBudget);
  const worst = articles.reduce<PageWeight | undefined>(
    (a, b) => (!a || firstRenderBytes(b) > firstRenderBytes(a) ? b : a),
    undefined,
  );
  const budget = worst
    ? `Article pages, HTML + render-blocking CSS gzipped, budget ${kib(firstRenderBudget)}: ${over.length === 0 ? 'all fit' : `${over.length} of ${articles.length} do not fit`}; heaviest /${worst.page} at ${kib(firstRenderBytes(worst))}.`
    : 'No article pages were built.';
  // Every article page against the budget, heaviest first, so a page that creeps over it shows by name: the
  // whole page, and what the first screen needs (the CSS and the HTML above the fold, streamed first).
  const screenOf = new Map(firstScreens.map((f) => [f.page, f]));
  const verdict = (bytes: number) =>
    bytes <= firstRenderBudget ? 'fits' : `over by ${kib(bytes - firstRenderBudget)}`;
  const perArticle = [...articles]
    .sort((a, b) => firstRenderBytes(b) - firstRenderBytes(a))
    .map((w) => {
      const screen = screenOf.get(w.page);
      const firstScreen = screen ? screen.htmlGzip + w.css.gzip : undefined;
      return [
        `/${w.page}`,
        kib(w.html.gzip),
        kib(w.css.gzip),
        `${kib(firstRenderBytes(w))}: ${verdict(firstRenderBytes(w))}`,
        firstScreen === undefined
          ? 'not measured'
          : `${kib(firstScreen)}: ${verdict(firstScreen)} (HTML before #${screen!.foldId}, ${screen!.screen})`,
      ];
    });
  return [
    ...table(
      [
        'page kind',
        'pages',
        'heaviest page',
        'HTML raw / gzip',
        'CSS raw / gzip',
        'JS raw / gzip',
        'total gzip',
        'scripts',
      ],
      rows,
    ),
    '',
    budget,
    '',
    ...table(
      [
        'article page',
        'HTML gzip',
        'render-blocking CSS gzip',
        `whole page + CSS, budget ${kib(firstRenderBudget)}`,
        `first screen + CSS, budget ${kib(firstRenderBudget)}`,
      ],
      perArticle,
    ),
  ];
}

/** Lighthouse scores per page, or why they are missing. */
export function lighthouseSection(
  results: [label: string, result: { scores: LighthouseScores } | { error: string }][],
): string[] {
  const rows = results.map(([label, r]) =>
    'scores' in r
      ? [label, ...Object.values(r.scores).map((s) => (s === null ? 'n/a' : String(s)))]
      : [label, `not run: ${r.error.replace(/\|/g, '/')}`, '', '', ''],
  );
  return table(
    ['Lighthouse (mobile, simulated slow 4G)', 'performance', 'accessibility', 'best practices', 'SEO'],
    rows,
  );
}

/** Search: time and bytes to the first results, cold and warm. */
export function searchSection(search: SearchFigures): string[] {
  return table(
    ['search', 'figure'],
    [
      [`cold query “${search.query}”: time to results`, `${search.coldMs.toFixed(0)} ms`],
      ['cold query: bytes fetched', kib(search.coldBytes)],
      ['cold query: result fragments fetched', String(search.coldFragments)],
      ['warm query: time to results', `${search.warmMs.toFixed(0)} ms`],
      ['warm query: bytes fetched', kib(search.warmBytes)],
      ['index on disk', `${kib(search.indexBytes)} in ${search.indexFiles} files`],
    ],
  );
}

/** Build figures for synthetic corpora of growing size. */
export function scaleSection(runs: (ScaleFigures | ScaleFailure)[]): string[] {
  return table(
    [
      'scale: articles / findings / standards',
      'pages',
      'build',
      'pages per second',
      'peak memory',
      'dist',
      'search index',
      'largest page',
    ],
    runs.map((r) => {
      const corpus = `${r.corpus.articles} / ${r.corpus.findings} / ${r.corpus.standards}`;
      if ('error' in r)
        return [
          corpus,
          `build failed after ${r.buildSeconds.toFixed(0)} s: ${r.error.replace(/\|/g, '/').slice(0, 300)}`,
          '',
          '',
          '',
          '',
          '',
          '',
        ];
      return [
        corpus,
        String(r.pages),
        `${r.buildSeconds.toFixed(0)} s`,
        (r.pages / r.buildSeconds).toFixed(1),
        r.peakBytes ? mib(r.peakBytes) : 'not measured',
        mib(r.distBytes),
        mib(r.indexBytes),
        `${r.largest.page} (${mib(r.largest.bytes)})`,
      ];
    }),
  );
}
