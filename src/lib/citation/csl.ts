/**
 * CSL-JSON items for the downloads (CSL-JSON, BibTeX, RIS): the full record of each work, as a reference
 * manager should store it. The APA rendering adapts these in apa.ts.
 */
import type { CslItem } from '@citation-js/core';
import { cslDateParts } from './dates';
import { criminalCode, siteName, siteNumberingNote } from './site';
import { statutePin, type Work } from './works';

const date = (iso: string) => ({ 'date-parts': [cslDateParts(iso)] });

/** The CSL-JSON record of a work; its id is also the BibTeX key. */
export function cslItem(work: Work): CslItem {
  return { ...fields(work), 'citation-key': work.key };
}

function fields(work: Work): CslItem {
  switch (work.kind) {
    case 'statute':
      return {
        id: work.key,
        type: 'legislation',
        title: criminalCode.title,
        number: criminalCode.number,
        section: `art. ${work.article}${statutePin(work)}`,
        issued: date(criminalCode.date),
        URL: work.url,
        note: `Unofficial English translation by the ${siteName}; the Russian text is authoritative.`,
      };
    case 'page':
      return {
        id: work.key,
        type: 'report',
        title: work.title,
        author: [{ literal: siteName }],
        publisher: siteName,
        number: work.number,
        ...(work.reviewed ? { issued: date(work.reviewed) } : {}),
        URL: work.url,
        language: 'en',
      };
    case 'document':
      return {
        id: work.key,
        type: 'report',
        title: work.title,
        author: [{ literal: work.issuer }],
        ...(work.symbol ? { number: work.symbol } : {}),
        issued: date(work.date),
        URL: work.originalUrl ?? work.copyUrl,
        ...(work.paragraph !== undefined ? { note: `Cited at para. ${work.paragraph}${work.siteNumbered ? ` (${siteNumberingNote})` : ''}.` } : {}),
        language: 'en',
      };
  }
}
