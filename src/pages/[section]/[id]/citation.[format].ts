// Each entry's citation as a file for reference managers: <entry address>citation.json (CSL-JSON),
// citation.bib (BibTeX) and citation.ris (RIS), e.g. /criminal-code/255/citation.bib.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryDownloads, type Works } from '../../../lib/citation/downloads';
import { download, downloadFormats, type DownloadFormat } from '../../../lib/citation/exports';
import { withoutBase } from '../../../lib/urls';

/** The route parameters of an entry page's address: "/criminal-code/255/" → section and id. */
function entryParams(pagePath: string): { section: string; id: string } {
  const [section, id, ...rest] = withoutBase(pagePath).split('/').filter(Boolean);
  if (!section || !id || rest.length > 0) throw new Error(`not an entry address: ${pagePath}`);
  return { section, id };
}

export const getStaticPaths = (async () => {
  return (await entryDownloads()).flatMap(({ page, works }) =>
    (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
      params: { ...entryParams(page), format },
      props: { works, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { works, format } = props as { works: Works; format: DownloadFormat };
  return new Response(download(format, works(site)), {
    headers: { 'Content-Type': `${downloadFormats[format].type}; charset=utf-8` },
  });
};
