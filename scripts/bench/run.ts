// `npm run bench`: builds the site and prints figures (not pass/fail: these machines are shared and noisy).
// Results are appended to scripts/bench/results.md with the date and machine, keeping earlier runs for comparison.
//
//   npm run bench                      page weight, Lighthouse, search, and builds of 100 and 1,000 articles
//   npm run bench -- --scale=100       other corpus sizes (comma-separated)
//   npm run bench -- --full            adds 5,000 articles: several minutes, several GB (see results.md)
//   npm run bench -- --no-scale --no-lighthouse   the quick figures only
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, tmpDir } from '../../test/helpers/paths.ts';
import { serveStatic } from '../../test/helpers/server.ts';
import { headersFor, readSiteHeaders } from '../../test/helpers/siteHeaders.ts';
import { lighthouseScores } from './lighthouse.ts';
import { weighSite } from './pageWeight.ts';
import { lighthouseSection, pageWeightSection, scaleSection, searchSection } from './report.ts';
import { measureFirstScreens } from './firstScreen.ts';
import { measureScale } from './scale.ts';
import { measureSearch } from './search.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const scaleArg = args.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
const sizes = flag('no-scale')
  ? []
  : [...(scaleArg ? scaleArg.split(',').map(Number) : [100, 1000]), ...(flag('full') ? [5000] : [])];

const dist = path.join(tmpDir, 'bench-dist');
const section = (title: string, lines: string[]) => {
  console.log(`\n${title}\n${lines.join('\n')}`);
  return ['', `### ${title}`, '', ...lines];
};

execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: projectRoot,
  env: { ...process.env, SITE_OUT_DIR: dist, SITE_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});

const out: string[] = [
  `## ${new Date().toISOString()} on ${os.hostname()} (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`,
];
const weights = weighSite(dist);
const articlePages = (weights.get('article') ?? []).map((w) => w.page);
out.push(...section('Page weight', pageWeightSection(weights, await measureFirstScreens(dist, articlePages))));

if (!flag('no-lighthouse')) {
  // Served with the site's _headers, as a host that reads them would, so best practices see the policy.
  const rules = readSiteHeaders(dist);
  const site = await serveStatic(dist, '/', (p) => headersFor(rules, p));
  const results: Parameters<typeof lighthouseSection>[0] = [];
  for (const [label, page] of [
    ['home', ''],
    ['article (255)', 'criminal-code/255/'],
    ['search', 'search/'],
  ] as const) {
    results.push([label, await lighthouseScores(`${site.url}${page}`)]);
  }
  await site.close();
  out.push(...section('Lighthouse', lighthouseSection(results)));
}

out.push(...section('Search', searchSection(await measureSearch(dist))));

const scale: Awaited<ReturnType<typeof measureScale>>[] = [];
for (const articles of sizes) {
  console.log(`\nbuilding a synthetic corpus of ${articles} articles…`);
  scale.push(await measureScale(path.join(tmpDir, `bench-scale-${articles}`), articles));
}
if (scale.length) out.push(...section('Scale (synthetic corpora: copies of the real entries)', scaleSection(scale)));

const results = path.join(projectRoot, 'scripts', 'bench', 'results.md');
if (!existsSync(results))
  writeFileSync(results, '# Benchmark results\n\nFigures from `npm run bench`, newest last.\n\n');
appendFileSync(results, `${out.join('\n')}\n\n`);
console.log(`\nAppended to ${path.relative(projectRoot, results)}`);
