import { createRequire } from 'node:module';
import { launchChromium } from './helpers/browser.ts';
import { serveStatic } from './helpers/server.ts';
import { wcagTags, structureRules } from './helpers/axe.ts';
const dist = process.argv[2]!;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = await serveStatic(dist);
const browser = await launchChromium();
const ctx = await browser.newContext({ bypassCSP: true });
const page = await ctx.newPage();
for (const p of ['sources/al-kaz-1-2022/', 'criminal-code/255/', 'findings/sr-2019-extremism-category/', 'matrix/']) {
  let s = Date.now();
  await page.goto(site.url + p);
  const tGoto = Date.now() - s; s = Date.now();
  await page.addScriptTag({ path: axePath });
  const tInj = Date.now() - s;
  const rules: string[] = await page.evaluate(({ tags, extra }) => (window as any).axe.getRules(tags).map((r: any) => r.ruleId).concat(extra), { tags: wcagTags, extra: structureRules });
  const times: [string, number][] = [];
  for (const r of rules) {
    const t = Date.now();
    await page.evaluate((id) => (window as any).axe.run(document, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['violations'] }), r);
    times.push([r, Date.now() - t]);
  }
  s = Date.now();
  await page.evaluate(({ tags, extra }) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(extra.map((id: string) => [id, { enabled: true }])), resultTypes: ['violations'] }), { tags: wcagTags, extra: structureRules });
  const tAll = Date.now() - s;
  console.log(p, 'goto', tGoto, 'inject', tInj, 'all', tAll, times.sort((a, b) => b[1] - a[1]).slice(0, 6));
}
await browser.close(); await site.close();
