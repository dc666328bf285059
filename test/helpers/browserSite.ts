import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { distRoot } from './paths';
import { serveStatic } from './server';

export interface BrowserSite {
  browser: Browser;
  site: Awaited<ReturnType<typeof serveStatic>>;
}

/**
 * Serves a built site on 127.0.0.1 and starts Chromium for the tests of one describe block, closing both
 * afterwards. The returned object is filled in before the first test runs.
 */
export function useBrowserSite(
  dist = distRoot,
  base = '/',
  headersFor?: (pathname: string) => Record<string, string>,
): BrowserSite {
  const env = {} as BrowserSite;
  beforeAll(async () => {
    env.site = await serveStatic(dist, base, headersFor);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
