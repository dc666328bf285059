import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { distMirror, distRoot, mirrorBase } from '../helpers/paths';
import { pathOf, searchAgain, searchVia } from '../helpers/searchPage';
import { readYaml } from '../helpers/corpus';

/**
 * Queries a reader would type, drawn from the statutory texts, the findings and the standards, and the page
 * (with the passage, where one is given) that must be among the first three results.
 */
const cases: [query: string, page: string, pinpoint?: string][] = [
  ['"socially dangerous consequences"', '/criminal-code/255/'],
  ['socially dangerous consequences', '/criminal-code/255/'],
  ['act of terrorism', '/criminal-code/255/'],
  ['discord', '/criminal-code/174/'],
  ['"insult to national honour and dignity"', '/criminal-code/174/'],
  ['propaganda of terrorism', '/criminal-code/256/'],
  ['separatist activity', '/criminal-code/180/'],
  ['terrorist group', '/criminal-code/257/'],
  ['financing of terrorist or extremist activity', '/criminal-code/258/'],
  ['mass riots', '/criminal-code/272/'],
  ['court decision banning', '/criminal-code/405/'],
  ['sanctions list', '/findings/sr-2019-automatic-sanctions-listing/'],
  ['agents provocateurs', '/findings/sr-2019-agents-provocateurs-official-warnings/'],
  ['religious expertise', '/findings/sr-2019-religious-expertise-non-established-groups/'],
  ['Bokayev', '/findings/sr-2019-emblematic-cases-dissent/'],
  ['shoot to kill', '/findings/un-experts-2022-branding-protesters-terrorists/'],
  ['riot organizers', '/sources/al-kaz-1-2022/', '#para-37'],
  ['Zhanaozen', '/sources/al-kaz-1-2022/'],
  ['freedom of expression', '/standards/iccpr-19/'],
  ['incitement to discrimination, hostility or violence', '/standards/iccpr-20-2/'],
  ['model definition of terrorism', '/standards/model-definition-of-terrorism/'],
  ['no purchase in binding international legal standards', '/findings/sr-2019-extremism-category/'],
  ['рознь', '/criminal-code/174/'],
  ['"акт терроризма"', '/criminal-code/255/'],
  ['сепаратистская деятельность', '/criminal-code/180/'],
  ['массовые беспорядки', '/criminal-code/272/'],
  ['internet shutdown', '/sources/al-kaz-1-2022/'],
  // Found under any name: the other English renderings the stored texts use (content/articles/*.md, otherNames).
  ['incitement to social, national, ethnic, racial, class or religious hatred', '/criminal-code/174/'],
  ['Incitement of social, national, generic, racial, class or religious hatred', '/criminal-code/174/'],
  ['Incitement of social, national, tribal, racial, class or religious discord', '/criminal-code/174/'],
  ['incitement of hatred', '/criminal-code/174/'],
  ['propaganda or public calls for violation of the integrity of the Republic of Kazakhstan', '/criminal-code/180/'],
  ['pose a risk of death', '/criminal-code/255/'],
  ['endanger the lives of people', '/criminal-code/255/'],
  ['propaganda of terrorism or public calls for commission of an act of terrorism', '/criminal-code/256/'],
  ['creation, management and participation of/in a terrorist group', '/criminal-code/257/'],
  ['the financing of terrorism', '/criminal-code/258/'],
  ["following the court's ruling banning their activities", '/criminal-code/405/'],
];

