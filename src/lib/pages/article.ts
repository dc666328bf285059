import { render } from 'astro:content';
import { readReferenceText } from '../../corpus/referenceText';
import { definitionsFor, requireEntries, requireEntry, type Article } from '../content';
import { penaltyBars } from '../penalties';

/** Everything an article page shows, with every reference resolved (or the build fails naming the entry). */
export async function loadArticlePage(article: Article) {
  const from = `content/articles/${article.id} (Article ${article.data.number})`;
  const findings = await Promise.all(
    (await requireEntries(article.data.findings, `${from} field findings`)).map(async (finding) => ({
      finding,
      source: await requireEntry(finding.data.source, `content/findings/${finding.id}.yaml field source`),
    })),
  );
  const gaps = await Promise.all(
    article.data.gaps.map(async (gap, i) => ({
      gap,
      standard: await requireEntry(gap.standard, `${from} field gaps.${i}.standard`),
      findings: await requireEntries(gap.findings, `${from} field gaps.${i}.findings`),
    })),
  );
  const applications = await Promise.all(
    article.data.applications.map(async (application, i) => ({
      application,
      source: await requireEntry(application.source, `${from} field applications.${i}.source`),
    })),
  );
  const recommendations = await Promise.all(
    article.data.recommendations.map(async (recommendation, i) => ({
      recommendation,
      source: await requireEntry(recommendation.source, `${from} field recommendations.${i}.source`),
    })),
  );
  const related = await Promise.all(
    article.data.related.map(async (r, i) => ({
      why: r.why,
      article: await requireEntry(r.article, `${from} field related.${i}.article`),
    })),
  );
  const statute = article.data.statute;
  return {
    article,
    /** The analysis (the entry's Markdown body), rendered. */
    Content: (await render(article)).Content,
    /** Where the stored Russian text came from, as its header records it. */
    statuteSource: statute ? readReferenceText(statute.file)?.meta.source ?? 'not recorded' : undefined,
    penalties: penaltyBars([article]),
    findings,
    gaps,
    applications,
    recommendations,
    related,
    definitions: await definitionsFor(article.data.number),
  };
}

export type ArticlePage = Awaited<ReturnType<typeof loadArticlePage>>;
