/** Splits our plain-text fields into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** "2019-05-22" → "22 May 2019"; "2022-03" → "March 2022". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** "2017-07-11", "91-VI" → "11.07.2017 No. 91-VI", the way Kazakh laws are cited. */
export function formatLaw(law: { date: string; number: string }): string {
  const [y, m, d] = law.date.split('-');
  return `Law of ${d}.${m}.${y} No. ${law.number}`;
}
