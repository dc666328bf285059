/**
 * Attributions in our own prose. Wherever our words say what a document said, the sentence carries a pinpoint
 * written as a Markdown link, in YAML fields and Markdown bodies alike:
 *
 *   [para. 37](para:al-kaz-1-2022/37 "riot organizers")   a paragraph of a held source, with the source's own
 *                                                           words that support the sentence (its "evidence")
 *   [General Comment No. 34, para. 48](standard:gc34-para-48)   a document the project does not hold: its
 *                                                           standard's page, which says so; no words, since
 *                                                           none are held to check
 *
 * The build checks the evidence as it checks quotations (verbatim in that paragraph, or in a footnote the
 * paragraph marks), and a bare "(para. 11)" left in prose fails, since nothing could check it. Pages render
 * each pinpoint as a link to the paragraph, with the evidence as its title.
 */
import type { StoredTexts } from './storedTexts';
import { marksFootnote, paragraphsOf } from './sourceText';
import { containsVerbatim, notVerbatim } from './verbatim';

export type Attribution =
  | {
      kind: 'para';
      label: string;
      source: string;
      paragraph: number;
      words: string | undefined;
      start: number;
      end: number;
    }
  | { kind: 'excerpt'; label: string; source: string; words: string | undefined; start: number; end: number }
  | { kind: 'standard'; label: string; standard: string; start: number; end: number };

/**
 * Where the words of a source held only as an excerpt are stored: a later report, a statement or a news item
 * whose full text the project does not reproduce. [label](source:<id> "words") checks the words there.
 */
export const excerptFile = (source: string) => `later/${source}.md`;

// [label](para:<source>/<n> "words"), [label](source:<id> "words") or [label](standard:<id>). The words sit in straight double quotes, or in
// single ones when they hold a double quote themselves: 'alleged "riot organizers"'.
const tokenPattern = /\[([^\]]+)\]\((para|standard|source):([^\s)]*)(?:\s+(?:"([^"]*)"|'([^']*)'))?\)/g;

export function parseAttributions(text: string): Attribution[] {
  return [...text.matchAll(tokenPattern)].map((m) => {
    const [whole, label = '', kind, target = '', doubleQuoted, singleQuoted] = m;
    const words = doubleQuoted ?? singleQuoted;
    const start = m.index ?? 0;
    const end = start + whole.length;
    if (kind === 'standard') return { kind: 'standard', label, standard: target, start, end };
    if (kind === 'source') return { kind: 'excerpt', label, source: target, words, start, end };
    const [source = '', n = ''] = target.split('/');
    return { kind: 'para', label, source, paragraph: /^\d+$/.test(n) ? Number(n) : NaN, words, start, end };
  });
}

/** The text with each pinpoint replaced by its label: what a plain-text consumer (a meta description) shows. */
export function withoutAttributionMarkup(text: string): string {
  return text.replace(tokenPattern, (_whole, label: string) => label);
}

/**
 * A paragraph number in our words that no pinpoint carries: "para. 11", "paras 8 and 11", "paragraph 3",
 * "п. 11". Such a number says what a document said with nothing to check it against.
 */
const barePinpoint = /(?<![\p{L}\d-])(?:paras?\.?|paragraphs?|footnotes?|пп?\.)\s*\d+/giu;

export function barePinpoints(text: string): { index: number; found: string }[] {
  // Pinpoints are blanked to spaces of the same length, so that indexes stay those of the text.
  const blanked = text.replace(tokenPattern, (whole) => ' '.repeat(whole.length));
  return [...blanked.matchAll(barePinpoint)].map((m) => ({ index: m.index ?? 0, found: m[0] }));
}

export interface AttributionProblem {
  /** Where in the text the problem starts. */
  index: number;
  message: string;
}

/** The text the evidence must stand in: the paragraph, or a footnote the paragraph marks. */
function evidenceHome(texts: StoredTexts, source: string, n: number, words: string): string | null {
  const blocks = texts.source(source);
  if (!blocks) {
    return texts.hasEntry('standards', source)
      ? `"${source}" is a standard, not a held source: write [label](standard:${source}) without words`
      : `source "${source}" has no stored full text (content/sources/${source}.txt) to check the words against`;
  }
  const paragraphs = paragraphsOf(blocks);
  const para = paragraphs.find((p) => p.n === n);
  if (!para) return `paragraph ${n} does not exist in source "${source}" (it has paragraphs 1–${paragraphs.length})`;
  if (containsVerbatim(para.text, words)) return null;
  const notes = blocks.filter((b) => b.kind === 'note' && marksFootnote(para.text, b.n));
  if (notes.some((note) => containsVerbatim(note.text, words))) return null;
  const elsewhere = paragraphs.find((p) => containsVerbatim(p.text, words));
  return elsewhere
    ? `the supporting words "${words}" are not in paragraph ${n} of "${source}"; they stand in paragraph ${elsewhere.n}`
    : `the supporting words are ${notVerbatim(`paragraph ${n} of "${source}" (content/sources/${source}.txt)`, para.text, words)}`;
}

export function attributionProblems(texts: StoredTexts, text: string): AttributionProblem[] {
  const problems: AttributionProblem[] = [];
  for (const a of parseAttributions(text)) {
    if (a.kind === 'excerpt') {
      const held = texts.reference(excerptFile(a.source));
      if (!held) {
        problems.push({
          index: a.start,
          message: `pinpoint "${a.label}" points at source "${a.source}", of which no excerpt is held (content/reference/${excerptFile(a.source)})`,
        });
      } else if (!a.words?.trim()) {
        problems.push({ index: a.start, message: `pinpoint "${a.label}" to "${a.source}" gives no supporting words` });
      } else if (!containsVerbatim(held.body, a.words)) {
        problems.push({
          index: a.start,
          message: `pinpoint "${a.label}": the supporting words are ${notVerbatim(`the excerpt of "${a.source}" (content/reference/${excerptFile(a.source)})`, held.body, a.words)}`,
        });
      }
      continue;
    }
    if (a.kind === 'standard') {
      if (!texts.hasEntry('standards', a.standard)) {
        problems.push({
          index: a.start,
          message: `pinpoint "${a.label}" points at standard "${a.standard}", which has no entry (content/standards/${a.standard}.yaml)`,
        });
      }
      continue;
    }
    if (!a.source || Number.isNaN(a.paragraph)) {
      problems.push({
        index: a.start,
        message: `pinpoint "${a.label}": write para:<source id>/<paragraph number>, such as para:al-kaz-1-2022/37`,
      });
      continue;
    }
    if (!a.words?.trim()) {
      problems.push({
        index: a.start,
        message: `pinpoint "${a.label}" to paragraph ${a.paragraph} of "${a.source}" gives no supporting words: add the paragraph's own words that support the sentence, in double quotes, as in [para. 37](para:al-kaz-1-2022/37 "riot organizers")`,
      });
      continue;
    }
    const problem = evidenceHome(texts, a.source, a.paragraph, a.words);
    if (problem) problems.push({ index: a.start, message: `pinpoint "${a.label}": ${problem}` });
  }
  for (const bare of barePinpoints(text)) {
    problems.push({
      index: bare.index,
      message: `"${bare.found}" is a bare pinpoint that nothing checks: write it as [${bare.found}](para:<source id>/<n> "the paragraph's own supporting words"), or [${bare.found}](standard:<id>) for a document the project does not hold`,
    });
  }
  return problems.sort((a, b) => a.index - b.index);
}
