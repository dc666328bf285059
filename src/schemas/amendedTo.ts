// The version statement names its snapshot as "… cites laws up to 04.05.2020 No. 321-VI …" (see content/articles/*.md).
const citesLawsUpTo = /cites laws up to (\d{2})\.(\d{2})\.(\d{4})\b/;

/**
 * The "as amended to" date of a version statement's `unchangedUntil`, or undefined when it names none (the
 * article schema then rejects the entry, so no statute citation goes out without its version).
 */
export function amendedToDate(unchangedUntil: string): string | undefined {
  const m = citesLawsUpTo.exec(unchangedUntil);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}
