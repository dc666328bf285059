import { describe, expect, it } from 'vitest';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { distRoot } from '../helpers/paths';

describe.skipIf(!hasChromium)(`browser smoke test${skipReason}`, () => {
  const env = useBrowserSite(distRoot);

  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`home and Article 255 render their content ${mode}, asking no other host for anything`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const foreign: string[] = [];
      const failed: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(env.site.url)) foreign.push(req.url());
      });
      page.on('requestfailed', (req) => failed.push(req.url()));
      page.on('response', (res) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
      });

      await page.goto(env.site.url);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(
        'Kazakhstan Counter-Terrorism Law Review',
      );
      await expect(page.locator('main a[href$="/criminal-code/255/"]').count()).resolves.toBeGreaterThan(0);

      await page.goto(`${env.site.url}criminal-code/255/#part-1`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Article 255. Act of terrorism');
      const part1 = page.locator('#part-1');
      await expect(part1.locator('blockquote[lang="ru"]').textContent()).resolves.toContain(
        'Акт терроризма, то есть совершение взрыва',
      );
      await expect(part1.locator('.translation').textContent()).resolves.toContain('socially dangerous consequences');
      await expect(page.locator('#findings .finding').count()).resolves.toBeGreaterThan(0);
      if (javaScriptEnabled) {
        // The site's own stylesheet, not the browser default, sets the reading font.
        await expect(page.evaluate(() => getComputedStyle(document.body).fontFamily)).resolves.toMatch(/Charter/);
      }

      expect(foreign).toEqual([]);
      expect(failed).toEqual([]);
      await context.close();
    });
  }
});
