import { stripVTControlCharacters } from 'node:util';
// How the build grows with the corpus: a synthetic corpus of a given number of articles, built in a
// scratch folder, with build time, pages per second, output size and the heaviest page (or why it failed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir, projectRoot } from '../../test/helpers/paths.ts';
import { generateCorpus, type CorpusSize } from './synthetic.ts';

export interface ScaleFigures {
  corpus: CorpusSize;
  pages: number;
  buildSeconds: number;
  /** Peak resident memory of the build, in bytes: the largest process (Node or Pagefind's indexer). */
  peakBytes: number;
  distBytes: number;
  indexBytes: number;
  largest: { page: string; bytes: number };
}

/** A corpus whose build did not finish, with the error it ended on. */
export interface ScaleFailure {
  corpus: CorpusSize;
  buildSeconds: number;
  error: string;
}

const gnuTime = '/usr/bin/time';

/** Files under a folder, with their sizes. */
function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file, bytes: statSync(file).size };
    });
}

/** Generates a corpus of `articles` articles under `workDir`, builds it, measures the output and cleans up. */
export function measureScale(workDir: string, articles: number): ScaleFigures | ScaleFailure {
  const content = path.join(workDir, 'content');
  const dist = path.join(workDir, 'dist');
  const corpus = generateCorpus(contentDir, content, articles);
  const started = performance.now();
  // GNU time reports the largest resident set among the build and the processes it waits for (Pagefind);
  // without it, the Node process reports its own.
  const command = [
    process.execPath,
    path.join(projectRoot, 'scripts', 'bench', 'build-site.ts'),
    path.join(workDir, 'cache'),
  ];
  const timed = existsSync(gnuTime) ? [gnuTime, '-f', 'peak-rss-kib=%M', ...command] : command;
  const run = spawnSync(timed[0]!, timed.slice(1), {
    cwd: projectRoot,
    env: { ...process.env, KZ_CONTENT_DIR: content, SITE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    rmSync(workDir, { recursive: true, force: true });
    const why = stripVTControlCharacters(`${run.stderr ?? ''}`)
      .trim()
      .split('\n')
      .filter((l) => /error/i.test(l))
      .slice(-2)
      .join(' ');
    return { corpus, buildSeconds, error: why || `exit ${run.status ?? run.signal}` };
  }
  const peaks = [...`${run.stdout ?? ''}\n${run.stderr ?? ''}`.matchAll(/peak-rss-kib=(\d+)/g)].map(
    (m) => Number(m[1]) * 1024,
  );
  const files = filesUnder(dist);
  const pages = files.filter((f) => f.file.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: dist, bytes: 0 });
  const figures: ScaleFigures = {
    corpus,
    pages: pages.length,
    buildSeconds,
    peakBytes: Math.max(0, ...peaks),
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    indexBytes: files
      .filter((f) => f.file.startsWith(path.join(dist, 'pagefind') + path.sep))
      .reduce((sum, f) => sum + f.bytes, 0),
    largest: { page: `/${path.relative(dist, largest.file).replace(/index\.html$/, '')}`, bytes: largest.bytes },
  };
  rmSync(workDir, { recursive: true, force: true });
  return figures;
}
