// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { attributionLinks } from './src/integrations/attributionLinks.ts';
import pagefind from './src/integrations/pagefind.ts';
import publishingChecks from './src/integrations/publishingChecks.ts';
import { siteAddress } from './src/lib/siteConfig.ts';
import declared from './src/redirects.json' with { type: 'json' };

// The canonical origin and base: site.config.json, or SITE_URL / SITE_BASE (a mirror: SITE_BASE=/mirror/).
// Without an origin the build is a local preview (http://localhost:4321), and every page says so.
const address = siteAddress();
const base = address.base;
const moved = new Set(declared.redirects.map(({ from }) => from));

export default defineConfig({
  site: address.origin,
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // A build of another content folder (the tests' broken copies, KZ_CONTENT_DIR) keeps its own content cache
  // beside that folder: Astro keys the cache by config, not by content folder, and would mix the two.
  ...(process.env.KZ_CONTENT_DIR ? { cacheDir: `${process.env.KZ_CONTENT_DIR.replace(/\/+$/, '')}-astro-cache` } : {}),
  trailingSlash: 'always',
  // English keeps its addresses; the Russian edition is at /ru/ (src/pages/ru/), path for path.
  i18n: { locales: ['en', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // 'jsx' (the Astro 7 default) drops spaces between inline elements in legal prose.
  compressHTML: true,
  // Two files that resolve to one id would silently replace each other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Shiki colours code with inline style attributes, which the Content-Security-Policy (style-src 'self') blocks.
  // Pinpoints in an article's analysis ([para. 37](para:…)) become links to the paragraph under the base.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [attributionLinks(base)] }) },
  // Scripts always ship as files, never inlined: a strict Content-Security-Policy forbids inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // The sitemap lists pages only: endpoints (open data, feed, robots.txt) have no trailing slash, and the old
  // addresses of src/redirects.json (src/pages/[...moved].astro) are not pages of their own.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => page.endsWith('/') && !moved.has(new URL(page).pathname.slice(base.length - 1)),
      // Each page's other-language version as an alternate (xhtml:link), as its hreflang links say.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru' } },
    }),
    pagefind(),
    publishingChecks(address),
  ],
});
