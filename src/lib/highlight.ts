import { normaliseForComparison } from '../corpus/verbatim';

export interface Segment {
  text: string;
  /** Whether this stretch is quoted by a finding. */
  quoted: boolean;
}

/**
 * Splits a source paragraph into plain and quoted stretches so a source page can mark what the findings
 * quote. Works on the same normalised text the verbatim check uses, so whatever passes the check is marked.
 */
export function markQuotations(paragraph: string, quotations: readonly string[]): Segment[] {
  const text = normaliseForComparison(paragraph);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const q of quotations) {
    const needle = normaliseForComparison(q);
    const at = needle ? text.indexOf(needle) : -1;
    if (at >= 0) marked.fill(true, at, at + needle.length);
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.quoted === marked[i]) last.text += text[i];
    else segments.push({ text: text[i] ?? '', quoted: marked[i] ?? false });
  }
  return segments;
}
