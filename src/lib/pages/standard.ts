import { readReferenceText } from '../../corpus/referenceText';
import { articlesFallingShortOf, getFindings, type Standard } from '../content';

/**
 * Everything a standard's page shows: the standard, where its quoted text came from (the stored file's
 * `print`, `source`, `completeness` and `cleanup`), the articles that fall short of it or go beyond it (each
 * with its gap), and the findings linked to it, each with its link (whose basis says who makes it).
 */
export async function loadStandardPage(standard: Standard) {
  const stored = standard.data.textFile ? readReferenceText(standard.data.textFile) : null;
  return {
    standard,
    provenance: {
      print: stored?.meta.print,
      source: stored?.meta.source,
      completeness: stored?.meta.completeness,
      cleanup: stored?.meta.cleanup,
    },
    shortfalls: await articlesFallingShortOf(standard.id),
    findings: (await getFindings()).flatMap((finding) => {
      const link = finding.data.standards.find((s) => s.id.id === standard.id);
      return link ? [{ finding, link }] : [];
    }),
  };
}

export type StandardPage = Awaited<ReturnType<typeof loadStandardPage>>;
