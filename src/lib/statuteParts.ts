/**
 * Whether an article's text is divided into numbered parts. An article of one unnumbered paragraph (184,
 * 260) is still shown at #part-1, its published address, but is headed and cited as the article: a citation
 * "art 184(1)" would point a reader to a part that does not exist.
 */
export function hasNumberedParts(parts: readonly { ru: string }[]): boolean {
  return parts.length > 1 || /^\s*1\.\s/.test(parts[0]?.ru ?? '');
}

/** The heading of a part on the article page and its citation page. */
export function partHeading(parts: readonly { ru: string }[], n: number): string {
  return hasNumberedParts(parts) ? `Part ${n}` : 'Text of the article';
}
