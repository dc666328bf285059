import type { AstroIntegration } from 'astro';
import { placeholderFields, type SiteAddress } from '../lib/siteConfig.ts';

/**
 * Says in the build log what would make a published build wrong but not broken: addresses that point at the
 * local preview, and publisher settings still holding the committed placeholders. Warnings, not errors, so
 * `npm start` on a fresh clone still works.
 */
export default function publishingChecks(address: SiteAddress): AstroIntegration {
  return {
    name: 'kz/publishing-checks',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (address.preview) {
          logger.warn(
            `Local preview: no canonical address is set, so every permanent address, citation, feed and sitemap points at ${address.origin}${address.base}, ` +
              'and every page says it is a local preview that must not be cited. Set "address.origin" in site.config.json (or SITE_URL) before publishing.',
          );
        }
        const placeholders = placeholderFields();
        if (placeholders.length > 0) {
          logger.warn(
            `Publisher not set: site.config.json still holds placeholder values for publisher ${placeholders.join(', ')}. Set them before publishing (README, "Deploying").`,
          );
        }
      },
    },
  };
}
