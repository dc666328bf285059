/**
 * What the collection loaders (src/content.config.ts) add to Astro's so that a content error reads as the
 * editors need it (src/lib/contentErrors.ts), and a contribution can neither put markup or code on a page
 * (src/lib/markdownSafety.ts, src/lib/plainText.ts) nor change a date unnoticed (src/lib/calendarDates.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { attributionProblems } from '../corpus/attribution';
import { storedTexts } from '../corpus/storedTexts';
import { findImpossibleDates } from './calendarDates';
import { ContentError, describeProblems, problemsFromIssues, projectRelative } from './contentErrors';
import { findUnsafeMarkdown } from './markdownSafety';
import { findMarkupInText } from './plainText';

/**
 * The largest entry file accepted. The longest article is about 40 KB; a file many times that is a paste gone
 * wrong, and would publish a page (and an open-data file) of that size without a word.
 */
export const maxEntryBytes = 250_000;

/**
 * Validation whose errors an editor can act on (src/lib/contentErrors.ts). Astro validates each entry in
 * `parseData`; when that fails, the entry is checked again with the same schema to get zod's issues, and they
 * are reported with the file, line and field in words instead of Astro's message. Markdown bodies are checked
 * for raw HTML first. Files that are not valid YAML get the same plain report, without a stack trace.
 */
export function readable(schema: z.ZodType, within?: (data: Record<string, unknown>) => (string | number)[]) {
  return (context: LoaderContext): LoaderContext => ({
    ...context,
    parseData: async (props) => {
      if (props.filePath) {
        rejectOversized(props.filePath);
        // Read once: the checks below each need the front matter or the body.
        const parts = partsOf(props.filePath);
        rejectImpossibleDates(props.filePath, parts);
        if (/\.md$/.test(props.filePath)) {
          rejectUnsafeMarkdown(props.filePath, parts);
          rejectUnattributedBody(props.filePath, parts);
        }
        rejectMarkupInText(props.filePath, props.data, within?.(props.data as Record<string, unknown>));
      }
      try {
        return await context.parseData(props);
      } catch (error) {
        const result = await schema.safeParseAsync(props.data);
        if (result.success || !props.filePath) throw error;
        const problems = problemsFromIssues(result.error.issues as Parameters<typeof problemsFromIssues>[0]);
        throw new ContentError(
          describeProblems(props.filePath, problems, within?.(props.data as Record<string, unknown>)),
        );
      }
    },
  });
}

/** A file's YAML (a Markdown file's front matter, or the whole YAML file), the line it starts on, and a Markdown body. */
interface FileParts {
  yaml: string;
  yamlFirstLine: number;
  /** Empty for a YAML file. */
  body: string;
}

function partsOf(filePath: string): FileParts {
  const text = readFileSync(filePath, 'utf8');
  if (!/\.md$/.test(filePath)) return { yaml: text, yamlFirstLine: 1, body: '' };
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/.exec(text);
  // The body keeps the front matter's lines, blanked, so that its line numbers are the file's.
  const blanked = (frontMatter?.[0] ?? '').replace(/[^\n]/g, '');
  return {
    yaml: frontMatter?.[1] ?? '',
    yamlFirstLine: 2,
    body: blanked + text.slice(frontMatter?.[0].length ?? 0),
  };
}

function rejectOversized(filePath: string): void {
  const size = statSync(filePath).size;
  if (size <= maxEntryBytes) return;
  throw new ContentError(
    `Content error in ${projectRelative(filePath)}: the file is ${Math.round(size / 1000)} KB, more than the ${maxEntryBytes / 1000} KB an entry may hold. Check for a paste that went wrong; a long text belongs in content/reference/ or content/sources/.`,
  );
}

/** Markdown is judged by its syntax tree: no raw HTML, no image, no link but to the web, e-mail or this site. */
function rejectUnsafeMarkdown(filePath: string, { body }: FileParts): void {
  const found = findUnsafeMarkdown(body);
  if (found.length === 0) return;
  throw new ContentError(
    [
      `Content error in ${projectRelative(filePath)}: the text holds what Markdown content may not (raw HTML, images, or links that are not web addresses).`,
      ...found.map((f) => `  line ${f.line}: ${f.problem}`),
      '  Use Markdown for emphasis, links and lists; to show markup as text, put it in `backticks`.',
    ].join('\n'),
  );
}

