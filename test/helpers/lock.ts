import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectAddresses } from './addresses.ts';
import { projectRoot } from './paths.ts';

/** A redirect declared in src/redirects.json: old address → new, both without the base. */
export interface DeclaredRedirect {
  from: string;
  to: string;
}

/** What the lock check needs to know about a build. */
export interface BuiltSite {
  /** Every published address and pinpoint (collectAddresses), without the base. */
  addresses: Set<string>;
  /**
   * For a built page that is a redirect (meta refresh), the address it sends readers to, without the base;
   * null for any other built page or file; undefined when nothing is built at that address.
   */
  redirectOf(page: string): string | null | undefined;
}

/** The redirects the site declares. */
export function declaredRedirects(): DeclaredRedirect[] {
  const file = JSON.parse(readFileSync(path.join(projectRoot, 'src', 'redirects.json'), 'utf8')) as {
    redirects: DeclaredRedirect[];
  };
  return file.redirects;
}

/** The target of a meta-refresh page, as written in it (with the base), or null when the page is not one. */
export function metaRefreshTarget(html: string): string | null {
  const meta = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(html);
  return meta?.[1] ?? null;
}

/** Reads a build made for `base` ("/" or "/mirror/"). */
export function readBuiltSite(dist: string, base: string): BuiltSite {
  return {
    addresses: new Set(collectAddresses(dist)),
    redirectOf(page) {
      const file = path.join(dist, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) return undefined;
      if (!file.endsWith('.html')) return null;
      const target = metaRefreshTarget(readFileSync(file, 'utf8'));
      if (target === null) return null;
      return target.startsWith(base) ? `/${target.slice(base.length)}` : target;
    },
  };
}

/**
 * Every locked address the build no longer keeps, with the reason. A locked page may live on as a redirect
 * only when src/redirects.json declares it and the page it sends readers to exists (with the pinpoint, for a
 * pinpoint address).
 */
export function checkLock(lock: string[], site: BuiltSite, declared: DeclaredRedirect[]): string[] {
  const problems: string[] = [];
  for (const address of lock) {
    const [page = '', fragment] = address.split('#');
    const target = site.redirectOf(page);
    if (target === undefined) {
      problems.push(`${address}: missing from the build`);
    } else if (target === null) {
      if (!site.addresses.has(address))
        problems.push(`${address}: ${fragment ? `no pinpoint #${fragment} on ${page}` : 'missing from the build'}`);
    } else {
      const declaration = declared.find((r) => r.from === page);
      const followed = fragment ? `${target}#${fragment}` : target;
      if (!declaration)
        problems.push(`${address}: is a redirect page to ${target} that src/redirects.json does not declare`);
      else if (declaration.to !== target)
        problems.push(`${address}: redirects to ${target}, but src/redirects.json declares ${declaration.to}`);
      else if (site.redirectOf(target) !== null || !site.addresses.has(followed))
        problems.push(`${address}: redirects to ${followed}, which does not exist`);
    }
  }
  return problems;
}
