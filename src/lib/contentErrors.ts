/**
 * Content errors written for the editors, who are lawyers rather than programmers: each names the file
 * (relative to the project), the line where it can, the field in words with list items counted from 1, and
 * what was expected. Astro's own messages ("findings.8", "lastReviewed**: **lastReviewed: Required", a stack
 * trace) are replaced by these in src/content.config.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

/** One problem with a piece of content, as zod or a loader reports it. */
export interface ContentProblem {
  /** The field's path in the entry's data: ['findings', 8] or ['statute', 'parts', 0, 'ru']. */
  path: readonly PropertyKey[];
  /** What is wrong and what was expected, in words. */
  message: string;
}

/**
 * An error whose message is the whole story: Astro prints an Error's message and, only when there is one,
 * its stack trace, which tells an editor nothing.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

/** A file's path relative to the project (where `npm start` runs), with "/" separators. */
export function projectRelative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** A field's path in words: ['statute', 'parts', 0, 'ru'] → "statute → parts, item 1 → ru". */
export function fieldInWords(fieldPath: readonly PropertyKey[]): string {
  if (fieldPath.length === 0) return 'the entry as a whole';
  return fieldPath
    .map((key) => (typeof key === 'number' ? `, item ${key + 1}` : ` → ${String(key)}`))
    .join('')
    .replace(/^ → |^, /, '');
}

/** Where the YAML of an entry begins in its file: line 1 for a .yaml file, line 2 for Markdown front matter. */
function yamlOf(file: string): { text: string; firstLine: number } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (/\.(md|mdx)$/.test(file)) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
    return match ? { text: match[1] ?? '', firstLine: 2 } : null;
  }
  return { text, firstLine: 1 };
}

/**
 * The line of a field in the file, or of the nearest enclosing field that exists (a missing field is reported
 * at the entry or list item that lacks it). `within` is the path of the entry inside the file, for a file that
 * holds many entries (the timeline).
 */
export function lineOf(
  file: string,
  fieldPath: readonly PropertyKey[],
  within: readonly PropertyKey[] = [],
): number | undefined {
  const source = yamlOf(file);
  if (!source) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: lines, keepSourceTokens: true });
  const full = [...within, ...fieldPath].filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = full.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(full.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      // For a key that exists, point at the key's line: a value may start on the next line (a block scalar).
      const pair = n > 0 ? keyLine(doc, full.slice(0, n), lines) : undefined;
      return (pair ?? lines.linePos(range[0]).line) + source.firstLine - 1;
    }
  }
  return undefined;
}

function keyLine(
  doc: ReturnType<typeof parseDocument>,
  fieldPath: (string | number)[],
  lines: LineCounter,
): number | undefined {
  const last = fieldPath[fieldPath.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = fieldPath.length === 1 ? doc.contents : doc.getIn(fieldPath.slice(0, -1), true);
  const items =
    (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items ?? [];
  const key = items.find((item) => item.key?.value === last)?.key;
  return key?.range ? lines.linePos(key.range[0]).line : undefined;
}

/**
 * The whole message for an entry's problems: the file, then one line per problem with its line and field (for an
 * entry of a list file, the field within its item: "item 2 → un, item 1 → text").
 */
export function describeProblems(
  file: string,
  problems: ContentProblem[],
  within: readonly PropertyKey[] = [],
): string {
  const name = projectRelative(file);
  const lines = problems.map((p) => {
    const line = lineOf(file, p.path, within);
    return `  ${line ? `line ${line}, ` : ''}${fieldInWords([...within, ...p.path])}: ${p.message}`;
  });
  return [
    `Content error in ${name} (${problems.length === 1 ? 'one problem' : `${problems.length} problems`}):`,
    ...lines,
  ].join('\n');
}

/** What a type is in words, for "expected …". */
const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

/**
 * A zod 4 issue in words. Messages the schemas write themselves start in lower case ("expected a date …",
 * "no findings entry …") and are kept as they are; zod's defaults ("Invalid input", "Too small") are replaced.
 */
export function issueInWords(issue: {
  code: string;
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  const expected = issue.expected ? (typeWords[issue.expected] ?? issue.expected) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `missing: this field is required${expected ? `; expected ${expected}` : ''}`;
      return `expected ${expected ?? 'another kind of value'}, found ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${(issue.keys ?? []).length > 1 ? 'them' : 'it'} (Unrecognized key)`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`;
      return `must be at least ${issue.minimum}, found ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `may list at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}, found ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid')
        ? `${issue.message.replace(/^Invalid /, 'expected a valid ')}, found ${describeValue(issue.input)}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** zod's issues as problems in words; an unknown field is reported at its own line, under its own name. */
export function problemsFromIssues(
  issues: readonly (Parameters<typeof issueInWords>[0] & { path: readonly PropertyKey[] })[],
): ContentProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys?.length
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: issueInWords({ ...issue, keys: [key] }) }))
      : [{ path: issue.path, message: issueInWords(issue) }],
  );
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  const text = String(value);
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}
