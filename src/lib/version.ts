/**
 * Which text of an article the site shows, derived from its version statement (content/articles/*.md,
 * `statute.version`): the banner at the top of the article page, the one-line status in the article index,
 * the print header and the "as amended to" date that statute citations name all come from here, so they
 * can never disagree. No date is written by hand: each comes from the entry's data.
 */
import type { ArticleData } from '../schemas/article';
import { formatDate } from './dates';
import { formatLaw } from './text';

type Version = NonNullable<ArticleData['statute']>['version'];
type Law = Version['amendedBy'][number];
type Answer = Version['inForceDuringVisit'];

/** The two dates every version statement answers for (the schema's `inForceDuringVisit` and `inForceJanuary2022`). */
export const checkpoints = {
  visit: 'the Special Rapporteur’s visit (10–17 May 2019)',
  january2022: '2–11 January 2022',
} as const;

/** A later amendment the texts held show, which the text on the page does not include. */
export interface LaterAmendment {
  law: Law;
  /** "Law of 26.06.2020 No. 349-VI". */
  name: string;
  /** Its id on the article page (VersionStatement), e.g. "version-2020-06-26". */
  anchor: string;
  /** What it changed, in a phrase: the first sentence of the entry's `change`. */
  phrase: string;
  /** What it changed, in full, as the entry says it. */
  change: string;
  /** The language the changed text is held in: only the Russian is authoritative. */
  heldIn: 'ru' | 'kk';
}

export interface ArticleVersion {
  /** The last amending law the article's footnote lists; null when it lists none. */
  lastLaw: Law | null;
  /** Date (YYYY-MM-DD) of that law: the "as amended to" date of a citation; null when no law is listed. */
  amendedTo: string | null;
  /** For citations: "as amended to 26 July 2016", or "with no amendment listed in its footnote". */
  asAmended: string;
  /** The newest snapshot that shows the text unchanged, without the entry's explanation: "May 2020". */
  unchangedUntil: string;
  inForceDuringVisit: Answer;
  inForceJanuary2022: Answer;
  /** Later amendments the texts held show, oldest first. */
  later: LaterAmendment[];
  /** The banner's first sentence: which text this is and the dates it covers. */
  shown: string;
  /** The banner's second sentence: whether the text was in force on the two checkpoints. */
  coverage: string;
  /** One line per later amendment, or a single line saying none is held. */
  laterLines: string[];
  /** The article index's one-line status. */
  status: string;
}

/**
 * The first sentence of a prose field, English or Russian ("No. 12-VI", "26.06.2020", "2019 г.", "п. 8", "ст. 405"
 * do not end one).
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const abbreviations = /\bNo\.|\b[A-Z]\.|(?<![А-Яа-яЁё])(?:г|гг|п|пп|ст|ч|см)\./g;
  const end = /[.;](?=\s+[A-ZА-ЯЁ])/.exec(flat.replace(abbreviations, (m) => m.replace('.', '\u0000')));
  return end ? `${flat.slice(0, end.index)}.` : flat;
}

/** The snapshot date of `unchangedUntil`, without the parenthesis or clause that explains it. */
export function snapshotDate(unchangedUntil: string): string {
  return unchangedUntil.split(/\s*[(;]/)[0]!.trim();
}

const visitText: Record<Answer, string> = {
  yes: `in force during ${checkpoints.visit}`,
  no: `not the text in force during ${checkpoints.visit}`,
  unknown: `whether it was in force during ${checkpoints.visit} cannot be told from the texts held`,
};
const januaryText: Record<Answer, string> = {
  yes: `still in force on ${checkpoints.january2022}`,
  no: `no longer in force on ${checkpoints.january2022}`,
  unknown: `whether it was still in force on ${checkpoints.january2022} cannot be told from the texts held`,
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The amendments after the text shown that the stored texts show, as the version statement names and anchors them. */
export function laterAmendments(article: { data: Pick<ArticleData, 'statute'> }): LaterAmendment[] {
  return (article.data.statute?.version.later ?? []).map((v) => ({
    law: v.law,
    name: formatLaw(v.law),
    anchor: `version-${v.law.date}`,
    phrase: firstSentence(v.change),
    change: v.change,
    heldIn: v.evidence.includes('.kk.') ? 'kk' : 'ru',
  }));
}

/** Which text of `article` the site shows, or null when the project holds no text of it. */
export function versionOf(article: { data: Pick<ArticleData, 'number' | 'statute'> }): ArticleVersion | null {
  const version = article.data.statute?.version;
  if (!version) return null;
  const lastLaw = version.amendedBy.at(-1) ?? null;
  const unchangedUntil = snapshotDate(version.unchangedUntil);
  const later = laterAmendments(article);
  const asAmended = lastLaw ? `as amended to ${formatDate(lastLaw.date)}` : 'with no amendment footnote';
  // The date of the amending law is not the day its amendment took effect: the banner names the law and says
  // when it came into force, in the footnote's words, so that no reader takes the law's date for that day.
  const inForce = version.inForceFrom
    .replace(/ of the Law of \S+ No\. \S+/, '')
    .replace(/\s*\(the footnote gives no calendar date\)/, '')
    .replace(/^(.*) after the first official publication$/, '$1 after its first official publication');
  const shown = lastLaw
    ? `Text as amended by the ${formatLaw(lastLaw)} (in force ${inForce}), unchanged at least until ${unchangedUntil}.`
    : `Text with no amendment footnote, unchanged at least until ${unchangedUntil}.`;
  const coverage = `${capitalise(visitText[version.inForceDuringVisit])}; ${januaryText[version.inForceJanuary2022]}.`;
  const laterLines = later.length
    ? later.map(
        (l) =>
          `Amended by the ${l.name}: ${l.phrase}${l.heldIn === 'ru' ? '' : ' The Russian text after this amendment is not held.'}`,
      )
    : [
        'No later amendment appears in the texts held; whether the article has been amended since cannot be told from them.',
      ];
  const status = [
    lastLaw ? `Text as amended by the ${formatLaw(lastLaw)}` : 'Text with no amendment footnote',
    later.length
      ? `amended again ${later.map((l) => formatDate(l.law.date)).join(', ')} (not shown)`
      : 'no later amendment in the texts held',
  ].join('; ');
  return {
    lastLaw,
    amendedTo: lastLaw?.date ?? null,
    asAmended,
    unchangedUntil,
    inForceDuringVisit: version.inForceDuringVisit,
    inForceJanuary2022: version.inForceJanuary2022,
    later,
    shown,
    coverage,
    laterLines,
    status,
  };
}
