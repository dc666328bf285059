/** Numeric order of article numbers such as "174", "20-1" (plain string order would put 1000 before 174). */
export function compareArticleNumbers(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('-').map(Number);
  const [b1 = 0, b2 = 0] = b.split('-').map(Number);
  return a1 - b1 || a2 - b2;
}
