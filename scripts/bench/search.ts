import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/server.ts';

export interface SearchFigures {
  query: string;
  coldMs: number;
  coldBytes: number;
  warmMs: number;
  warmBytes: number;
  indexBytes: number;
  indexFiles: number;
}

/** Total size of the Pagefind bundle on disk (what a host stores; a reader fetches only parts of it). */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/**
 * Milliseconds from submitting a query on /search/ until results are shown, and bytes transferred for it:
 * cold (first query in a fresh browser) and warm (a second query on the same page).
 */
export async function measureSearch(dist: string, query = 'discord', warmQuery = 'terrorist group'): Promise<SearchFigures> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (res) => {
      try {
        bytes += (await res.body()).length;
      } catch {
        // Redirects and aborted requests have no body.
      }
    });
    const resultsShown = (q: string) =>
      page.waitForFunction((text) => (document.querySelector('#search-status')?.textContent ?? '').includes(text), `“${q}”`);
    // Cold: a shared search link opened in a fresh browser, so the page, the search code and the index all load.
    const coldStart = Date.now();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await resultsShown(query);
    const cold = { ms: Date.now() - coldStart, bytes };
    await page.waitForLoadState('networkidle');
    cold.bytes = bytes;
    // Warm: the next query on the same page, with the search code and part of the index already loaded.
    const timeQuery = async (q: string) => {
      bytes = 0;
      const started = Date.now();
      await page.fill('#search-input', q);
      await page.press('#search-input', 'Enter');
      await resultsShown(q);
      const ms = Date.now() - started;
      await page.waitForLoadState('networkidle');
      return { ms, bytes };
    };
    const warm = await timeQuery(warmQuery);
    const index = folderSize(path.join(dist, 'pagefind'));
    return { query, coldMs: cold.ms, coldBytes: cold.bytes, warmMs: warm.ms, warmBytes: warm.bytes, indexBytes: index.bytes, indexFiles: index.files };
  } finally {
    await browser.close();
    await site.close();
  }
}
