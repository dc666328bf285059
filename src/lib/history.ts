import type { HistoryKind } from '../schemas/fragments';

/** One line of an entry's review history (articles record them; findings and standards only their review). */
export interface HistoryLine {
  date: string;
  change: string;
  /** A correction fixes an error in what the page said; anything else is a revision. */
  kind?: HistoryKind | undefined;
}

export const isCorrection = (line: HistoryLine): boolean => line.kind === 'correction';
