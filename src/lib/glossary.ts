import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { contentPath } from './contentRoot';
import { paragraphsOf, readSourceText } from './sourceText';
import { containsVerbatim } from './verbatim';

let cached: GlossaryTerm[] | null = null;

/**
 * The glossary, validated: the schema, and every UN rendering verbatim in its cited paragraph. A problem
 * fails the build with the file, the entry and the field.
 */
export function loadGlossary(): GlossaryTerm[] {
  if (cached) return cached;
  const file = contentPath('glossary.yaml');
  const parsed = glossarySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} does not match the glossary schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const problems: string[] = [];
  parsed.data.forEach((term, i) => {
    term.un.forEach((r, j) => {
      const para = paragraphsOf(readSourceText(r.source) ?? []).find((p) => p.n === r.paragraph);
      if (!para) problems.push(`  ${i}.un.${j}: source "${r.source}" has no stored paragraph ${r.paragraph}`);
      else if (!containsVerbatim(para.text, r.text)) problems.push(`  ${i}.un.${j}.text: "${r.text}" is not verbatim in paragraph ${r.paragraph} of "${r.source}"`);
    });
  });
  if (problems.length > 0) throw new Error(`${file} (term ids: ${parsed.data.map((t) => t.id).join(', ')}):\n${problems.join('\n')}`);
  cached = parsed.data;
  return cached;
}
