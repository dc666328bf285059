import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/server.ts';

export interface SearchFigures {
  query: string;
  coldMs: number;
  coldBytes: number;
  /** Result fragments the cold query fetched (one per result shown). */
  coldFragments: number;
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
export async function measureSearch(
  dist: string,
  query = 'discord',
  warmQuery = 'terrorist group',
): Promise<SearchFigures> {
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Bytes are counted as the files requested (their size on disk, as a host sends them without compression),
    // at the moment of the request: counting response bodies asynchronously let late ones fall into the wrong query.
    let bytes = 0;
    let fragments = 0;
    let lastRequest = Date.now();
    page.on('request', (req) => {
      lastRequest = Date.now();
      const file = path.join(dist, decodeURIComponent(new URL(req.url()).pathname).replace(/\/$/, '/index.html'));
      try {
        bytes += statSync(file).size;
      } catch {
        // Not a file of the site (e.g. a data: URL).
      }
      if (req.url().includes('/pagefind/fragment/')) fragments += 1;
    });
    /** Waits until no request has been made for half a second: the query's fetching is over. */
    const settled = async () => {
      while (Date.now() - lastRequest < 500) await page.waitForTimeout(100);
    };
    const resultsShown = (q: string) =>
      page.waitForFunction(
        (text) => (document.querySelector('#search-status')?.textContent ?? '').includes(text),
        `“${q}”`,
      );
    // Cold: a shared search link opened in a fresh browser, so the page, the search code and the index all load.
    const coldStart = Date.now();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await resultsShown(query);
    const cold = { ms: Date.now() - coldStart, bytes, fragments };
    await settled();
    cold.bytes = bytes;
    cold.fragments = fragments;
    // Warm: the next query on the same page, with the search code and part of the index already loaded.
    const timeQuery = async (q: string) => {
      bytes = 0;
      const started = Date.now();
      await page.fill('#search-input', q);
      await page.press('#search-input', 'Enter');
      await resultsShown(q);
      const ms = Date.now() - started;
      await settled();
      return { ms, bytes };
    };
    const warm = await timeQuery(warmQuery);
    const index = folderSize(path.join(dist, 'pagefind'));
    return {
      query,
      coldMs: cold.ms,
      coldBytes: cold.bytes,
      coldFragments: cold.fragments,
      warmMs: warm.ms,
      warmBytes: warm.bytes,
      indexBytes: index.bytes,
      indexFiles: index.files,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
