import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { loadDataFile } from './dataFile';
import { paragraphsOf, readSourceText } from './sourceText';
import { containsVerbatim } from './verbatim';

let cached: GlossaryTerm[] | null = null;

/** The glossary, validated: the schema, and every UN rendering verbatim in its cited paragraph. */
export function loadGlossary(): GlossaryTerm[] {
  cached ??= loadDataFile('glossary.yaml', glossarySchema, (terms) =>
    terms.flatMap((term, i) =>
      term.un.flatMap((r, j) => {
        const para = paragraphsOf(readSourceText(r.source) ?? []).find((p) => p.n === r.paragraph);
        if (!para) return [{ path: [i, 'un', j, 'paragraph'], message: `source "${r.source}" has no stored paragraph ${r.paragraph}` }];
        if (!containsVerbatim(para.text, r.text)) return [{ path: [i, 'un', j, 'text'], message: `"${r.text}" is not verbatim in paragraph ${r.paragraph} of "${r.source}"` }];
        return [];
      }),
    ),
  );
  return cached;
}
