/**
 * Judges a Markdown body by its syntax tree, parsed by the parser the site renders with (Sätteri, with the
 * features Astro turns on), so that what is checked is exactly what will be rendered. Pattern matching on the
 * text was bypassed by constructs CommonMark reads differently (an escaped backtick, a fence whose info string
 * holds a backtick); the parser cannot be.
 *
 * Rejected: raw HTML of any kind (it reaches the page and the open data as it is: a <meta http-equiv=refresh>
 * redirects readers and no Content-Security-Policy stops it), images (content shows no pictures, and a remote
 * one would make the page load from another host), and links whose address is not a web page, an e-mail or
 * this site (src/lib/safeUrl.ts).
 */
import { markdownToMdast } from 'satteri';
import { isSafeUrl, schemeOf } from './safeUrl';

export interface UnsafeMarkdown {
  /** Line in the body, counted from 1. */
  line: number;
  /** What was found, in words an editor can act on. */
  problem: string;
}

/** Link schemes the site itself resolves when rendering (src/corpus/attribution.ts): pinpoints, not addresses. */
export const internalLinkSchemes = new Set(['para', 'standard', 'source']);

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text).replace(/\s+/g, ' ');

export function findUnsafeMarkdown(body: string): UnsafeMarkdown[] {
  const tree = markdownToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Node;
  const found: UnsafeMarkdown[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') {
      found.push({ line, problem: `raw HTML ${shorten(node.value ?? '')}` });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      found.push({ line, problem: 'an image: content holds text only' });
    } else if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const scheme = schemeOf(node.url);
      if (!isSafeUrl(node.url) && !(scheme && internalLinkSchemes.has(scheme))) {
        found.push({
          line,
          problem: `a link to ${shorten(node.url)}: only https:, http:, mailto: and this site's own addresses`,
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found.sort((a, b) => a.line - b.line);
}
