import { createRequire } from 'node:module';
import { launchChromium } from './helpers/browser.ts';
import { serveStatic } from './helpers/server.ts';
import { listPages } from './helpers/html.ts';
const dist = process.argv[2]!;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = await serveStatic(dist);
const browser = await launchChromium();
const t0 = Date.now(); const tot = { all: 0, run: 0 };
const counts: Record<string, number> = {};
const ex: Record<string, string[]> = {};
for (const scheme of ['light', 'dark'] as const) {
  const ctx = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
  const page = await ctx.newPage();
  for (const p of listPages(dist)) {
    const s0 = Date.now();
    await page.goto(site.url + p);
    await page.addScriptTag({ path: axePath });
    const s1 = Date.now();
    const res: any = await page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] }));
    const dt = Date.now() - s0; tot.all += dt; tot.run += Date.now() - s1;
    for (const v of res.violations) { const k = `${scheme} ${v.id}`; counts[k] = (counts[k] ?? 0) + v.nodes.length; (ex[k] ??= []).length < 3 && ex[k]!.push(`${p}: ${v.nodes[0].target} ${v.nodes[0].failureSummary.slice(0, 200)}`); }
  }
  await ctx.close();
}
console.log((Date.now() - t0) / 1000, 's', tot, counts);
for (const [k, v] of Object.entries(ex)) console.log(k, '\n  ' + v.join('\n  '));
await browser.close(); await site.close();
