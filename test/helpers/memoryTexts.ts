import { entryExtensions, type StoredTexts } from '../../src/corpus/storedTexts';
import { parseReferenceText } from '../../src/corpus/referenceText';
import { parseSourceText } from '../../src/corpus/sourceText';

/** Stored texts held in memory, for checking schemas without the content folder. */
export interface MemoryTexts {
  /** Full texts by source id, written as content/sources/<id>.txt would be. */
  sources?: Record<string, string>;
  /** Reference texts by path under content/reference/: the text itself (a header is added). */
  references?: Record<string, string>;
  /** Extra header lines of a reference text by path, e.g. "completeness: WORDING IN DOUBT" (each has a `print:` line otherwise). */
  referenceHeaders?: Record<string, string>;
  /** Entry ids that exist, by collection. */
  entries?: Partial<Record<string, string[]>>;
}

export function memoryTexts({
  sources = {},
  references = {},
  referenceHeaders = {},
  entries = {},
}: MemoryTexts): StoredTexts {
  return {
    source: (id) => (id in sources ? parseSourceText(sources[id] ?? '') : null),
    reference: (path) =>
      path in references
        ? parseReferenceText(
            `# ${path}\nsource: test\n${referenceHeaders[path] ?? 'print: a test copy'}\n\n${references[path]}`,
          )
        : null,
    hasEntry: (collection, id) => collection in entryExtensions && (entries[collection] ?? []).includes(id),
  };
}
