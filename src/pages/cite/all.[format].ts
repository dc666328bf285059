// The whole site's citations in one file per format (/cite/all.json, all.bib, all.ris): every work that any
// entry's download holds, once, under the same key as in the entry's own file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryDownloads } from '../../lib/citation/downloads';
import { download, downloadFormats, uniqueWorks, type DownloadFormat } from '../../lib/citation/exports';

export const getStaticPaths = (() =>
  (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
    params: { format },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const format = params.format as DownloadFormat;
  const works = uniqueWorks((await entryDownloads()).flatMap((e) => e.works(site)));
  return new Response(download(format, works), {
    headers: { 'Content-Type': `${downloadFormats[format].type}; charset=utf-8` },
  });
};
