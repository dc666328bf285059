import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { distMirror, distRoot, mirrorBase, previewOrigin } from '../helpers/paths';

/** The canonical address the build wrote for a page (the origin comes from SITE_URL, not from where it is served). */
function canonical(page: string): string {
  const html = readFileSync(path.join(distRoot, page, 'index.html'), 'utf8');
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
}

describe.skipIf(!hasChromium)(`permalinks and "Cite" in the browser${skipReason}`, () => {
  const env = useBrowserSite(distRoot);

  it('the "Copy link" button copies the full permanent address of a part and of a source paragraph', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.site.url).origin });
    const page = await context.newPage();

    await page.goto(`${env.site.url}criminal-code/255/`);
    const button = page.locator('#part-1 h3 .copy-link');
    await expect(button.getAttribute('aria-label')).resolves.toBe('Copy link to Part 1');
    await button.click();
    expect(canonical('criminal-code/255')).toMatch(/^https?:\/\/[^/]+\/criminal-code\/255\/$/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${canonical('criminal-code/255')}#part-1`,
    );
    await expect(page.locator('[role="status"]').textContent()).resolves.toContain('#part-1');

    await page.goto(`${env.site.url}sources/al-kaz-1-2022/`);
    await page.locator('#para-57 .copy-link').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${canonical('sources/al-kaz-1-2022')}#para-57`,
    );

    await page.locator('#cite > summary').click();
    await page.locator('#cite .copy-link').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(canonical('sources/al-kaz-1-2022'));
    await context.close();
  });

  it('without JavaScript the ¶ link still leads to its passage, marks it, and "Cite" leads to its citations', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}criminal-code/255/`);
    await expect(page.locator('.copy-link').count()).resolves.toBe(0);

    const part2 = page.locator('#part-2');
    const before = await part2.evaluate((el) => getComputedStyle(el).outlineStyle);
    await page.locator('#part-2 h3 a.pinpoint').click();
    await page.waitForURL(/#part-2$/);
    await expect(page.locator('#part-2:target').count()).resolves.toBe(1);
    expect(before).toBe('none');
    await expect(part2.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');

    // "Cite" beside the ¶ leads to the same id on the article's citation page, which marks it and holds its citations.
    await page.locator('#part-2 h3 a.pin-cite').click();
    await page.waitForURL(/\/criminal-code\/255\/cite\/#part-2$/);
    await expect(page.locator('#part-2').evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    await expect(page.locator('#part-2 dd').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#part-2 dd').first().textContent()).resolves.toContain('art 255(2)');

    await page.goto(`${env.site.url}sources/sr-2019-preliminary-findings/#para-8`);
    await expect(page.locator('#para-8').evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    await context.close();
  });

  it('"Report an error" carries the permanent address and the pinpoint the reader came from', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.url}criminal-code/255/#part-2`);
    // The click runs the page's script; the mail program is not opened.
    const href = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('a.report-error-link');
      if (!link) return '';
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      return link.href;
    });
    expect(decodeURIComponent(href)).toContain(`Page: ${canonical('criminal-code/255')}#part-2\n`);
    await context.close();
  });
});

describe.skipIf(!hasChromium)(`"Copy link" on a local preview${skipReason}`, () => {
  const env = useBrowserSite(distMirror, mirrorBase);

  it('copies the address the build was made for, not the one it is read at, and says it is not citable', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.site.url).origin });
    const page = await context.newPage();
    await page.goto(`${env.site.url}criminal-code/255/`);
    await expect(page.locator('#local-preview').isVisible()).resolves.toBe(true);
    await page.locator('#part-1 h3 .copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${previewOrigin}${mirrorBase}criminal-code/255/#part-1`);
    expect(new URL(copied).origin).not.toBe(new URL(env.site.url).origin);
    await expect(page.locator('[role="status"]').textContent()).resolves.toContain('local preview, not citable');
    await context.close();
  });
});
