import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataNames, openDataSchema, type OpenDataName } from '../../../lib/openData';

export const getStaticPaths = (() => openDataNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/schema/<name>.json: the JSON Schema of /data/<name>.json. */
export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(openDataSchema(params.name as OpenDataName, site), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
