import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { distRoot } from '../helpers/paths';
import { pathOf, searchVia } from '../helpers/searchPage';

/**
 * Russian queries a Kazakh lawyer would type (issue 24), on /ru/search/: each must land on the Russian article
 * page, at the part whose words it uses, among the first three results. Pagefind searches the Russian index
 * only (it loads the index of <html lang>), with Russian stemming.
 */
const cases: [query: string, page: string, part: string][] = [
  ['возбуждение розни', '/ru/criminal-code/174/', '#part-1'],
  ['пропаганда терроризма', '/ru/criminal-code/256/', '#part-1'],
  // Part 1 does not use the word "финансирование"; the note does ("Лицо, осуществляющее финансирование …").
  ['финансирование терроризма', '/ru/criminal-code/258/', '#note'],
  // Article 405 punishes organising a banned organisation's activity "в связи с осуществлением ими экстремизма".
  ['экстремистская организация', '/ru/criminal-code/405/', '#part-1'],
  ['массовые беспорядки', '/ru/criminal-code/272/', '#part-1'],
];

describe.skipIf(!hasChromium)(`Russian search in the browser${skipReason}`, () => {
  const env = useBrowserSite(distRoot);
  let page: Page;

  beforeAll(async () => {
    page = await env.browser.newPage();
  });

  it.each(cases)('%s → %s%s among the first three results', async (query, expected, part) => {
    const { results } = await searchVia(page, `${env.site.url}ru/`, new URLSearchParams({ q: query }).toString());
    const top = results.slice(0, 3);
    const hit = top.find((r) => pathOf(r.url, '/') === expected);
    expect(hit, `top three: ${top.map((r) => pathOf(r.url, '/')).join(' | ')}`).toBeDefined();
    expect(hit!.subUrls.map((u) => new URL(u, 'http://x').hash)).toContain(part);
    // Only Russian pages: the English index is not searched from the Russian page.
    for (const r of results) expect(pathOf(r.url, '/')).toMatch(/^\/ru\//);
  });

  it('filters in Russian narrow the results to Russian pages of one kind and one article', async () => {
    const count = (status: string) => Number(/(\d+) результат/.exec(status)?.[1] ?? 0);
    const all = await searchVia(page, `${env.site.url}ru/`, new URLSearchParams({ q: 'терроризм' }).toString());
    const filtered = await searchVia(
      page,
      `${env.site.url}ru/`,
      new URLSearchParams({ q: 'терроризм', type: 'Вывод', article: 'Статья 255' }).toString(),
    );
    expect(count(filtered.status)).toBeGreaterThan(0);
    expect(count(filtered.status)).toBeLessThan(count(all.status));
    expect(filtered.results.every((r) => /^\/ru\/findings\//.test(pathOf(r.url, '/')))).toBe(true);
    const legends = await page.locator('#search-filters legend').allInnerTexts();
    expect(legends).toEqual(expect.arrayContaining(['Тип', 'Статья', 'Проблема']));
    await expect(page.isChecked('#search-filters input[name="type"][value="Вывод"]')).resolves.toBe(true);
    await expect(page.locator('#search-filters').innerText()).resolves.toContain('Свобода выражения мнений');
  });

  it('"ст. 405" goes straight to the Russian page of Article 405, and the status is in Russian', async () => {
    const { status } = await searchVia(page, `${env.site.url}ru/`, new URLSearchParams({ q: 'ст. 405' }).toString());
    const direct = page.locator('#search-direct a');
    await expect(direct.getAttribute('href')).resolves.toMatch(/\/ru\/criminal-code\/405\/$/);
    await expect(direct.innerText()).resolves.toMatch(/^Статья 405\. Организация и участие/);
    expect(status).toMatch(/результат|ничего не найдено/);
    expect(status).not.toMatch(/result|No results/);
  });

  it('each search page fetches its own language’s index and not the other’s', async () => {
    const index = (lang: string) => new RegExp(`/pagefind/(pagefind\\.${lang}_|index/${lang}_|wasm\\.${lang}\\.)`);
    for (const [path, own, other] of [
      ['', 'en', 'ru'],
      ['ru/', 'ru', 'en'],
    ] as const) {
      const fetched: string[] = [];
      const tab = await env.browser.newPage();
      tab.on('request', (r) => fetched.push(r.url()));
      await searchVia(tab, `${env.site.url}${path}`, new URLSearchParams({ q: 'рознь' }).toString());
      expect(
        fetched.some((u) => index(own).test(u)),
        `${path}search/ fetches the ${own} index`,
      ).toBe(true);
      expect(
        fetched.filter((u) => index(other).test(u)),
        `${path}search/ fetches no ${other} index`,
      ).toEqual([]);
      await tab.close();
    }
  });
});
