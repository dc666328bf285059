/**
 * What the collection loaders (src/content.config.ts) add to Astro's so that a content error reads as the
 * editors need it (src/lib/contentErrors.ts), and raw HTML never reaches a page (src/lib/rawHtml.ts).
 */
import { readFileSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, describeProblems, problemsFromIssues, projectRelative } from './contentErrors';
import { findRawHtml } from './rawHtml';

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
      if (props.filePath && /\.mdx?$/.test(props.filePath)) rejectRawHtml(props.filePath);
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

/** Markdown passes HTML through to the page and the open data: content may hold none (src/lib/rawHtml.ts). */
function rejectRawHtml(filePath: string): void {
  const text = readFileSync(filePath, 'utf8');
  // Blank out the front matter, keeping its lines, so that line numbers are the file's.
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text)?.[0] ?? '';
  const found = findRawHtml(frontMatter.replace(/[^\n]/g, '') + text.slice(frontMatter.length));
  if (found.length === 0) return;
  throw new ContentError(
    [
      `Content error in ${projectRelative(filePath)}: raw HTML is not allowed in the text, which is written in Markdown only.`,
      ...found.map(
        (f) => `  line ${f.line}: ${f.markup}${f.markup.startsWith('<!') || f.markup.startsWith('<?') ? '' : '>'}`,
      ),
      '  Use Markdown for emphasis, links and lists; to show markup as text, put it in `backticks`.',
    ].join('\n'),
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

/** The position of the item with this id in a YAML list file, for pointing at its line. */
export function itemIndex(filePath: string, id: unknown): (string | number)[] {
  const text = readFileSync(filePath, 'utf8');
  const ids = [...text.matchAll(/^- id:\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => m[1]);
  const index = ids.indexOf(String(id));
  return index >= 0 ? [index] : [];
}
