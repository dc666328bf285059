import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, skipReason } from '../helpers/browser';
import { useBrowserSite } from '../helpers/browserSite';
import { contentPages, pageType } from '../helpers/pageTypes';
import { distRoot } from '../helpers/paths';

/** One page of each kind, plus the pages with their own widgets (matrix, timeline, search). */
function samplePages(): string[] {
  const pages = contentPages(distRoot);
  const firstOfType = new Map<string, string>();
  for (const page of pages) if (!firstOfType.has(pageType(page))) firstOfType.set(pageType(page), page);
  firstOfType.delete('other');
  return [...firstOfType.values(), ...['matrix/', 'timeline/', 'criminal-code/'].filter((p) => pages.includes(p))];
}

/** How the focused element is drawn: whether it has an outline or a ring, and whether it can be seen. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      onScreen:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth,
    };
  });
}

describe.skipIf(!hasChromium)(`keyboard use${skipReason}`, () => {
  const env = useBrowserSite(distRoot);
  let tab: Page;

  beforeAll(async () => {
    tab = await (await env.browser.newContext()).newPage();
  });

  it.each(samplePages())(
    '/%s: the skip link comes first, shows when focused and moves focus to the content',
    async (page) => {
      await tab.goto(`${env.site.url}${page}`);
      await tab.keyboard.press('Tab');
      const skip = await focusIndicator(tab);
      expect(skip?.element).toMatch(/^a\.skip-link/);
      expect(skip?.onScreen, 'the skip link is visible when focused').toBe(true);
      expect(skip?.ring, 'the skip link shows a focus ring').toBe(true);
      await tab.keyboard.press('Enter');
      await expect(tab.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    },
  );

  it.each(samplePages())('/%s: every element reached with Tab shows a focus ring', async (page) => {
    await tab.goto(`${env.site.url}${page}`);
    const missing: string[] = [];
    // The header, the navigation and well into the content: enough to meet every kind of control on the page.
    for (let i = 0; i < 40; i++) {
      await tab.keyboard.press('Tab');
      const focus = await focusIndicator(tab);
      if (!focus) break;
      if (!focus.ring || !focus.onScreen)
        missing.push(`${focus.element}: ${focus.ring ? '' : 'no ring '}${focus.onScreen ? '' : 'off screen'}`);
    }
    expect(missing).toEqual([]);
  });
});
