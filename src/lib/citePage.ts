/**
 * The citation page of an entry (…/cite/): every pinpoint of the entry page, under the same id, with its
 * formatted citations. The entry page links each pinpoint's "Cite" here instead of repeating the citations.
 * The citations themselves come unchanged from lib/citation/entries.
 */
import type { ArticlePage } from './pages/article';
import type { CitationBox } from './citation/groups';
import { gapWords } from './labels';
import { partHeading } from './statuteParts';
import { pinpoints, urls } from './urls';

/** One pinpoint on a citation page: its id (the same as on the entry page), its heading and citations. */
export interface CitedPinpoint {
  id: string;
  heading: string;
  box: CitationBox;
}

/** The pinpoints of an article page in reading order, with the heading each has there. */
export function articlePinpointHeadings(page: ArticlePage): [id: string, heading: string][] {
  const statute = page.article.data.statute;
  return [
    ...(statute?.parts ?? []).map((p): [string, string] => [pinpoints.part(p.n), partHeading(statute!.parts, p.n)]),
    ...(statute?.note ? [['note', 'Note'] as [string, string]] : []),
    ...(statute?.footnote ? [['footnote', 'Amendment footnote'] as [string, string]] : []),
    ...page.findings.map(({ finding }): [string, string] => [
      pinpoints.finding(finding.id),
      `Finding: ${finding.data.title}`,
    ]),
    ...page.gaps.map(({ gap, standard }): [string, string] => [
      pinpoints.standard(standard.id),
      `${gapWords[gap.role].pinpoint} ${standard.data.shortName}`,
    ]),
    ['applications', 'Documented applications'],
    // Numbered, as two applications may share a date (and headings must differ).
    ...page.applications.map(({ application }, i): [string, string] => [
      pinpoints.application(application.id),
      `Application ${i + 1}: ${application.when}`,
    ]),
    ['since-the-visit', 'Since the visit'],
    ['recommendations', 'Recommendations'],
    ...page.recommendations.map(({ recommendation }, i): [string, string] => [
      pinpoints.recommendation(recommendation.id),
      `Recommendation ${i + 1}`,
    ]),
  ];
}

/** Each pinpoint of an article page that has citations, in reading order, for its citation page. */
export function articleCitedPinpoints(page: ArticlePage, boxes: Map<string, CitationBox>): CitedPinpoint[] {
  return articlePinpointHeadings(page).flatMap(([id, heading]) => {
    const box = boxes.get(id);
    return box ? [{ id, heading, box }] : [];
  });
}

/** Where each pinpoint of an article page is cited: its id on the citation page. */
export function articleCiteLinks(page: ArticlePage, boxes: Map<string, CitationBox>): Map<string, string> {
  const n = page.article.data.number;
  return new Map([...boxes.keys()].map((id) => [id, urls.articleCite(n, id)]));
}
