import type { Page } from 'playwright-core';

export interface ShownResult {
  /** The result's own link. */
  url: string;
  /** Links of its sub-results (passages on that page). */
  subUrls: string[];
}

/** Opens /search/?<params> and returns the results the reader sees, once the status line reports them. */
export async function searchVia(
  page: Page,
  siteUrl: string,
  params: string,
): Promise<{ status: string; results: ShownResult[] }> {
  await page.goto(`${siteUrl}search/?${params}`);
  return shownResults(page);
}

/**
 * Types a query into the search page already open in `page` and submits it, as a reader searching again
 * would: Pagefind stays loaded, so a run of queries costs one page load. Returns what searchVia returns.
 */
export async function searchAgain(
  page: Page,
  siteUrl: string,
  query: string,
): Promise<{ status: string; results: ShownResult[] }> {
  if (!new URL(page.url()).pathname.endsWith('/search/'))
    return searchVia(page, siteUrl, new URLSearchParams({ q: query }).toString());
  await page.evaluate((q) => {
    document.querySelector('#search-status')!.textContent = '';
    document.querySelector<HTMLInputElement>('#search-input')!.value = q;
    document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
  }, query);
  return shownResults(page);
}

/** The results on the page once the status line reports them. */
async function shownResults(page: Page): Promise<{ status: string; results: ShownResult[] }> {
  await page.waitForFunction(
    () => (document.querySelector('#search-status')?.textContent ?? '').trim().length > 0,
    undefined,
    { timeout: 15_000 },
  );
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const results = await page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      subUrls: [...li.querySelectorAll('.sub-results a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
  return { status, results };
}

/** A result's address without the highlight parameter, relative to the site's base. */
export function pathOf(url: string, base: string): string {
  const u = new URL(url, 'http://x');
  return `${u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname}${u.hash}`;
}
