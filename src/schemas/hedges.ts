/**
 * A summary keeps its source's hedges. A passage that says a practice "appears" arbitrary, or that cases were
 * "reportedly" opened, must not come out of our summary as a flat statement of fact: a filing that drops the
 * hedge is rebutted at once. This catches a summary with no hedge at all under a hedged passage; it cannot
 * tell whether the hedge kept is on the same point, nor judge a hedge phrased in other words.
 */

// Words by which a passage holds back from asserting (a bare "may" is left out: it often grants a power).
export const passageHedge =
  /\b(appears?|appeared|seem(s|ed|ingly)?|reportedly|allegations?|alleged(ly)?|suggest(s|ing|ed)?|possibl[ey]|may (constitute|amount|infringe|be arbitrary))\b/i;
// Words by which our summary can keep that reserve.
const summaryHedge =
  /\b(appears?|appeared|apparently|seem(s|ed|ingly)?|reportedly|reported|allegations?|alleged(ly)?|accounts?|suggest(s|ing|ed)?|possibl[ey]|may|might|could|can)\b/i;

/** The hedge of `quote` that `summary` drops, or null when the summary keeps one (or the quote has none). */
export function droppedHedge(quote: string, summary: string): string | null {
  const hedge = passageHedge.exec(quote)?.[0];
  if (!hedge) return null;
  return summaryHedge.test(summary) ? null : hedge;
}
