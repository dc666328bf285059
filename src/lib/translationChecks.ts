/**
 * The checks on our Russian texts that need no content API: a «…» quotation in them is the statute's own words,
 * found verbatim (case and spacing aside) in the Russian the page shows; and a translation lags when the English
 * entry was reviewed after the revision it translates.
 */
const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** The «…» quotations of `text` that are not, word for word, in `held`. */
export function unheldQuotes(text: string, held: string): string[] {
  const within = flat(held);
  return [...text.matchAll(/«([^«»]+)»/g)].map((m) => m[1]!).filter((q) => !within.includes(flat(q)));
}

/**
 * The “…” quotations of our Russian that the English entry does not make: a quotation of a UN document stays in
 * its English original (our Russian follows it, unquoted), so each must be, word for word, one the English makes.
 */
export function unmatchedEnglishQuotes(text: string, english: string): string[] {
  const within = flat(english.replace(/[“”]/g, '"'));
  return [...text.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!).filter((q) => !within.includes(flat(q)));
}

/** The English revision (YYYY-MM-DD) a translation made from `translates` lags, or undefined if it does not. */
export function lagging(englishReviewed: string, translates: string): string | undefined {
  return englishReviewed > translates ? englishReviewed : undefined;
}

/**
 * Whether our Russian uses straight quotation marks outside its pinpoint links: "…" would slip past both rules
 * above, so a quotation must be «…» (the statute) or “…” (a UN document in English).
 */
export const hasStraightQuotes = (text: string): boolean => /"/.test(text.replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ']'));
