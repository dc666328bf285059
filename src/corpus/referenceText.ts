import { readFileSync } from 'node:fs';
import { contentPath } from './contentRoot';

/**
 * A stored reference text (content/reference/…): a `# Title` line, then `key: value` provenance lines
 * (source, version, completeness, cleanup…), a blank line, then the text itself.
 */
export interface ReferenceText {
  title: string;
  meta: Record<string, string>;
  body: string;
}

export function parseReferenceText(raw: string): ReferenceText {
  const lines = raw.replace(/\r\n/g, '\n').split('\n');
  const title = (lines[0] ?? '').replace(/^#\s*/, '').trim();
  const meta: Record<string, string> = {};
  let i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    const m = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (m && m[1]) meta[m[1]] = m[2] ?? '';
  }
  return {
    title,
    meta,
    body: lines
      .slice(i + 1)
      .join('\n')
      .trim(),
  };
}

const cache = new Map<string, ReferenceText | null>();

/** Reads content/reference/<relativePath>, or null when the file does not exist. */
export function readReferenceText(relativePath: string): ReferenceText | null {
  if (!cache.has(relativePath)) {
    try {
      cache.set(relativePath, parseReferenceText(readFileSync(contentPath('reference', relativePath), 'utf8')));
    } catch {
      cache.set(relativePath, null);
    }
  }
  return cache.get(relativePath) ?? null;
}
