// What a browser must receive before it can paint a page's first screen: its render-blocking CSS and the HTML
// up to the first element that starts below the fold. A browser paints the HTML it has parsed once the CSS is
// in, so the rest of a long page streams in behind the first screen and does not delay it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/server.ts';

/** The screens measured: a phone and a laptop. The larger of the two prefixes is reported. */
export const screens = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

export interface FirstScreen {
  page: string;
  /** The id of the first element after the fold on the screen that needed the most HTML. */
  foldId: string;
  screen: string;
  /** The HTML before that element, gzipped. */
  htmlGzip: number;
}

/**
 * The first element with an id that follows, in document order, the last element drawn above the fold (a
 * column beside the text may come later in the HTML than the fold in the text). An id makes the element
 * findable in the HTML as written, where the browser's DOM offsets do not exist.
 */
function firstIdAfterFold(): string | null {
  const fold = window.innerHeight;
  let last: Element | null = null;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.top + window.scrollY < fold) last = el;
  }
  if (!last) return null;
  for (const el of document.body.querySelectorAll('[id]')) {
    if (el.contains(last)) continue;
    if (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return el.id;
  }
  return null;
}

/** For each page (site path under `dist`), the gzipped HTML a browser needs before painting the first screen. */
export async function measureFirstScreens(dist: string, pages: string[]): Promise<FirstScreen[]> {
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const results: FirstScreen[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page, 'index.html'));
      const source = html.toString('utf8');
      let worst: FirstScreen | undefined;
      for (const screen of screens) {
        // Without JavaScript: module scripts run after the first paint, so they cannot change it.
        const context = await browser.newContext({ viewport: screen, javaScriptEnabled: false });
        const tab = await context.newPage();
        await tab.goto(`${site.url}${page}`, { waitUntil: 'load' });
        const id = await tab.evaluate(firstIdAfterFold);
        await context.close();
        const at = id === null ? -1 : source.indexOf(`id="${id}"`);
        const cut = at < 0 ? source.length : source.lastIndexOf('<', at);
        const prefix = Buffer.from(source.slice(0, cut), 'utf8');
        const measured = {
          page,
          foldId: id ?? '(none)',
          screen: screen.name,
          htmlGzip: gzipSync(prefix, { level: 9 }).length,
        };
        if (!worst || measured.htmlGzip > worst.htmlGzip) worst = measured;
      }
      results.push(worst!);
    }
    return results;
  } finally {
    await browser.close();
    await site.close();
  }
}
