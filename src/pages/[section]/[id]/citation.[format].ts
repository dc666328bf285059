// Each entry's citation as a file for reference managers: <entry address>citation.json (CSL-JSON),
// citation.bib (BibTeX) and citation.ris (RIS), e.g. /criminal-code/255/citation.bib.
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadWorks } from '../../../lib/citation/entries';
import { download, downloadFormats, type DownloadFormat } from '../../../lib/citation/exports';
import type { Work } from '../../../lib/citation/works';
import { getArticles, getFindings, getSources, getStandards, requireEntry } from '../../../lib/content';
import { urls, withoutBase } from '../../../lib/urls';

type Works = (site: URL | undefined) => Work[];

/** The route parameters of an entry page's address: "/criminal-code/255/" → section and id. */
function entryParams(pagePath: string): { section: string; id: string } {
  const [section, id, ...rest] = withoutBase(pagePath).split('/').filter(Boolean);
  if (!section || !id || rest.length > 0) throw new Error(`not an entry address: ${pagePath}`);
  return { section, id };
}

export const getStaticPaths = (async () => {
  const entries: { page: string; works: Works }[] = [
    ...(await getArticles()).map((a) => ({ page: urls.article(a.data.number), works: (site: URL | undefined) => downloadWorks.article(a, site) })),
    ...(await Promise.all((await getFindings()).map(async (f) => {
      const source = await requireEntry(f.data.source, `content/findings/${f.id}.yaml field source`);
      return { page: urls.finding(f.id), works: (site: URL | undefined) => downloadWorks.finding(f, source, site) };
    }))),
    ...(await getStandards()).map((s) => ({ page: urls.standard(s.id), works: (site: URL | undefined) => downloadWorks.standard(s, site) })),
    ...(await getSources()).map((s) => ({ page: urls.source(s.id), works: (site: URL | undefined) => downloadWorks.source(s, site) })),
  ];
  return entries.flatMap(({ page, works }) =>
    (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({ params: { ...entryParams(page), format }, props: { works, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { works, format } = props as { works: Works; format: DownloadFormat };
  return new Response(download(format, works(site)), { headers: { 'Content-Type': `${downloadFormats[format].type}; charset=utf-8` } });
};
