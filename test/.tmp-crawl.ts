import { writeFileSync } from 'node:fs';
import { axeViolations } from './helpers/axe.ts';
import { launchChromium } from './helpers/browser.ts';
import { contentPages } from './helpers/pageTypes.ts';
import { loadAsReader, watchPolicyViolations } from './helpers/readerChecks.ts';
import { serveStatic } from './helpers/server.ts';
import { headersFor, readSiteHeaders } from './helpers/siteHeaders.ts';
const dist = process.argv[2]!;
const mode = process.argv[3] ?? 'all';
const pages = contentPages(dist);
const rules = readSiteHeaders(dist);
const site = await serveStatic(dist, '/', (p) => headersFor(rules, p));
const browser = await launchChromium();
const out: Record<string, unknown> = {};
const t0 = Date.now();
if (mode === 'reader' || mode === 'all') {
  const ctx = await browser.newContext({ viewport: { width: Number(process.argv[4] ?? 640), height: 900 }, deviceScaleFactor: Number(process.argv[5] ?? 2) });
  await watchPolicyViolations(ctx);
  const tab = await ctx.newPage();
  for (const p of pages) { const s = Date.now(); out[`reader ${p}`] = await loadAsReader(tab, site.url, site.url + (p === 'search/' ? 'search/?q=terrorism' : p), async (pg) => { if (p === 'search/') await pg.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0); }); out[`t ${p}`] = Date.now() - s; }
  console.log('reader', Date.now() - t0, 'cookies', (await ctx.cookies()).length);
}
if (mode === 'axe' || mode === 'all') {
  const t1 = Date.now();
  const ctx = await browser.newContext({ colorScheme: (process.argv[4] as 'dark') ?? 'light', bypassCSP: true });
  const tab = await ctx.newPage();
  for (const p of pages) { await tab.goto(site.url + p); out[`axe ${p}`] = await axeViolations(tab); }
  console.log('axe', Date.now() - t1);
}
writeFileSync('/tmp/gates-scratch/crawl.json', JSON.stringify(out, null, 1));
await browser.close(); await site.close();