describe.skipIf(!hasChromium)(`search in the browser${skipReason}`, () => {
  const env = useBrowserSite(distRoot);
  let page: Page;

  beforeAll(async () => {
    page = await env.browser.newPage();
  });

  it.each(cases.map(([q, p, pin]) => [q, p, pin ?? ''] as const))(
    '%s → %s%s among the first three results',
    async (query, expected, pinpoint) => {
      const { results } = await searchAgain(page, env.site.url, query);
      const top = results.slice(0, 3);
      const shown = top.map(
        (r) => `${pathOf(r.url, '/')} [${r.subUrls.map((u) => new URL(u, 'http://x').hash).join(' ')}]`,
      );
      const hit = top.find((r) => pathOf(r.url, '/') === expected);
      expect(hit, `top three: ${shown.join(' | ')}`).toBeDefined();
      if (pinpoint)
        expect(
          hit?.subUrls.map((u) => new URL(u, 'http://x').hash),
          `sub-results of ${expected}`,
        ).toContain(pinpoint);
    },
  );

  it('runs ?q= on load, puts the words in the box and keeps result links free of the base-less path', async () => {
    const { status, results } = await searchVia(page, env.site.url, 'q=discord');
    expect(status).toMatch(/\d+ results? for “discord”/);
    expect(await page.inputValue('#search-input')).toBe('discord');
    expect(results.every((r) => r.url.startsWith('/'))).toBe(true);
  });

  it.each([
    ['Bokayev', 'sr-2019-emblematic-cases-dissent'],
    ['socially dangerous consequences', 'sr-2019-socially-dangerous-consequences'],
  ])('a finding’s result (%s) says which links its passage makes and which are our analysis', async (query, id) => {
    const f = readYaml<{ articles: { id: string; basis: string }[] }>('findings', `${id}.yaml`);
    await searchVia(page, env.site.url, new URLSearchParams({ q: query }).toString());
    const result = page.locator('#search-results > li', { has: page.locator(`h2 a[href*="/findings/${id}/"]`) });
    const links = (await result.locator('.result-links').textContent()) ?? '';
    const [named = '', ours = ''] = links.split('related by our analysis: ');
    expect(links).toMatch(/^Links: /);
    for (const a of f.articles) expect(a.basis === 'named' ? named : ours, links).toContain(`Article ${a.id}`);
  });

  it('filters narrow the results and travel in the address', async () => {
    const count = (status: string) => Number(/(\d+) results?/.exec(status)?.[1] ?? 0);
    const all = await searchVia(page, env.site.url, 'q=terrorism');
    const findingsOnly = await searchVia(page, env.site.url, 'q=terrorism&type=Finding');
    expect(count(findingsOnly.status)).toBeGreaterThan(0);
    expect(count(findingsOnly.status)).toBeLessThan(count(all.status));
    expect(findingsOnly.results.every((r) => r.url.includes('/findings/'))).toBe(true);
    expect(await page.isChecked('#search-filters input[name="type"][value="Finding"]')).toBe(true);
    // Ticking a box updates the address so the filtered search can be shared.
    await expect(page.locator('#search-filter-panel').getAttribute('open')).resolves.not.toBeNull();
    await page.check('#search-filters input[name="type"][value="Article"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('type').length === 2);
    expect(new URL(page.url()).searchParams.getAll('type').sort()).toEqual(['Article', 'Finding']);
  });

  it('updates the address as the reader types', async () => {
    await page.goto(`${env.site.url}search/`);
    await page.fill('#search-input', 'mass riots');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'mass riots');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
  });

  it('runs a quoted query as an exact phrase', async () => {
    const exact = await searchVia(
      page,
      env.site.url,
      new URLSearchParams({ q: '"dangerous consequences socially"' }).toString(),
    );
    expect(exact.results).toHaveLength(0);
    const curly = await searchVia(
      page,
      env.site.url,
      new URLSearchParams({ q: '“socially dangerous consequences”' }).toString(),
    );
    expect(curly.results.map((r) => pathOf(r.url, '/'))).toContain('/criminal-code/255/');
  });

  it.each(['405', 'art. 405', 'Article 405', 'ст. 405'])('offers Article 405 directly for “%s”', async (query) => {
    await searchVia(page, env.site.url, new URLSearchParams({ q: query }).toString());
    const link = page.locator('#search-direct a');
    await expect(link.getAttribute('href')).resolves.toBe('/criminal-code/405/');
  });

  it('highlights the searched words on the page a result opens and scrolls to the first', async () => {
    const { results } = await searchVia(page, env.site.url, 'q=discord');
    const target = results[0]?.subUrls[0] ?? results[0]?.url ?? '';
    expect(target).toContain('highlight=discord');
    await page.goto(new URL(target, env.site.url).href);
    await page.waitForSelector('mark.search-hit');
    const first = page.locator('mark.search-hit').first();
    await expect(first.textContent()).resolves.toMatch(/^discord/i);
    await expect(first.isVisible()).resolves.toBe(true);
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(canonical).not.toContain('?');
  });

  it('a pasted query with zero-width characters finds what the plain query finds', async () => {
    const plain = await searchVia(page, env.site.url, 'q=extremism');
    const pasted = await searchVia(page, env.site.url, `q=${encodeURIComponent('ex\u200Btre\u200Dmi\uFEFFsm')}`);
    // The first results shown (more load on request).
    expect(plain.results.length).toBeGreaterThan(2);
    expect(pasted.status).toBe(plain.status);
    expect(pasted.results.map((r) => r.url)).toEqual(plain.results.map((r) => r.url));
  });

  it('the status line repeats a 10 kB query only in part', async () => {
    const { status } = await searchVia(page, env.site.url, `q=${encodeURIComponent('extremism '.repeat(1025))}`);
    expect(status.length).toBeLessThan(200);
    expect(status).toMatch(/“(extremism )+extremism…”/);
  });

  it('a malformed #fragment on a highlighted page throws nothing and the words are still marked', async () => {
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    await page.goto(`${env.site.url}criminal-code/174/?highlight=discord#%E0%A4%A`);
    await page.waitForSelector('mark.search-hit');
    await page.waitForTimeout(200);
    page.off('pageerror', onError);
    expect(errors).toEqual([]);
  });

  it('the header form reaches the search page without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${env.site.url}criminal-code/255/`);
    await noJs.fill('#site-search-input', 'discord');
    await Promise.all([noJs.waitForURL(/\/search\/\?q=discord/), noJs.press('#site-search-input', 'Enter')]);
    await expect(noJs.locator('noscript, .notice').first().isVisible()).resolves.toBe(true);
    await expect(noJs.locator('a[href="/criminal-code/174/"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe.skipIf(!hasChromium)(`search under a sub-path${skipReason}`, () => {
  const env = useBrowserSite(distMirror, mirrorBase);

  it('finds results and links them under the mirror’s path', async () => {
    const page = await env.browser.newPage();
    const { results } = await searchVia(page, env.site.url, 'q=discord');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith(mirrorBase))).toBe(true);
    const hit = results.find((r) => pathOf(r.url, mirrorBase) === '/criminal-code/174/');
    expect(hit).toBeDefined();
    await page.goto(new URL(hit!.url, env.site.url).href);
    await expect(page.locator('h1').textContent()).resolves.toContain('Article 174');
  });
});
