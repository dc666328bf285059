import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { idsOf, readYaml } from '../helpers/corpus';
import { contentPages } from '../helpers/pageTypes';
import { contentDir, distRoot } from '../helpers/paths';
import { useTranslations } from '../../src/i18n/ui';

/** The first words of a text as a reader sees them: whitespace collapsed, cut at a word boundary. */
const opening = (text: string, length = 60) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, length)
    .replace(/\s\S*$/, '');

/**
 * For each kind of content page, the words that must be on it with JavaScript off, taken from the content
 * files rather than from the site's code.
 */
function expectedText(page: string): string[] {
  const [kind, id] = page.split('/');
  if (kind === 'findings' && id) return [opening(readYaml<{ quote: string }>('findings', `${id}.yaml`).quote)];
  if (kind === 'standards' && id) return [readYaml<{ title: string }>('standards', `${id}.yaml`).title];
  if (kind === 'sources' && id) return [readYaml<{ title: string }>('sources', `${id}.yaml`).title];
  if (kind === 'search') return idsOf('articles').map((n) => `Article ${n}.`);
  return [];
}

describe.skipIf(!hasChromium)(`every page without JavaScript${skipReason}`, () => {
  const env = useBrowserSite(distRoot);
  let context: BrowserContext;
  let tab: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ javaScriptEnabled: false });
    tab = await context.newPage();
  });

  it.each(contentPages(distRoot))('/%s shows its heading, content and navigation', async (page) => {
    await tab.goto(`${env.site.url}${page}`);
    const main = tab.locator('main');
    await expect(main.locator('h1').isVisible()).resolves.toBe(true);
    const shown = (await main.innerText()).replace(/\s+/g, ' ');
    expect(shown.length).toBeGreaterThan(150);
    for (const words of expectedText(page)) expect(shown).toContain(words);
    const [kind, id] = page.split('/');
    if (kind === 'sources' && id && existsSync(path.join(contentDir, 'sources', `${id}.txt`))) {
      await expect(tab.locator('#para-1').isVisible(), 'the stored full text is shown').resolves.toBe(true);
    }
    const nav = tab.locator(
      `nav[aria-label="${useTranslations(page.startsWith('ru/') ? 'ru' : 'en')('nav.label')}"] a`,
    );
    expect(await nav.count()).toBeGreaterThanOrEqual(5);
    await expect(nav.first().isVisible()).resolves.toBe(true);
    await expect(tab.locator('.site-search input').isVisible()).resolves.toBe(true);
  });

  it('an article shows every part of its statute, Russian and English', async () => {
    await tab.goto(`${env.site.url}criminal-code/255/`);
    const part1 = tab.locator('#part-1');
    await expect(part1.locator('[lang="ru"]').first().innerText()).resolves.toContain(
      'Акт терроризма, то есть совершение взрыва',
    );
    await expect(part1.innerText()).resolves.toContain('socially dangerous consequences');
    await expect(tab.locator('[id^="part-"]:visible').count()).resolves.toBeGreaterThan(1);
  });
});
