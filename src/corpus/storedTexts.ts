import { existsSync } from 'node:fs';
import { contentPath } from './contentRoot';
import { readReferenceText, type ReferenceText } from './referenceText';
import { readSourceText, type SourceBlock } from './sourceText';

/**
 * What the schemas check entries against: the stored texts and which entry files exist. The build passes
 * `storedTexts` (the content folder); unit tests pass texts held in memory.
 */
export interface StoredTexts {
  /** The parsed full text of content/sources/<id>.txt, or null when the project holds none. */
  source(id: string): SourceBlock[] | null;
  /** The stored text content/reference/<path>, or null when it does not exist. */
  reference(path: string): ReferenceText | null;
  /** Whether content/<collection>/ holds an entry file with this id. */
  hasEntry(collection: string, id: string): boolean;
}

/** The file extensions of each collection's entries; an id is a file name without its extension. */
export const entryExtensions: Record<string, readonly string[]> = {
  articles: ['md'],
  findings: ['yaml'],
  standards: ['yaml'],
  sources: ['yaml'],
};

/** The stored texts of the content folder (KZ_CONTENT_DIR or ./content), read once each. */
export const storedTexts: StoredTexts = {
  source: readSourceText,
  reference: readReferenceText,
  hasEntry: (collection, id) =>
    (entryExtensions[collection] ?? []).some((ext) => existsSync(contentPath(collection, `${id}.${ext}`))),
};
