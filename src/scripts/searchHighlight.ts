import { fragmentId, highlightPattern, highlightTerms } from '../lib/highlightTerms';

/** Marks the searched words on a page opened from a search result and scrolls to the first of them. */
function highlight(): void {
  const pattern = highlightPattern(highlightTerms(location.search));
  const main = document.querySelector('main');
  if (!pattern || !main) return;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [hidden], .pinpoint')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(
        text.slice(last, match.index),
        Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: match[0] }),
      );
      last = (match.index ?? 0) + match[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  // A sub-result link carries the passage's #id: the first hit inside it, else the first on the page.
  const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const first = target?.querySelector('mark.search-hit') ?? main.querySelector('mark.search-hit');
  first?.scrollIntoView({ block: 'center' });
}

highlight();
