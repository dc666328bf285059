import { render } from 'astro:content';
import { readReferenceText } from '../../corpus/referenceText';
import { paragraphs } from '../text';
import { definitionsFor, getArticles, requireEntries, requireEntry, type Article } from '../content';
import { quotationPieces } from '../footnoteMarkers';
import { penaltyBars } from '../penalties';
import { sinceTheVisit } from '../sinceTheVisit';
import { getEvents } from '../timeline';
import { gapFindingBasis, linkBasisOf, namingWords } from '../provenance';

/** Everything an article page shows, with every reference resolved (or the build fails naming the entry). */
export async function loadArticlePage(article: Article) {
  const from = `content/articles/${article.id} (Article ${article.data.number})`;
  const findings = await Promise.all(
    (await requireEntries(article.data.findings, `${from} field findings`)).map(async (finding) => {
      const link = finding.data.articles.find((l) => l.id.id === article.data.number);
      return {
        finding,
        source: await requireEntry(finding.data.source, `content/findings/${finding.id}.yaml field source`),
        // Whether the finding's own paragraph names this article, and the words that do.
        basis: linkBasisOf(finding.data.articles, article.data.number) ?? 'analysis',
        words: link ? namingWords(link, finding.data.paragraph) : undefined,
        quotation: quotationPieces(finding.data.quote, finding.data.source.id),
      };
    }),
  );
  const gaps = await Promise.all(
    article.data.gaps.map(async (gap, i) => ({
      gap,
      standard: await requireEntry(gap.standard, `${from} field gaps.${i}.standard`),
      findings: (await requireEntries(gap.findings, `${from} field gaps.${i}.findings`)).map((finding) => ({
        finding,
        basis: gapFindingBasis(finding.data, article.data.number, gap.standard.id),
      })),
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
  const otherNames = await Promise.all(
    article.data.otherNames.map(async (name, i) => ({
      name,
      source: name.source ? await requireEntry(name.source, `${from} field otherNames.${i}.source`) : undefined,
      /** Where the project's copy of the reference text came from, as its header records it. */
      referenceSource: name.reference ? readReferenceText(name.reference)?.meta.source : undefined,
    })),
  );
  const statute = article.data.statute;
  const events = await getEvents();
  // A status's evidence is an event of the timeline: one that does not exist fails the build, naming the entry.
  article.data.recommendations.forEach((r, i) => {
    if (r.status && !events.some((e) => e.id === r.status!.event)) {
      throw new Error(
        `${from} field recommendations.${i}.status.event: no timeline event "${r.status.event}" in content/timeline.yaml`,
      );
    }
  });
  return {
    article,
    /** The analysis (the entry's Markdown body), rendered. */
    Content: (await render(article)).Content,
    /** Where the stored Russian text came from, as its header records it. */
    statuteSource: statute ? (readReferenceText(statute.file)?.meta.source ?? 'not recorded') : undefined,
    penalties: penaltyBars([article]),
    findings,
    gaps,
    applications,
    recommendations,
    related,
    otherNames,
    definitions: await definitionsFor(article.data.number),
    since: sinceTheVisit(article, events),
    events,
  };
}

export type ArticlePage = Awaited<ReturnType<typeof loadArticlePage>>;

/** The routes of an article's pages (its page and its citation page, in either language): one per article. */
export async function articlePaths() {
  return (await getArticles()).map((article) => ({ params: { number: article.data.number }, props: { article } }));
}
export type ArticlePathProps = Awaited<ReturnType<typeof articlePaths>>[number]['props'];

/**
 * The Kazakh text of an article, where the project holds it (content/reference/criminal-code/kk-2022/): shown
 * verbatim on the Russian page after the Russian, with the version it is (a later one than the Russian shown)
 * and where it came from. Kazakh and Russian texts of Kazakhstan's laws are both official.
 */
export function kazakhText(article: Article) {
  const held = readReferenceText(`criminal-code/kk-2022/${article.data.number}.kk.md`);
  if (!held) return undefined;
  // The page says which version this is ("as amended to at least January 2022"): a file that says otherwise would
  // make it wrong, so the build stops instead.
  if (!/January 2022/.test(held.meta.version ?? '')) {
    throw new Error(
      `content/reference/criminal-code/kk-2022/${article.data.number}.kk.md: its version line no longer says January 2022, which the Russian page states (statute.kazakhNote); update one or the other.`,
    );
  }
  return { title: held.title, paragraphs: paragraphs(held.body), version: held.meta.version, from: held.meta.source };
}