/**
 * The body is our analysis: each pinpoint in it carries the words it relies on, checked in the paragraph, as in
 * the YAML fields (src/corpus/attribution.ts); Markdown bodies are not seen by the schemas, so they are checked here.
 */
function rejectUnattributedBody(filePath: string, { body }: FileParts): void {
  const problems = attributionProblems(storedTexts, body);
  if (problems.length === 0) return;
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  throw new ContentError(
    [
      `Content error in ${projectRelative(filePath)}: ${problems.length === 1 ? 'a pinpoint' : 'pinpoints'} in the text that the build cannot check.`,
      ...problems.map((p) => `  line ${lineAt(p.index)}: ${p.message}`),
    ].join('\n'),
  );
}

/** A date that does not exist fails here, before YAML's reader rolls it over into another, real date. */
function rejectImpossibleDates(filePath: string, { yaml, yamlFirstLine }: FileParts): void {
  const found = findImpossibleDates(yaml);
  if (found.length === 0) return;
  throw new ContentError(
    [
      `Content error in ${projectRelative(filePath)}: ${found.length === 1 ? 'a date that does not exist' : 'dates that do not exist'}.`,
      ...found.map(
        (f) =>
          `  line ${f.line + yamlFirstLine - 1}: "${f.value}" is not a date of the calendar; expected a date written YYYY-MM-DD, such as 2026-11-29`,
      ),
    ].join('\n'),
  );
}

/** Plain-text fields are shown as text: markup in them is a mistake the editor should hear of. */
function rejectMarkupInText(filePath: string, data: unknown, within?: (string | number)[]): void {
  const found = findMarkupInText(data);
  if (found.length === 0) return;
  throw new ContentError(
    describeProblems(
      filePath,
      found.map((f) => ({
        path: f.path,
        message: `holds markup (${f.markup}${f.markup.startsWith('<!') || f.markup.startsWith('<?') ? '' : '>'}); fields are plain text, shown as typed: write the words without tags`,
      })),
      within,
    ),
  );
}

/** Reports a file that is not valid YAML (Astro's error carries its line) in words, without a stack trace. */
export function readableParseErrors(load: (context: LoaderContext) => Promise<void>) {
  return async (context: LoaderContext) => {
    try {
      await load(context);
    } catch (error) {
      const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
      const name = (error as Error).name;
      if (!loc?.file || !/ParseError|MarkdownError|YAML/i.test(name)) throw error;
      const reason = (error as Error).message
        .replace(/^[\s\S]*failed to parse:\s*/, '')
        .split('\n')[0]
        ?.trim();
      // In Markdown the line is counted within the front matter, which starts after the opening "---".
      const line = loc.line && /\.mdx?$/.test(loc.file) ? loc.line + 1 : loc.line;
      throw new ContentError(
        [
          `Content error in ${projectRelative(decodeURIComponent(loc.file))}${line ? `, line ${line}` : ''}: the file is not valid YAML${reason ? ` (${reason})` : ''}.`,
          '  Check that line and the one before it: the indentation (spaces, not tabs, lined up with the fields around it),',
          '  a space after each "field:", and that every quotation mark and bracket that opens also closes.',
        ].join('\n'),
      );
    }
  };
}

/** The ids of a YAML list file's items, in order, each with the line it stands on (counted from 1). */
export function listItemIds(text: string): { id: string; line: number }[] {
  return text.split('\n').flatMap((line, i) => {
    const id = /^- id:\s*['"]?([^'"\n]+?)['"]?\s*$/.exec(line)?.[1];
    return id ? [{ id, line: i + 1 }] : [];
  });
}

/** The position of the item with this id in a YAML list file, for pointing at its line. */
export function itemIndex(filePath: string, id: unknown): (string | number)[] {
  const index = listItemIds(readFileSync(filePath, 'utf8')).findIndex((item) => item.id === String(id));
  return index >= 0 ? [index] : [];
}
