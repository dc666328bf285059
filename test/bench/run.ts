// `npm run bench`: builds the site and prints figures (not pass/fail: these machines are shared and noisy).
// Results are appended to test/bench/results.md with the date and machine, keeping earlier runs for comparison.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, tmpDir } from '../helpers/paths.ts';
import { measureSearch } from './search.ts';

const dist = path.join(tmpDir, 'bench-dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: projectRoot,
  env: { ...process.env, SITE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});

const search = await measureSearch(dist);
const lines = [
  `## ${new Date().toISOString()} on ${os.hostname()} (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`,
  '',
  '| search | figure |',
  '| --- | --- |',
  `| cold query “${search.query}”: time to results | ${search.coldMs.toFixed(0)} ms |`,
  `| cold query: bytes fetched | ${kb(search.coldBytes)} |`,
  `| warm query: time to results | ${search.warmMs.toFixed(0)} ms |`,
  `| warm query: bytes fetched | ${kb(search.warmBytes)} |`,
  `| index on disk | ${kb(search.indexBytes)} in ${search.indexFiles} files |`,
  '',
];
console.log(lines.join('\n'));
const results = path.join(projectRoot, 'test', 'bench', 'results.md');
if (!existsSync(results)) writeFileSync(results, '# Benchmark results\n\nFigures from `npm run bench`, newest last.\n\n');
appendFileSync(results, `${lines.join('\n')}\n`);
