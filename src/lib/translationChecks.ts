/**
 * The checks on our Russian texts that need no content API: a «…» quotation in them is the statute's own words,
 * found verbatim (case and spacing aside) in the Russian the page shows; a “…” quotation is one the English makes;
 * no English word is left in the Russian outside a quotation, a publisher's name or a symbol; and a translation
 * lags when the English entry was reviewed after the revision it translates (or, for an item with no review date,
 * when the English no longer has the fingerprint the translation records).
 */
import { createHash } from 'node:crypto';
import { passageHedge } from '../schemas/hedges';

const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** The «…» quotations of `text` that are not, word for word, in `held`. */
export function unheldQuotes(text: string, held: string): string[] {
  const within = flat(held);
  return [...text.matchAll(/«([^«»]+)»/g)].map((m) => m[1]!).filter((q) => !within.includes(flat(q)));
}

/**
 * The “…” quotations of our Russian that the English entry does not make: a quotation of a UN document stays in
 * its English original (our Russian follows it, unquoted), so each must be, word for word, one the English makes.
 */
export function unmatchedEnglishQuotes(text: string, english: string): string[] {
  const within = flat(english.replace(/[“”]/g, '"'));
  return [...text.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!).filter((q) => !within.includes(flat(q)));
}

/** The English revision (YYYY-MM-DD) a translation made from `translates` lags, or undefined if it does not. */
export function lagging(englishReviewed: string, translates: string): string | undefined {
  return englishReviewed > translates ? englishReviewed : undefined;
}

/**
 * Whether our Russian uses straight quotation marks outside its pinpoint links: "…" would slip past both rules
 * above, so a quotation must be «…» (the statute) or “…” (a UN document in English).
 */
export const hasStraightQuotes = (text: string): boolean => /"/.test(text.replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ']'));

/** The fingerprint of an English text a translation records having translated: 8 hex digits of its SHA-256. */
export const englishFingerprint = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 8);

/** Names of file formats, written the same in every language. */
const formatNames = new Set(['PDF', 'JSON', 'CSL-JSON', 'BibTeX', 'RIS', 'URL']);

/**
 * The words in Latin letters of our Russian that are neither inside an English quotation (“…”) nor one of the
 * publishers' names the site gives (`names`, matched whole: "Human Rights Watch") nor a document symbol nor an
 * item's mark ("(a)"): an English word left untranslated, which the page would show unmarked.
 */
export function strayLatinWords(text: string, names: readonly string[]): string[] {
  let rest = text
    .replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ']')
    .replace(/“(?:[^“”]|“[^“”]*”)*”/g, ' ')
    .replace(/\b(?:AL|UA|OL|JAL|JUA) [A-Z]{3} \d+\/\d{4}\b/g, ' ')
    .replace(/\b[A-Z]+(?:\/[\w.()-]+)+/g, ' ')
    // An address ("ilmr.de") is neither English nor Russian.
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/g, ' ');
  // Longest first, so "CIVICUS Monitor" goes whole before "CIVICUS".
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(name, ' ');
  const words = rest.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  // A single letter is an item's mark ("(a)", "п. 3(e)"), not a word; Roman numerals are part of a law's number ("№ 28-VI").
  return [...new Set(words.filter((w) => w.length > 1 && !formatNames.has(w) && !/^[IVXLC]+$/.test(w)))];
}

/**
 * The publishers' names our Russian may keep in Latin letters, from the issuers and short titles of the sources
 * that are not UN documents (a UN body is named in Russian): each piece that is a proper name, every word
 * capitalised ("ARTICLE 19", "Legal Media Center", "Human Rights Watch"), and each acronym in them ("CIVICUS").
 */
export function publisherNamesOf(labels: string[]): string[] {
  const pieces = labels.flatMap((l) => l.split(/\s+and\s+(?:the\s+)?|,|\(|\)/).map((p) => p.trim()));
  const names = pieces.filter((p) => /^[A-Z]/.test(p) && p.split(/\s+/).every((w) => /^[A-Z0-9]/.test(w)));
  const acronyms = names.flatMap((n) => n.match(/\b[A-Z]{2,}\b/g) ?? []);
  return [...new Set([...names, ...acronyms])];
}

// Words by which our Russian keeps a reserve: "по-видимому", "по сообщениям", "якобы", "может", "по словам"…
const russianHedge =
  /(по-видимому|видимо|по сообщени|как сообщается|сообщает|сообщил|предполож|предполаг|якобы|утвержд|вероятн|возможн|может|могут|мог(ла|ли)?\b|представляется|по данным|по словам|по её словам|по его словам|по их словам|по оценке|по мнению|по выводу|кажется|считает|описывает|называет|пишет)/i;

/**
 * The hedge of our English that our Russian of the same text drops, or null: a translation that turns "appears"
 * or "reportedly" into a flat statement asserts more than the source, as a summary that drops it would (schemas/
 * hedges.ts). Like that check it sees whether a reserve is kept, not whether it is on the same point.
 */
export function droppedRussianHedge(english: string, russian: string): string | null {
  // "It appears here because…", "appears in the list": where a thing stands, not a reserve.
  const hedge = [...english.matchAll(new RegExp(passageHedge.source, 'gi'))].find(
    (m) => !/^\s+(here|in|on|below|above|among)\b/i.test(english.slice(m.index + m[0].length)),
  )?.[0];
  if (!hedge) return null;
  return russianHedge.test(russian) ? null : hedge;
}
