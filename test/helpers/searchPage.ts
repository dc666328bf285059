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
