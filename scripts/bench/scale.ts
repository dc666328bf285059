// How the build grows with the corpus: a synthetic corpus of a given number of articles, built in a
// scratch folder, with build time, pages per second, peak memory, output size and the heaviest page (or why
// it failed).
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { contentDir, projectRoot } from '../../test/helpers/paths.ts';
import { generateCorpus, type CorpusSize } from './synthetic.ts';
import { watchTreeMemory } from './treeMemory.ts';

export interface ScaleFigures {
  corpus: CorpusSize;
  pages: number;
  buildSeconds: number;
  /** Peak resident memory of the build, in bytes: Node and Pagefind's indexer together (treeMemory.ts). */
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

/** Files under a folder, with their sizes. */
function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file, bytes: statSync(file).size };
    });
}

/** Runs a command to its end, with its output, and the peak memory of its process tree. */
function runWatched(
  command: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchTreeMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      memory.stop();
      resolve({ status, output, peakBytes: memory.peak() });
    });
  });
}

/** Generates a corpus of `articles` articles under `workDir`, builds it, measures the output and cleans up. */
export async function measureScale(workDir: string, articles: number): Promise<ScaleFigures | ScaleFailure> {
  const content = path.join(workDir, 'content');
  const dist = path.join(workDir, 'dist');
  const corpus = generateCorpus(contentDir, content, articles);
  const started = performance.now();
  const run = await runWatched(
    [process.execPath, path.join(projectRoot, 'scripts', 'bench', 'build-site.ts'), path.join(workDir, 'cache')],
    { ...process.env, KZ_CONTENT_DIR: content, SITE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    rmSync(workDir, { recursive: true, force: true });
    const why = stripVTControlCharacters(run.output)
      .trim()
      .split('\n')
      .filter((l) => /error/i.test(l))
      .slice(-2)
      .join(' ');
    return { corpus, buildSeconds, error: why || `exit ${run.status}` };
  }
  const files = filesUnder(dist);
  const pages = files.filter((f) => f.file.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: dist, bytes: 0 });
  const figures: ScaleFigures = {
    corpus,
    pages: pages.length,
    buildSeconds,
    peakBytes: run.peakBytes,
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    indexBytes: files
      .filter((f) => f.file.startsWith(path.join(dist, 'pagefind') + path.sep))
      .reduce((sum, f) => sum + f.bytes, 0),
    largest: { page: `/${path.relative(dist, largest.file).replace(/index\.html$/, '')}`, bytes: largest.bytes },
  };
  rmSync(workDir, { recursive: true, force: true });
  return figures;
}
