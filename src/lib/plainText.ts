/**
 * Markup in a plain-text field. Titles, summaries and notes are shown escaped, so a tag in them cannot run;
 * but it reads as "<script>…" on the page, reaches the open data raw, and becomes real elements in citeproc's
 * output. An editor who types one meant something else: the build says so.
 */
export interface MarkupInText {
  /** The field's path in the entry's data. */
  path: (string | number)[];
  /** The markup found. */
  markup: string;
}

// A start or end tag, a comment, a declaration or a processing instruction.
const markup = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<![A-Za-z]|<\?/;

export function findMarkupInText(data: unknown, at: (string | number)[] = []): MarkupInText[] {
  if (typeof data === 'string') {
    const found = markup.exec(data)?.[0];
    return found ? [{ path: at, markup: found }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => findMarkupInText(item, [...at, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findMarkupInText(value, [...at, key]));
  }
  return [];
}
