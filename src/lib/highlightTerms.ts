/**
 * The words to highlight on a page opened from a search result (`?highlight=word&highlight=other`, the
 * parameter Pagefind adds). Quoted phrases stay whole; very short words would mark noise.
 */
export function highlightTerms(search: string): string[] {
  const params = new URLSearchParams(search);
  const terms = params.getAll('highlight').flatMap((value) => {
    const phrase = /^\s*["“«„](.+)["”»“]\s*$/.exec(value);
    return phrase ? [phrase[1] ?? ''] : value.split(/\s+/);
  });
  return [...new Set(terms.map((t) => t.trim().replace(/^["“«„]|["”»“]$/g, '')).filter((t) => t.length >= 2))];
}

/**
 * A pattern that finds the terms at the start of a word, in any case, Cyrillic included. A word's final vowels
 * or soft sign are dropped so that inflected forms match too (рознь → розни, consequence → consequences),
 * as Pagefind's own stemming found them.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) =>
      stem(t)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

function stem(term: string): string {
  const stemmed = term.replace(/[aeiouyаеёиоуыэюяьй]+$/iu, '');
  return stemmed.length >= 4 ? stemmed : term;
}

/**
 * The element id a `#fragment` names, decoded where it is percent-encoded. A malformed escape (`#%E0%A4%A`)
 * is taken as written rather than thrown: an address typed or cut short by hand must not stop the page.
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
