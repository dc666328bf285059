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

/**
 * Where `needle` stops matching `haystack`: `at` is the length of its longest leading part found verbatim, and
 * `stored` / `entry` are the two texts side by side around that point (the same words before it, then each
 * text's own), so an editor sees both the stored wording and the entry's.
 */
export function firstMismatch(
  haystack: string,
  needle: string,
): { at: number; context: string; stored: string; entry: string } | null {
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
  const where = lo === 0 ? 0 : h.indexOf(n.slice(0, lo)) + lo;
  const before = Math.min(lo, 40);
  // Both windows start the same number of characters before the difference, so the agreeing words line up.
  const window = (text: string, at: number) =>
    `${lo > before ? '…' : ''}${text.slice(at - before, at + 40)}${text.length > at + 40 ? '…' : ''}`;
  return {
    at: lo,
    context: n.slice(Math.max(0, lo - 30), lo + 30),
    stored: lo === 0 ? '' : window(h, where),
    entry: window(n, lo),
  };
}

/**
 * The message line for a quotation that differs from its stored text: both texts aligned, with a caret under
 * the first character that differs.
 */
export function describeMismatch(haystack: string, needle: string): string {
  const miss = firstMismatch(haystack, needle);
  if (!miss) return '';
  if (miss.at === 0)
    return `its first words are not in the stored text at all.
      the entry's text: "${miss.entry}"`;
  const caret = miss.entry.startsWith('…') ? 41 : miss.at;
  return [
    `the texts agree for ${miss.at} characters, then differ at the caret:`,
    `      stored text:      "${miss.stored}"`,
    `      the entry's text: "${miss.entry}"`,
    `                         ${' '.repeat(caret)}^`,
  ].join('\n');
}

/**
 * The one message for a quotation that is not in its stored text, naming where it should stand and showing
 * both texts side by side with a caret under the first difference (describeMismatch).
 */
export function notVerbatim(where: string, haystack: string, needle: string): string {
  return `not verbatim in ${where}: ${describeMismatch(haystack, needle)}`;
}
