import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { contentPath } from './contentRoot';

/**
 * Reads a YAML data file under content/ (one that is not a collection) and validates it, failing the build
 * with the file and each bad field. `check` adds the file's own cross-checks as "path: message" lines.
 */
export function loadDataFile<T>(name: string, schema: z.ZodType<T>, check: (data: T) => string[] = () => []): T {
  const file = contentPath(name);
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} does not match its schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const problems = check(parsed.data);
  if (problems.length > 0) throw new Error(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return parsed.data;
}
