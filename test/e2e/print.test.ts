import { describe, expect, it } from 'vitest';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';

// A printed article goes into court files and submissions: no site chrome, and every pinpoint still citable.
describe.skipIf(!hasChromium)(`printing an article${skipReason}`, () => {
  const env = useBrowserSite();

  it('prints without navigation, search or cite controls, and with each pinpoint id written out', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}criminal-code/255/`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    expect(await visible('.site-header nav, .breadcrumbs, .site-footer, .site-search, .toc')).toBe(0);
    expect(await visible('button')).toBe(0);
    // The ¶ sign gives way to the id itself, e.g. "#part-1", beside every statutory part.
    const partIds = await page.locator('.statute-part .pin-id').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.textContent));
    expect(partIds).toEqual(expect.arrayContaining(['#part-1', '#part-2', '#part-3', '#part-4']));
    expect(await visible('.finding .pin-id')).toBeGreaterThan(0);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(2);
    expect(pages).toBeLessThan(40);
    await page.close();
  });
});
