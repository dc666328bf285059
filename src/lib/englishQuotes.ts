/**
 * In our Russian, a UN document is quoted in its English original (“…”); a screen reader must read those words
 * as English, so each such quotation is marked lang="en". Only text between tags is touched: a link's title
 * (the source's supporting words) is an attribute and stays as it is.
 */
const quoted = /“([^“”<>]*[A-Za-z][^“”<>]*)”/g;

export function markEnglishQuotes(html: string): string {
  // Framed so that text before the first tag and after the last is text between tags too.
  return `>${html}<`
    .replace(/>([^<>]+)</g, (_whole, text: string) => `>${text.replace(quoted, '<span lang="en">“$1”</span>')}<`)
    .slice(1, -1);
}
