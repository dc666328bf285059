/**
 * Which text of an article a statute citation cites, derived from the article's version statement
 * (content/articles/<n>.md, statute.version), never typed into a citation by hand.
 */

// The date is read by the code the article schema checks it with, so the two cannot disagree.
export { amendedToDate } from '../../schemas/amendedTo';

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
