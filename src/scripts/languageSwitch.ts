// Keeps the reader's pinpoint (#part-2, #finding-…) when they switch language: both pages have the same anchors.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-fragment]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}

export {};
