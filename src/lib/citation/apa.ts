/**
 * APA (7th edition) references and in-text citations, rendered by Citation.js with its bundled APA CSL style.
 * The items are adapted to APA's rules first: a publisher that is also the author is left out, our own stable
 * ids are left out (the URL identifies the page), and the statute is named the way APA names statutes
 * ("Name, section (Year)").
 */
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { citeprocText } from './citeprocText';
import { cslItem } from './csl';
import type { Formatted } from './runs';
import { bluebookVersion, provisionPin } from './provisions';
import { criminalCode } from './site';
import type { DocumentWork, Work } from './works';

// citeproc changes the case of legislation titles ("art." → "Art."); this markup keeps ours as written.
const nocase = (s: string) => `<span class="nocase">${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`;

/** The download record (csl.ts) adapted to APA's rules. */
function apaItem(work: Work): CslItem {
  const {
    'citation-key': _key,
    note: _note,
    language: _language,
    publisher: _publisher,
    references: _references,
    // Shaped for official styles fed the downloads (the version of a statute, "UN Doc"); our own APA words them itself.
    'container-title': _containerTitle,
    genre: _genre,
    number,
    section,
    ...item
  } = cslItem(work);
  switch (work.kind) {
    case 'statute':
      return {
        ...item,
        title: nocase(
          `${criminalCode.title} No. ${criminalCode.number}, ${section ?? ''}, ${bluebookVersion(work.version)}`,
        ),
      };
    case 'page':
      return item; // a web page of the site, which APA 7 dates in full: "(2026, December 6)"
    case 'document':
      // A UN document's group author is its issuing body, as the site's other styles give it.
      return {
        ...item,
        author: [{ literal: work.issuer }],
        ...(number && !work.title.includes(String(number)) ? { number } : {}),
      };
    case 'instrument':
      // APA sends legal materials to the Bluebook's forms; the name and provision are kept as written.
      return {
        ...item,
        type: 'legislation',
        title: nocase(
          `${work.title}, ${provisionPin(work.provision, 'bluebook')}${work.symbol ? `, U.N. Doc. ${work.symbol}` : ''}`,
        ),
      };
  }
}

const options = { template: 'apa', lang: 'en-US' };

// citeproc's HTML is the only rendering asked for (the plain text is read off it, citeprocText): each call costs
// milliseconds and a source page has a hundred paragraphs.
const references = new Map<string, Formatted>();

/** The APA reference-list entry for a work. */
export function apa(work: Work): Formatted {
  const item = apaItem(work);
  const key = JSON.stringify(item);
  const cached = references.get(key);
  if (cached) return cached;
  const html = String(new Cite([item]).format('bibliography', { ...options, format: 'html' }));
  // APA's CSL style writes "Retrieved <date> from <URL>" for undated items; with no retrieval date it leaves a
  // bare "Retrieved", and APA 7 allows the URL alone (a retrieval date is for pages designed to change).
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/
    .exec(html)?.[1]
    ?.trim()
    .replace(/Retrieved (?=https?:)/, '');
  if (!entry) throw new Error(`Citation.js gave no APA entry for ${work.key}`);
  const formatted = { text: citeprocText(entry), html: entry };
  references.set(key, formatted);
  return formatted;
}

/**
 * The APA in-text citation at a paragraph, e.g. "(Author, 2019, para. 8)"; only documents have paragraphs.
 * A paragraph of the part held (a report's summary) names the part, "(Author, 2020, Summary, para. 1)", as
 * APA 7 (8.13) names a section: the document's own paragraph 1 is another paragraph.
 */
export function apaInText(work: DocumentWork, paragraph: number): string {
  const text = String(
    new Cite([apaItem(work)]).format('citation', {
      ...options,
      format: 'text',
      entry: [{ id: work.key, locator: String(paragraph), label: 'paragraph' }],
    }),
  ).trim();
  if (!work.heldPart) return text;
  const part = work.heldPart.charAt(0).toUpperCase() + work.heldPart.slice(1);
  return text.replace(/, para\. (?=\S+\)$)/, `, ${part}, para. `);
}
