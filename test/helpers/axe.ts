import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** axe-core from node_modules: injected into the page under test, never fetched from anywhere. */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Makes axe available on every page the context loads, before the page's own scripts run. Injected through the
 * browser's debugging protocol, so the site's Content-Security-Policy, which forbids inline script, stays
 * enforced for the page itself.
 */
export async function injectAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axeSource });
}

/** The WCAG 2.2 A and AA rule sets. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Structure rules axe files under best practice rather than a success criterion; a screen-reader user
 * relies on them all the same (one main landmark, named and unique landmarks, no skipped heading levels,
 * all content inside a landmark, a working skip link).
 */
export const structureRules = [
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'page-has-heading-one',
  'heading-order',
  'region',
  'skip-link',
];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * The rules whose outcome depends on colour. A page in dark mode differs from light mode in colours only
 * (test/dist/colour-scheme.test.ts holds every dark-mode rule of the built CSS to that), so the dark pass
 * runs these and the light pass runs everything.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the loaded page (its context prepared with injectAxe) and returns one line per failing rule: its
 * id, how many elements fail, and the first few of them with the reason. `colourOnly` runs the colour rules
 * alone, e.g. again after switching the colour scheme.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  const options = colourOnly
    ? { runOnly: { type: 'rule', values: colourRules }, resultTypes: ['violations'] }
    : {
        runOnly: { type: 'tag', values: wcagTags },
        rules: Object.fromEntries(structureRules.map((id) => [id, { enabled: true }])),
        resultTypes: ['violations'],
      };
  const violations = await page.evaluate(async (axeOptions) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document, axeOptions)).violations;
  }, options);
  return violations.map((v) => {
    const examples = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ').slice(0, 200)}`);
    return `${v.id} (${v.impact ?? 'n/a'}) on ${v.nodes.length} element(s): ${examples.join(' | ')}`;
  });
}
