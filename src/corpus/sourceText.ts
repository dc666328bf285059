import { readFileSync } from 'node:fs';
import { contentPath } from './contentRoot';

/**
 * The stored full text of a source document (content/sources/<id>.txt):
 * blocks separated by blank lines; `# ` starts a heading; blocks after a `# Notes` heading that start
 * with `N/ ` are footnotes; every other block is a paragraph, numbered from 1 in order.
 */
export type SourceBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; n: number; text: string }
  | { kind: 'note'; n: number; text: string };

export function parseSourceText(raw: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let paragraph = 0;
  let inNotes = false;
  for (const chunk of raw.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const text = chunk.trim();
    if (!text) continue;
    if (text.startsWith('# ')) {
      const heading = text.slice(2).trim();
      inNotes = heading === 'Notes';
      blocks.push({ kind: 'heading', text: heading });
      continue;
    }
    const note = inNotes ? /^(\d+)\/\s*(.*)$/s.exec(text) : null;
    if (note) blocks.push({ kind: 'note', n: Number(note[1]), text: note[2] ?? '' });
    else blocks.push({ kind: 'paragraph', n: ++paragraph, text });
  }
  return blocks;
}

export function sourceTextFile(sourceId: string): string {
  return contentPath('sources', `${sourceId}.txt`);
}

const cache = new Map<string, SourceBlock[] | null>();

/** Parsed text of a source, or null when the project holds no full text for it. */
export function readSourceText(sourceId: string): SourceBlock[] | null {
  if (!cache.has(sourceId)) {
    let raw: string | null;
    try {
      raw = readFileSync(sourceTextFile(sourceId), 'utf8');
    } catch {
      raw = null;
    }
    cache.set(sourceId, raw === null ? null : parseSourceText(raw));
  }
  return cache.get(sourceId) ?? null;
}

export function paragraphsOf(blocks: SourceBlock[]): Extract<SourceBlock, { kind: 'paragraph' }>[] {
  return blocks.filter((b): b is Extract<SourceBlock, { kind: 'paragraph' }> => b.kind === 'paragraph');
}

/**
 * Whether a paragraph carries the marker of footnote `n`: the number set straight after a word or punctuation
 * mark ("Code.9", "activity,7"), not part of a longer number.
 */
export function marksFootnote(paragraphText: string, n: number): boolean {
  return new RegExp(`[^\\d\\s]${n}(?!\\d)`).test(paragraphText);
}
