/** A formatted citation as plain text (to paste anywhere) and as HTML (italics where the style wants them). */
export interface Formatted {
  text: string;
  html: string;
}

/** A piece of a citation; plain strings are roman. */
export type Run = string | { italic: string };

/** Italic text, e.g. a title in Bluebook. */
export const italic = (text: string): Run => ({ italic: text });

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Joins runs into the text and HTML forms of one citation. */
export function render(runs: Run[]): Formatted {
  return {
    text: runs.map((r) => (typeof r === 'string' ? r : r.italic)).join(''),
    html: runs.map((r) => (typeof r === 'string' ? escapeHtml(r) : `<i>${escapeHtml(r.italic)}</i>`)).join(''),
  };
}
