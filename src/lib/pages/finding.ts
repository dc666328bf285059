import { requireEntries, requireEntry, type Finding } from '../content';
import { quotationPieces } from '../footnoteMarkers';

/**
 * Everything a finding's page shows: the finding, its source, and the articles and standards it is linked to,
 * in the order of its links (finding.data.articles / standards, which carry each link's basis).
 */
export async function loadFindingPage(finding: Finding) {
  const from = `content/findings/${finding.id}.yaml`;
  return {
    finding,
    source: await requireEntry(finding.data.source, `${from} field source`),
    quotation: quotationPieces(finding.data.quote, finding.data.source.id),
    articles: await requireEntries(
      finding.data.articles.map((l) => l.id),
      `${from} field articles`,
    ),
    standards: await requireEntries(
      finding.data.standards.map((l) => l.id),
      `${from} field standards`,
    ),
  };
}

export type FindingPage = Awaited<ReturnType<typeof loadFindingPage>>;
