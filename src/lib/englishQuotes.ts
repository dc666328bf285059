/**
 * In our Russian, a UN document is quoted in its English original (“…”), and a publisher keeps its own name
 * (Human Rights Watch, CIVICUS); a screen reader must read those words as English, so each such quotation and
 * each run of words in Latin letters is marked lang="en" (lib/translationChecks.ts makes sure such a run is a
 * name, not an English word left untranslated). Only text between tags is touched: a link's title (the source's
 * supporting words) is an attribute and stays as it is.
 */
const quoted = /“([^“”<>]*[A-Za-z][^“”<>]*)”/g;
// A run of words in Latin letters ("ARTICLE 19", "Human Rights Watch"), not an HTML entity's name ("&amp;").
const latinRun = /(?<![&#\w])[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+(?:[A-Za-z][A-Za-z'’-]*|\d+\b))*/g;

export function markEnglishQuotes(html: string): string {
  // Framed so that text before the first tag and after the last is text between tags too.
  return `>${html}<`.replace(/>([^<>]+)</g, (_whole, text: string) => `>${markText(text)}<`).slice(1, -1);
}

function markText(text: string): string {
  // Quotations and addresses first (an address is neither English nor Russian); the Latin runs between them.
  return text
    .split(/(“[^“”<>]*”|https?:\/\/[^\s<>]+)/)
    .map((part, i) =>
      i % 2 === 0
        ? part.replace(latinRun, (run) => `<span lang="en">${run}</span>`)
        : part.replace(quoted, '<span lang="en">“$1”</span>'),
    )
    .join('');
}
