import { describe, expect, it } from 'vitest';
import { all, attr, isElement, loadPage, type Element, type Node } from '../helpers/html';
import { contentPages } from '../helpers/pageTypes';
import { distRoot } from '../helpers/paths';
import { useTranslations } from '../../src/i18n/ui';

/**
 * What a screen-reader or keyboard user navigates by, read from the built HTML: a skip link first, one
 * banner, navigation, main and footer, one <h1>, and headings that never skip a level on the way down.
 */
const focusable = (el: Element) =>
  (el.tagName === 'a' && attr(el, 'href') !== undefined) ||
  ['button', 'input', 'select', 'textarea', 'summary'].includes(el.tagName) ||
  (attr(el, 'tabindex') !== undefined && attr(el, 'tabindex') !== '-1');

/** Direct element children of a node. */
function childElements(node: Node): Element[] {
  return ('childNodes' in node ? node.childNodes : []).filter(isElement);
}

describe('page structure', () => {
  const pages = contentPages(distRoot);

  it.each(pages)('/%s', (page) => {
    const doc = loadPage(distRoot, page);
    const body = all(doc, (el) => el.tagName === 'body')[0]!;
    const problems: string[] = [];

    const skip = all(body, focusable)[0];
    if (!skip || attr(skip, 'href') !== '#main' || !(attr(skip, 'class') ?? '').includes('skip-link')) problems.push('the first focusable element is not the skip link to #main');
    const mains = all(body, (el) => el.tagName === 'main');
    if (mains.length !== 1 || attr(mains[0]!, 'id') !== 'main') problems.push(`${mains.length} <main> elements; want one, with id="main"`);

    // Landmarks a page has once, at the top level of <body> (so they are banner and contentinfo).
    const top = childElements(body);
    if (top.filter((el) => el.tagName === 'header').length !== 1) problems.push('no single top-level <header>');
    if (top.filter((el) => el.tagName === 'footer').length !== 1) problems.push('no single top-level <footer>');
    const siteNav = useTranslations(page.startsWith('ru/') ? 'ru' : 'en')('nav.label');
    if (!all(body, (el) => el.tagName === 'nav' && attr(el, 'aria-label') === siteNav).length) problems.push('no site navigation');

    const headings = all(body, (el) => /^h[1-6]$/.test(el.tagName));
    const h1s = headings.filter((h) => h.tagName === 'h1');
    if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements`);
    else if (!all(mains[0] ?? body, (el) => el === h1s[0]).length) problems.push('the <h1> is outside <main>');
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName.slice(1));
      if (level > previous + 1) problems.push(`<${h.tagName}> "${attr(h, 'id') ?? ''}" follows <h${previous}>`);
      previous = level;
    }
    expect(problems).toEqual([]);
  });
});
