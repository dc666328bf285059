/**
 * Which paragraphs of a held source the site uses, and for which purpose, so that every paragraph is
 * accounted for: quoted by a finding, cited by a pinpoint in our words or by an item's paragraph field, or
 * listed by the source entry as not used, with a reason (src/schemas/source.ts, `notUsed`).
 */
import { parseAttributions } from '../corpus/attribution';

/** Every paragraph of `sourceId` that a value cites: in a pinpoint of its text, or as `{ source, paragraph }`. */
export function paragraphsCited(sourceId: string, value: unknown, found = new Set<number>()): Set<number> {
  if (typeof value === 'string') {
    for (const a of parseAttributions(value)) if (a.kind === 'para' && a.source === sourceId) found.add(a.paragraph);
  } else if (Array.isArray(value)) {
    for (const item of value) paragraphsCited(sourceId, item, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const source = record.source;
    const sourceOf = typeof source === 'string' ? source : (source as { id?: unknown } | undefined)?.id;
    if (sourceOf === sourceId && typeof record.paragraph === 'number') found.add(record.paragraph);
    for (const item of Object.values(record)) paragraphsCited(sourceId, item, found);
  }
  return found;
}

export type ParagraphUse = { kind: 'cited' } | { kind: 'not-used'; reason: string };

/**
 * The use of each paragraph, and what is wrong: a paragraph neither cited nor listed, a listed one that is cited
 * after all, or a listed number the text does not have.
 */
export function paragraphCoverage(
  paragraphs: number[],
  cited: Set<number>,
  notUsed: { paragraphs: number[]; reason: string }[],
): { uses: Map<number, ParagraphUse>; problems: string[] } {
  const uses = new Map<number, ParagraphUse>();
  const problems: string[] = [];
  const listed = new Map(notUsed.flatMap((group) => group.paragraphs.map((n) => [n, group.reason] as const)));
  for (const n of listed.keys()) {
    if (!paragraphs.includes(n))
      problems.push(`paragraph ${n} is listed as not used, but the stored text has no paragraph ${n}`);
  }
  for (const n of paragraphs) {
    const reason = listed.get(n);
    if (cited.has(n) && reason !== undefined)
      problems.push(`paragraph ${n} is listed as not used, but the site cites it`);
    if (cited.has(n)) uses.set(n, { kind: 'cited' });
    else if (reason !== undefined) uses.set(n, { kind: 'not-used', reason });
    else problems.push(`paragraph ${n} is neither cited anywhere on the site nor listed under notUsed with a reason`);
  }
  return { uses, problems };
}
