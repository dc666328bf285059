import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, describeProblems, problemsFromIssues, projectRelative, type ContentProblem } from './contentErrors';
import { contentPath } from './contentRoot';

/**
 * Reads a YAML data file under content/ (one that is not a collection) and validates it, failing the build
 * with the file and each bad field, in the same words as the collections (src/lib/contentErrors.ts). `check`
 * adds the file's own cross-checks, each with the path of its field.
 */
export function loadDataFile<T>(name: string, schema: z.ZodType<T>, check: (data: T) => ContentProblem[] = () => []): T {
  const file = contentPath(name);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ContentError(`Content error in ${projectRelative(file)}${line ? `, line ${line}` : ''}: the file is not valid YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ContentError(describeProblems(file, problemsFromIssues(parsed.error.issues as Parameters<typeof problemsFromIssues>[0])));
  }
  const problems = check(parsed.data);
  if (problems.length > 0) throw new ContentError(describeProblems(file, problems));
  return parsed.data;
}

