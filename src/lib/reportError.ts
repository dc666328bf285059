import type { Publisher } from './siteConfig';

/**
 * The "Report an error" address of a page: an e-mail to the publisher or a new issue in the source repository
 * (site.config.json, `reportErrorsBy`), with the page's permanent address in the subject and the message so
 * the report says where the error is. The page script adds the pinpoint the reader came from.
 */
export function reportErrorHref(
  publisher: Pick<Publisher, 'contact' | 'repository' | 'reportErrorsBy'>,
  permalink: string,
): string {
  const title = `Error report: ${permalink}`;
  const body = `Page: ${permalink}\n\nWhat is wrong (quote the words), and what it should say, with its source if you have one:\n\n`;
  if (publisher.reportErrorsBy === 'issues') {
    // GitHub, Forgejo and Gitea take ?title=&body= on /issues/new.
    return `${publisher.repository.replace(/\/+$/, '')}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return `mailto:${publisher.contact}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
