// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import declared from './src/redirects.json' with { type: 'json' };

// A mirror is built for its own sub-path: SITE_BASE=/mirror/ npm run build.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  // Canonical addresses need an origin; set SITE_URL to the public one when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) drops spaces between inline elements in legal prose.
  compressHTML: true,
  // Two files that resolve to one id would silently replace each other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Old addresses live on as redirect pages (src/redirects.json; addresses without base). Astro does not put
  // the base in front of a redirect's target, so it is added here.
  redirects: Object.fromEntries(declared.redirects.map(({ from, to }) => [from, `${base.replace(/\/$/, '')}${to}`])),
  // Scripts always ship as files, never inlined: a strict Content-Security-Policy forbids inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // The sitemap lists pages only: endpoints (open data, feed, robots.txt) have no trailing slash.
  integrations: [mdx(), sitemap({ filter: (page) => page.endsWith('/') }), pagefind()],
});
