/** Every entry's downloadable works, for its own files (<entry>/citation.*) and the whole-site files on /cite/. */
import { getArticles, getFindings, getSources, getStandards, requireEntry } from '../content';
import { urls } from '../urls';
import { downloadWorks } from './entries';
import type { Work } from './works';

export type Works = (site: URL | undefined) => Work[];

/** Each entry page's address (as urls.* gives it) and the works its downloads hold. */
export async function entryDownloads(): Promise<{ page: string; works: Works }[]> {
  return [
    ...(await getArticles()).map((a) => ({
      page: urls.article(a.data.number),
      works: (site: URL | undefined) => downloadWorks.article(a, site),
    })),
    ...(await Promise.all(
      (await getFindings()).map(async (f) => {
        const source = await requireEntry(f.data.source, `content/findings/${f.id}.yaml field source`);
        return { page: urls.finding(f.id), works: (site: URL | undefined) => downloadWorks.finding(f, source, site) };
      }),
    )),
    ...(await getStandards()).map((s) => ({
      page: urls.standard(s.id),
      works: (site: URL | undefined) => downloadWorks.standard(s, site),
    })),
    ...(await getSources()).map((s) => ({
      page: urls.source(s.id),
      works: (site: URL | undefined) => downloadWorks.source(s, site),
    })),
  ];
}
