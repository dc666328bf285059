import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataDocument, openDataNames, type OpenDataName } from '../../lib/openData';

export const getStaticPaths = (() => openDataNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/<name>.json: one collection as open data. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(`${JSON.stringify(await openDataDocument(params.name as OpenDataName, site), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
