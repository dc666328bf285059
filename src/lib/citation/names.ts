/** Personal names, held as family and given name so that no tool has to guess where the family name starts. */
export interface PersonName {
  family: string;
  given: string;
}

/** "Fionnuala Ní Aoláin": the name as a page shows it. */
export const displayName = (p: PersonName) => `${p.given} ${p.family}`;

/** "Ní Aoláin, Fionnuala": the inverted form BibTeX, RIS and Highwire `citation_author` parse without guessing. */
export const invertedName = (p: PersonName) => `${p.family}, ${p.given}`;
