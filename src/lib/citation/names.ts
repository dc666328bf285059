/** Personal names, held as family and given name so that no tool has to guess where the family name starts. */
export interface PersonName {
  family: string;
  given: string;
}

/** "Fionnuala Ní Aoláin": the name as a page shows it. */
export const displayName = (p: PersonName) => `${p.given} ${p.family}`;

/**
 * Who signed a document, for the note of its record: the issuing body is the author in every format, as the
 * boxes and OSCOLA, Bluebook and APA cite a UN document (issue 21, P11: one author model, not two).
 */
export const signedBy = (persons: PersonName[]): string | undefined =>
  persons.length ? `Signed by ${persons.map(displayName).join(' and ')}.` : undefined;
