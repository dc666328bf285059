/**
 * The deployer's settings (site.config.json at the project root): the canonical address every absolute link
 * is built from, and the publisher who answers for the site. astro.config.mjs, the pages and the tools all
 * read them from here, so each is set once.
 */
import { z } from 'astro/zod';
import settings from '../../site.config.json' with { type: 'json' };

/** Where a build is served from when no canonical origin is set: the preview server of `npm start`. */
export const previewOrigin = 'http://localhost:4321';

const publisherSchema = z.strictObject({
  /** The organisation or person that answers for the content. */
  name: z.string().trim().min(1),
  /** An e-mail address for corrections and questions. */
  contact: z.email(),
  /** The address of the source repository (content and code). */
  repository: z.url(),
  /** Where "Report an error" leads: an e-mail to `contact`, or a new issue in `repository` (GitHub, GitLab, Forgejo/Gitea). */
  reportErrorsBy: z.enum(['email', 'issues']),
  /** The content licence: a short name, the statement readers see, and the licence's address if it has one. */
  licence: z.strictObject({
    name: z.string().trim().min(1),
    statement: z.string().trim().min(1),
    url: z.url().optional(),
  }),
});

const settingsSchema = z.strictObject({
  /** origin: "https://example.org" (empty for a local preview); base: the path the site lives under, "/" or "/mirror/". */
  address: z.strictObject({ origin: z.union([z.literal(''), z.url()]), base: z.string().startsWith('/') }),
  publisher: publisherSchema,
});

const parsed = settingsSchema.safeParse(settings);
if (!parsed.success) {
  throw new Error(
    `site.config.json is not valid:\n${parsed.error.issues.map((i) => `  ${i.path.join(' → ')}: ${i.message}`).join('\n')}`,
  );
}

export type Publisher = z.infer<typeof publisherSchema>;
export const publisher: Publisher = parsed.data.publisher;

/** Whether an origin is this computer, whose addresses nobody else can open. */
export function isLocalOrigin(origin: string | URL): boolean {
  const host = new URL(origin).hostname;
  return (
    host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0'
  );
}

export interface SiteAddress {
  /** The origin canonical addresses use. */
  origin: string;
  /** The path the site lives under, ending in "/". */
  base: string;
  /** True when no public origin is set: addresses point at the local preview and must not be cited. */
  preview: boolean;
}

/** The canonical address: SITE_URL / SITE_BASE when set (mirrors, tests), else site.config.json, else the local preview. */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const given = env.SITE_URL || parsed.data!.address.origin || previewOrigin;
  const origin = originOnly(given, env.SITE_URL ? 'SITE_URL' : 'address.origin in site.config.json');
  const base = (env.SITE_BASE || parsed.data!.address.base).replace(/^\/?/, '/').replace(/\/?$/, '/');
  return { origin, base, preview: isLocalOrigin(origin) };
}

/** Thrown for a setting a deployer must correct; its message says how, without a stack trace. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingError';
    this.stack = '';
  }
}

/**
 * The origin alone. A path in it would be dropped without a word (every permanent address would then point at
 * the domain's root, which may be someone else's site), so a path fails and the message says where it goes.
 */
function originOnly(value: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(
      `${setting} is "${value}", which is not an address. Give the origin with its scheme, such as https://review.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingError(
      `${setting} is "${value}": the site's address must start https:// (or http:// for a local test).`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SettingError(
      `${setting} is "${value}", which has a path. ${setting} is the origin only (${url.origin}); put the path in SITE_BASE (or address.base): SITE_URL=${url.origin} SITE_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  return url.origin;
}

/** Values in the committed settings that only stand in for the deployer's own (example.org addresses, "not yet"). */
export function placeholderFields(p: Publisher = publisher): string[] {
  const placeholder = (value: string) => /(^|[.@/])example\.(org|com|net)\b|\.example\b|not yet/i.test(value);
  return (['name', 'contact', 'repository'] as const).filter((field) => placeholder(p[field]));
}
