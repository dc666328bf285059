import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { marksFootnote } from '../corpus/sourceText';
import { containsVerbatim } from '../corpus/verbatim';
import { paragraphNumber, ref } from './shared';

/*
 * The basis of a link from a finding to an article or a standard (../shared/DESIGN.md, "Provenance").
 * `named`: the cited paragraph itself names that article or instrument, and `words` keeps the words that
 * do; the build checks they stand verbatim there. `analysis`: this site relates them; no words.
 */

/** Who makes the link: the source itself (`named`) or this site (`analysis`). */
export const linkBasis = z.enum(['named', 'analysis']);
export type LinkBasis = z.infer<typeof linkBasis>;

/** One link from a finding to an entry of `collection`, with its basis. */
export function findingLink<C extends 'articles' | 'standards'>(texts: StoredTexts, collection: C) {
  return z.strictObject({
    /** The linked entry's id (an article number, a standard id). */
    id: ref(texts, collection),
    /**
     * `named` when the finding's cited paragraph itself names this article or instrument; `analysis` when
     * this site relates them. Pages, the matrix, open data and search show which.
     */
    basis: linkBasis.meta({
      description:
        '"named": the finding\'s cited paragraph itself names this article or instrument (see words). "analysis": this site relates them; the source does not name it there.',
    }),
    /**
     * With `named` only, and then required: the words of the cited paragraph (or of the footnote given in
     * `footnote`) that name the article or instrument, verbatim. The build fails when they do not stand
     * there; for an article they must also contain its number.
     */
    words: z.string().trim().min(1).optional().meta({
      description:
        'With basis "named": the words of the cited paragraph (or of its footnote, see footnote) that name it, verbatim.',
    }),
    /**
     * With `named` only: the number of the source's footnote that holds `words`, when the paragraph names
     * the article or instrument through a footnote marker rather than in its text. The marker must stand
     * in the cited paragraph.
     */
    footnote: paragraphNumber.optional().meta({
      description: 'With basis "named": the source footnote that holds words, marked in the cited paragraph.',
    }),
  });
}
export type FindingLink = z.infer<ReturnType<typeof findingLink<'articles' | 'standards'>>>;

/** The text a named link's words must stand in: the paragraph, or one of its footnotes. */
function wordsHome(
  texts: StoredTexts,
  sourceId: string,
  n: number,
  footnote: number | undefined,
): { text: string; where: string } | string {
  const blocks = texts.source(sourceId);
  if (!blocks) return `source "${sourceId}" has no stored full text to check the words against`;
  const para = blocks.find((b) => b.kind === 'paragraph' && b.n === n);
  if (!para) return `paragraph ${n} does not exist in source "${sourceId}"`;
  if (footnote === undefined) return { text: para.text, where: `paragraph ${n} of "${sourceId}"` };
  const note = blocks.find((b) => b.kind === 'note' && b.n === footnote);
  if (!note) return `footnote ${footnote} does not exist in source "${sourceId}"`;
  if (!marksFootnote(para.text, footnote)) {
    return `paragraph ${n} of "${sourceId}" carries no marker of footnote ${footnote}`;
  }
  return { text: note.text, where: `footnote ${footnote} of "${sourceId}" (marked in paragraph ${n})` };
}

/**
 * Checks every link of one field (`articles` or `standards`) of a finding. Issues name the field, the item
 * counted from 1 and the words; Astro adds the file.
 */
export function checkLinks(
  ctx: z.RefinementCtx,
  texts: StoredTexts,
  field: 'articles' | 'standards',
  links: readonly { id: { id: string }; basis: LinkBasis; words?: string | undefined; footnote?: number | undefined }[],
  sourceId: string,
  paragraph: number,
): void {
  links.forEach((link, i) => {
    const item = `${field} item ${i + 1} ("${link.id.id}")`;
    const issue = (key: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [field, i, key], message: `${item}: ${message}` });
    if (link.basis === 'analysis') {
      if (link.words !== undefined)
        issue(
          'words',
          'basis "analysis" takes no words: words are kept only for a link the source itself names (basis "named")',
        );
      if (link.footnote !== undefined) issue('footnote', 'basis "analysis" takes no footnote');
      return;
    }
    if (link.words === undefined) {
      issue(
        'words',
        `basis "named" needs words: the words of paragraph ${paragraph} that name it, verbatim; otherwise use basis "analysis"`,
      );
      return;
    }
    const home = wordsHome(texts, sourceId, paragraph, link.footnote);
    if (typeof home === 'string') {
      issue(link.footnote === undefined ? 'words' : 'footnote', home);
      return;
    }
    if (!containsVerbatim(home.text, link.words)) {
      issue(
        'words',
        `words "${link.words}" do not stand verbatim in ${home.where}, so the source does not name it there; correct the words or use basis "analysis"`,
      );
      return;
    }
    if (
      field === 'articles' &&
      !new RegExp(`(?<![\\d-])${link.id.id.replace(/-/g, '\\-')}(?![\\d-])`).test(link.words)
    ) {
      issue('words', `words "${link.words}" do not contain the article number ${link.id.id}`);
    }
  });
  const ids = links.map((l) => l.id.id);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0)
    ctx.addIssue({
      code: 'custom',
      path: [field, dup, 'id'],
      message: `${field} item ${dup + 1}: "${ids[dup]}" is listed twice`,
    });
}
