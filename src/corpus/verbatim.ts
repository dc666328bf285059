/**
 * Verbatim comparison of quotations with their stored source texts.
 * Whitespace runs count as one space (line wrapping is layout, not wording) and the light inline markup
 * kept in stored texts (**bold**, *italic*, [link](#)) is ignored; every other character must match.
 */
export function normaliseForComparison(text: string): string {
  return stripInlineMarkup(text).replace(/\s+/g, ' ').trim();
}

export function stripInlineMarkup(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?=[^\w*]|$)/g, '$1$2');
}

export function containsVerbatim(haystack: string, needle: string): boolean {
  const n = normaliseForComparison(needle);
  return n.length > 0 && normaliseForComparison(haystack).includes(n);
}

/** The longest leading part of `needle` found verbatim in `haystack`: points an editor at the first wrong character. */
export function firstMismatch(haystack: string, needle: string): { at: number; context: string } | null {
  const h = normaliseForComparison(haystack);
  const n = normaliseForComparison(needle);
  if (h.includes(n)) return null;
  let lo = 0;
  let hi = n.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (h.includes(n.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return { at: lo, context: n.slice(Math.max(0, lo - 30), lo + 30) };
}

/**
 * The one message for a quotation that is not in its stored text, naming where it should stand and the first
 * character that differs, e.g. `not verbatim in content/reference/…/255.ru.md: first difference after "…от шести до"`.
 */
export function notVerbatim(where: string, haystack: string, needle: string): string {
  return `not verbatim in ${where}: first difference after "…${firstMismatch(haystack, needle)?.context ?? ''}"`;
}
