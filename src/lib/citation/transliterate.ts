/**
 * Russian Cyrillic in Latin letters, for the original-language title Bluebook rule 20.2.2 asks for: the Library
 * of Congress (ALA-LC) romanization table without its diacritics, ligature ties and the primes for ъ and ь
 * (й → i, not ĭ), so that the title is plain ASCII in every citation tool.
 */
const table: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

export function transliterateRussian(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = table[lower];
      if (latin === undefined) {
        if (/\p{Script=Cyrillic}/u.test(ch)) throw new Error(`no romanization for "${ch}" in "${text}"`);
        return ch;
      }
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}
