/** Splits our plain-text fields into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** "2017-07-11", "91-VI" → "11.07.2017 No. 91-VI", the way Kazakh laws are cited. */
export function formatLaw(law: { date: string; number: string }): string {
  const [y, m, d] = law.date.split('-');
  return `Law of ${d}.${m}.${y} No. ${law.number}`;
}
