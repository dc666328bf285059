import { describe, expect, it } from 'vitest';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { distRoot } from '../helpers/paths';

// Issue 24: the switch goes to the same page in the other language, and (with JavaScript) to the same pinpoint.
describe.skipIf(!hasChromium)(`the language switch${skipReason}`, () => {
  const env = useBrowserSite(distRoot);

  it('takes the reader from a part of Article 174 to the same part in Russian, and back', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}criminal-code/174/#part-2`);
    await Promise.all([
      page.waitForURL(/\/ru\/criminal-code\/174\/#part-2$/),
      page.locator('a.language-switch').click(),
    ]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('#part-2 blockquote').innerText()).resolves.toContain('Те же действия');
    await expect(page.locator('#part-2 .part-cite').innerText()).resolves.toContain('ч. 2 ст. 174 УК РК');
    await Promise.all([page.waitForURL(/\/criminal-code\/174\/#part-2$/), page.locator('a.language-switch').click()]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.close();
  });

  it('without JavaScript still opens the same page in the other language', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}criminal-code/255/`);
    await Promise.all([page.waitForURL(/\/ru\/criminal-code\/255\/$/), page.locator('a.language-switch').click()]);
    await expect(page.locator('h1').innerText()).resolves.toBe('Статья 255. Акт терроризма');
    await context.close();
  });
});
