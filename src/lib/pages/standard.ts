import { readReferenceText } from '../../corpus/referenceText';
import { articlesFallingShortOf, getFindings, type Standard } from '../content';

/**
 * Everything a standard's page shows: the standard, where its quoted text came from (the stored file's
 * `source` and `completeness`), the articles that fall short of it with the gap, and the findings that apply it.
 */
export async function loadStandardPage(standard: Standard) {
  const stored = standard.data.textFile ? readReferenceText(standard.data.textFile) : null;
  return {
    standard,
    provenance: { source: stored?.meta.source, completeness: stored?.meta.completeness },
    shortfalls: await articlesFallingShortOf(standard.id),
    findings: (await getFindings()).filter((f) => f.data.standards.some((s) => s.id === standard.id)),
  };
}

export type StandardPage = Awaited<ReturnType<typeof loadStandardPage>>;
