import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const cache = new Map<string, Element>();

/** Parses a built page; `pagePath` is a site path such as "criminal-code/255/" or "404.html". */
export function loadPage(distDir: string, pagePath: string): Element {
  const clean = pagePath.replace(/^\/+/, '');
  const file = path.join(distDir, clean.endsWith('.html') ? clean : path.join(clean, 'index.html'));
  let doc = cache.get(file);
  if (!doc) {
    const parsed = parse(readFileSync(file, 'utf8'));
    doc = parsed.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
    if (!doc) throw new Error(`${file} has no <html> element`);
    cache.set(file, doc);
  }
  return doc;
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  if ('content' in node && node.tagName === 'template') return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `root` (inclusive) that matches. */
export function all(root: Node, match: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && match(node)) found.push(node);
    children(node).forEach(walk);
  };
  walk(root);
  return found;
}

export function first(root: Node, match: (el: Element) => boolean): Element | undefined {
  return all(root, match)[0];
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;
export const byId = (id: string) => (el: Element) => attr(el, 'id') === id;
export const byClass = (cls: string) => (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

/** Text content with whitespace collapsed, as a reader sees it. */
export function text(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    else if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) return;
    else children(n).forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Paragraph texts under a node, one string per <p>. */
export function paragraphTexts(node: Node): string[] {
  return all(node, byTag('p')).map(text);
}

/** All built HTML pages as site paths ("criminal-code/255/", "404.html"). */
export function listPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.relative(distDir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Every id on a page. */
export function idsOf(page: Element): Set<string> {
  return new Set(all(page, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id') ?? ''));
}
