import { describe, expect, it } from 'vitest';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';

// Reading on a phone and on a wide screen: the findings within reach of the top, long sections that fold
// (open until a reader folds them), "On this page" in the right-hand column when there is room, and no page
// that scrolls sideways or shrinks its chart labels to nothing at 390px.
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe.skipIf(!hasChromium)(`article pages on a phone and a wide screen${skipReason}`, () => {
  const env = useBrowserSite();

  it.each([true, false])(
    'on a phone (JavaScript %s) "On this page" is within two screens of the top and the long sections are open',
    async (javaScriptEnabled) => {
      const context = await env.browser.newContext({ ...phone, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.site.url}criminal-code/174/`);
      const toc = await page.locator('nav.toc').boundingBox();
      expect(toc!.y).toBeLessThan(2 * 844);
      await expect(page.locator('nav.toc a[href="#findings"]').isVisible()).resolves.toBe(true);
      // The version banner is the first thing under the title, before the statute.
      const banner = await page.locator('.version-banner').boundingBox();
      const statute = await page.locator('#text').boundingBox();
      expect(banner!.y).toBeLessThan(statute!.y);
      expect(banner!.y).toBeLessThan(844);
      for (const section of ['#findings', '#standards']) {
        await expect(
          page.locator(`${section} details.fold`).evaluate((d) => (d as HTMLDetailsElement).open),
        ).resolves.toBe(true);
      }
      await page.locator('#findings summary').click();
      await expect(page.locator('#findings .finding').first().isVisible()).resolves.toBe(false);
      await context.close();
    },
  );

  it('on a wide screen "On this page" sits in the right-hand column beside the text', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${env.site.url}criminal-code/174/`);
    const toc = await page.locator('nav.toc').boundingBox();
    const statute = await page.locator('#text').boundingBox();
    expect(toc!.x).toBeGreaterThanOrEqual(statute!.x + statute!.width);
    expect(toc!.y).toBeLessThan(900);
    await page.close();
  });

  it.each(['data/', 'matrix/', 'criminal-code/174/', 'criminal-code/174/cite/'])(
    '/%s does not scroll sideways at 390px',
    async (path) => {
      const context = await env.browser.newContext(phone);
      const page = await context.newPage();
      await page.goto(`${env.site.url}${path}`);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
      await context.close();
    },
  );

  it('the penalty chart keeps its labels readable on a phone, in a box a keyboard can scroll', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.site.url}matrix/`);
    const sizes = await page
      .locator('.penalty-chart svg.chart')
      .first()
      .evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      });
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await expect(page.locator('.penalty-chart .chart-scroll').first().getAttribute('tabindex')).resolves.toBe('0');
    await context.close();
  });
});
