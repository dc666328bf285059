/** Facts about the site and the statute it reviews, written once. */

/** The site's organisational name: publisher and institution of all its analysis (there are no personal authors). */
export const siteName = 'Kazakhstan Counter-Terrorism Law Review';

/** The Criminal Code as DESIGN.md designates it: Code of 3 July 2014 No. 226-V. */
export const criminalCode = {
  title: 'Criminal Code of the Republic of Kazakhstan',
  /** Its Russian title as the stored text gives it (content/reference/criminal-code/README.md). */
  titleRu: 'Уголовный кодекс Республики Казахстан',
  number: '226-V',
  date: '2014-07-03',
  jurisdiction: 'Kazakhstan',
  /** Bluebook T10 abbreviation of the country. */
  bluebookCountry: 'Kaz.',
} as const;
