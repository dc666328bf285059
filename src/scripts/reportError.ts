// Adds the pinpoint the reader came from (#part-2, #para-11) to the "Report an error" message, so the
// report points at the passage and not only the page. Without JavaScript the link carries the page address.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.report-error-link')) {
  const page = link.dataset.permalink;
  const original = link.href;
  if (!page) continue;
  link.addEventListener('click', () => {
    const pinpoint = location.hash.length > 1 ? location.hash : '';
    link.href = original.replaceAll(encodeURIComponent(page), encodeURIComponent(`${page}${pinpoint}`));
  });
}

export {};
