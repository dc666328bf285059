/**
 * biblatex (biber) entries, written here rather than by Citation.js so that each field is the one biblatex and
 * biblatex-oscola print: the key is the work's own (unique, from its permanent address), dates are ISO
 * `date` fields, acronyms are brace-protected, organisations are one braced name, and the statute is a
 * `@legislation` with its number and article. A pinpoint never goes into the entry: it belongs in the citation
 * command (`\cite[para 10]{key}`).
 */
import { translationNote } from './csl';
import { oscolaVersion, statutePin } from './provisions';
import { invertedName } from './names';
import { criminalCode, siteName } from './site';
import type { Work } from './works';

// The characters LaTeX treats as commands in a field value (braces are added by the writer only).
const escape = (s: string) => s.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_])/g, '\\$1').replace(/[{}]/g, '').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** Brace-protects acronyms (two or more capitals, e.g. ICCPR, UN, KAZ) so that no style lower-cases them. */
export const protectAcronyms = (s: string) => escape(s).replace(/\b(\p{Lu}[\p{Lu}\d]+)\b/gu, '{$1}');

/** An organisation as one name: biblatex would otherwise split it at " and " and read it as a person's. */
const organisation = (name: string) => `{${escape(name)}}`;

type Fields = [string, string | undefined][];

function fields(work: Work): { type: string; fields: Fields } {
  switch (work.kind) {
    case 'statute':
      return {
        type: 'legislation',
        fields: [
          ['title', protectAcronyms(criminalCode.title)],
          // biblatex-oscola prints title, year, number and note for legislation; the article goes with the number.
          ['number', `No ${criminalCode.number}, art ${work.article}${statutePin(work)}`],
          ['date', criminalCode.date],
          ['language', 'russian'],
          ['note', escape(`${oscolaVersion(work.version)}; ${translationNote(work)}`)],
          ['url', work.url],
        ],
      };
    case 'page':
      return {
        type: 'report',
        fields: [
          ['author', organisation(siteName)],
          ['title', protectAcronyms(work.title)],
          ['institution', organisation(siteName)],
          ['number', escape(work.number)],
          ['date', work.reviewed],
          ['language', 'english'],
          ['url', work.url],
        ],
      };
    case 'document':
      return {
        type: 'report',
        fields: [
          ['author', work.authors.length ? work.authors.map(invertedName).map(escape).join(' and ') : organisation(work.issuer)],
          ['title', protectAcronyms(work.title)],
          ['institution', organisation(work.issuer)],
          ['number', work.symbol && escape(work.symbol)],
          ['date', work.date],
          ['language', 'english'],
          ['url', work.originalUrl ?? work.copyUrl],
        ],
      };
    case 'instrument':
      return {
        type: 'misc',
        fields: [
          ['title', protectAcronyms(work.title)],
          ['note', escape(work.provision)],
          ['number', work.symbol && escape(work.symbol)],
          ['date', work.adopted ?? work.year],
          ['language', 'english'],
          ['url', work.url],
        ],
      };
  }
}

/** One biblatex entry. */
export function bibtexEntry(work: Work): string {
  const { type, fields: list } = fields(work);
  const lines = list.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '').map(([k, v]) => `  ${k} = {${v}},`);
  return `@${type}{${work.key},\n${lines.join('\n')}\n}`;
}
