import { isLocalOrigin } from './siteConfig';

/**
 * True when the build has no public origin (site.config.json or SITE_URL): its absolute addresses point at the
 * local preview, so pages and cite boxes say they must not be cited. Kept out of urls.ts, which the browser
 * scripts load, so that no local address ships in them.
 */
export const localPreview = isLocalOrigin(import.meta.env.SITE ?? 'http://localhost');
