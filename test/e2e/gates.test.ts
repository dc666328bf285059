import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, injectAxe } from '../helpers/axe';
import { hasChromium, launchChromium, skipReason } from '../helpers/browser';
import { contentPages } from '../helpers/pageTypes';
import { distRoot } from '../helpers/paths';
import { loadAsReader, watchPolicyViolations, type ReaderRecord } from '../helpers/readerChecks';
import { serveStatic } from '../helpers/server';
import { headersFor, readSiteHeaders } from '../helpers/siteHeaders';

/**
 * Every built page, in one Chromium. Each page is loaded once, by a reader at 200% zoom on a 1280px screen
 * (a 640px viewport) with the site's policies enforced, and then checked by axe on a desktop screen, in light
 * mode (every WCAG 2.2 A/AA rule) and then dark mode (the rules colour can change; see colourRules).
 * Two workers share the pages, since the machine has two cores.
 */
// Redirect stubs are left out: they show nothing and move on to a page that is checked here.
const pages = contentPages(distRoot);
// The search page is checked while it shows results: that is where its script, worker and index run.
const visitPath = (page: string) =>
  page === 'search/' ? 'search/?q=terrorism' : page === 'ru/search/' ? 'ru/search/?q=терроризм' : page;
const resultsShown = async (page: Page) => {
  if (new URL(page.url()).pathname.endsWith('/search/')) {
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, undefined, {
      timeout: 15_000,
    });
  }
};

/** A 1280px screen at 200% zoom, where the reader's checks run, and the desktop screen axe checks. */
const zoomed = { width: 640, height: 900 };
const desktop = { width: 1280, height: 720 };

interface PageFindings {
  reader: ReaderRecord;
  light: string[];
  dark: string[];
}

/** The non-empty lists of every page, as "/page: item" lines. */
function problems(found: Map<string, PageFindings>, pick: (page: PageFindings) => string[]): string[] {
  return [...found].flatMap(([page, record]) => pick(record).map((item) => `/${page}: ${item}`));
}

describe.skipIf(!hasChromium)(`every page, in the browser${skipReason}`, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  const found = new Map<string, PageFindings>();
  const cookies: string[] = [];

  /**
   * Checks its share of the pages in one tab: each page is loaded once, by a reader at 200% zoom on a 1280px
   * screen with the site's policies enforced, then checked by axe (injected before the page's scripts) at a
   * desktop width, in light and then dark mode.
   */
  async function worker(share: string[]): Promise<void> {
    const context = await browser.newContext({ viewport: zoomed, deviceScaleFactor: 2 });
    await watchPolicyViolations(context);
    await injectAxe(context);
    const tab = await context.newPage();
    for (const path of share) {
      await tab.setViewportSize(zoomed);
      await tab.emulateMedia({ colorScheme: 'light' });
      const reader = await loadAsReader(tab, site.url, `${site.url}${visitPath(path)}`, resultsShown);
      await tab.setViewportSize(desktop);
      const light = await axeViolations(tab);
      await tab.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(tab, { colourOnly: true });
      found.set(path, { reader, light, dark });
    }
    cookies.push(...(await context.cookies()).map((c) => `${c.domain} ${c.name}`));
    await context.close();
  }

  beforeAll(async () => {
    // Served with the headers of the site's own _headers file, as Netlify or Cloudflare would.
    const rules = readSiteHeaders(distRoot);
    site = await serveStatic(distRoot, '/', (path) => headersFor(rules, path));
    browser = await launchChromium();
    await Promise.all([worker(pages.filter((_, i) => i % 2 === 0)), worker(pages.filter((_, i) => i % 2 === 1))]);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('checks every built page', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect([...found.keys()].sort()).toEqual(pages);
  });

  it('axe finds no WCAG 2.2 A/AA or page-structure violation in light mode', () => {
    expect(problems(found, (p) => p.light)).toEqual([]);
  });

  it('axe finds no colour contrast or colour-only link violation in dark mode', () => {
    expect(problems(found, (p) => p.dark)).toEqual([]);
  });

  it('asks no other host for anything, and every request succeeds', () => {
    expect(problems(found, (p) => p.reader.foreign)).toEqual([]);
    expect(problems(found, (p) => p.reader.failed)).toEqual([]);
  });

  it('sets no cookie', () => {
    expect(cookies).toEqual([]);
    expect(problems(found, (p) => (p.reader.cookie ? [p.reader.cookie] : []))).toEqual([]);
  });

  it('logs no console error', () => {
    expect(problems(found, (p) => p.reader.errors)).toEqual([]);
  });

  it('violates no Content-Security-Policy directive, while searching too', () => {
    expect(problems(found, (p) => p.reader.csp)).toEqual([]);
  });

  it('fits a 640px viewport (200% zoom) without sideways scrolling, except inside .table-scroll boxes', () => {
    expect(problems(found, (p) => p.reader.overflow)).toEqual([]);
  });
});
