/**
 * Which text of an article a statute citation cites, derived from the article's version statement
 * (content/articles/<n>.md, statute.version), never typed into a citation by hand.
 */

/** An amending law as the version statement records it. */
export interface AmendingLaw {
  /** YYYY-MM-DD. */
  date: string;
  number: string;
}

/** The text a statute citation cites. */
export interface StatuteVersion {
  /**
   * "As amended to" this date (YYYY-MM-DD): the newest amending law cited in the snapshot of the Code the
   * text was taken from, so every amendment up to that law is in the text shown.
   */
  amendedTo: string;
  /** A later text the page describes: the law that made it (the text is then cited as amended by that law). */
  amendedBy?: AmendingLaw;
}

// The statement names its snapshot as "… cites laws up to 04.05.2020 No. 321-VI …" (see content/articles/*.md).
const citesLawsUpTo = /cites laws up to (\d{2})\.(\d{2})\.(\d{4})\b/;

/**
 * The "as amended to" date of a version statement's `unchangedUntil`, or undefined when it names none (the
 * article schema then rejects the entry, so no statute citation goes out without its version).
 */
export function amendedToDate(unchangedUntil: string): string | undefined {
  const m = citesLawsUpTo.exec(unchangedUntil);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}
