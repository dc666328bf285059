import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionOf } from '../../src/lib/version';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { readArticleData } from '../helpers/corpus';
import { distRoot } from '../helpers/paths';
import { pdfPages } from '../helpers/pdf';

// A printed article goes into court files and submissions: it must say what it is, where it lives, which text
// of the law it shows, when it was printed and how to cite it, on its first page; carry every pinpoint's full
// address; and leave off the screen's chrome and controls.

/** A4 (210 × 297 mm) less the margins of public/print.css (@page: 11mm 12mm 12mm), in CSS pixels. */
const pageWidth = Math.round(((210 - 24) * 96) / 25.4);
const pageHeight = Math.floor(((297 - 23) * 96) / 25.4);

const front = (number: string) => readArticleData<Parameters<typeof versionOf>[0]['data']>(number);
const canonical = (page: string) =>
  /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(distRoot, page, 'index.html'), 'utf8'))?.[1] ?? '';

describe.skipIf(!hasChromium)(`printing an article${skipReason}`, () => {
  const env = useBrowserSite();

  it('Article 174 prints its identity on the first page, no chrome, every pinpoint’s full address, on at most 8 A4 pages and none blank', async () => {
    const page = await env.browser.newPage({ viewport: { width: pageWidth, height: pageHeight } });
    await page.goto(`${env.site.url}criminal-code/174/`);
    await page.emulateMedia({ media: 'print' });
    const address = canonical('criminal-code/174');

    // The text laid out within the first page's height, read block by block.
    const firstPage = await page.evaluate((limit) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('.site-name, h1, h2, h3, p, li, dt, dd')];
      return blocks
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().bottom + window.scrollY <= limit)
        .map((el) => el.innerText)
        .join('\n');
    }, pageHeight);
    const version = versionOf({ data: front('174') })!;
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    for (const expected of [
      'Kazakhstan Counter-Terrorism Law Review',
      'Article 174. Incitement',
      `Permanent address: ${address}`,
      'Which text this is',
      version.shown,
      version.laterLines[0]!,
      `Printed ${today}`,
      '(OSCOLA):',
      `<${address}>`,
    ]) {
      expect(firstPage, `first page: ${expected}`).toContain(expected);
    }
    // The banner comes before the statute.
    expect(firstPage.indexOf('Which text this is')).toBeLessThan(
      firstPage.indexOf('Statutory text') === -1 ? Infinity : firstPage.indexOf('Statutory text'),
    );

    const visible = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    expect(
      await visible(
        '.site-header nav, .breadcrumbs, .site-footer, .site-search, .toc, .cite-box, .pin-cite, .banner-links',
      ),
    ).toBe(0);
    expect(await visible('button')).toBe(0);

    // Beside every ¶ pinpoint, its full permanent address instead of the ¶ sign.
    const printed = await page
      .locator('a.pinpoint')
      .evaluateAll((els) =>
        els.map((el) => ({ href: el.getAttribute('href'), after: getComputedStyle(el, '::after').content })),
      );
    expect(printed.length).toBeGreaterThan(20);
    for (const p of printed) expect(p.after, p.href ?? '').toBe(`"${address}${p.href}"`);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    expect(
      pages.filter((p) => p.textOperators < 10),
      'blank pages',
    ).toEqual([]);
    await page.close();
  });

  it('opens folded sections for printing', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}criminal-code/255/`);
    await page.locator('#findings summary').click();
    await expect(page.locator('#findings details.fold').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(
      false,
    );
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('#findings details.fold').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(
      true,
    );
    await page.close();
  });
});
