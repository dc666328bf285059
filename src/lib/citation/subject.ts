/** What a page's reference-manager metadata describes. Pages with no subject are plain web pages. */
import type { DocumentWork, PageWork } from './works';

/** One of our pages, saved as a report by the site (our analysis, a finding, a standard, a description). */
export interface ReportSubject {
  kind: 'report';
  page: PageWork;
  keywords?: string[];
  /** Documents the page cites. */
  cites?: DocumentWork[];
  /** The article of the Code this page analyses. */
  legislation?: { article: string; name: string };
  /** Articles of the Code the page concerns, with their pages' addresses. */
  aboutArticles?: { article: string; url: string }[];
}

/** A page reproducing a document, saved as that document. */
export interface DocumentSubject {
  kind: 'document';
  document: DocumentWork;
}

export type Subject = ReportSubject | DocumentSubject;

/**
 * The subject of a Russian page: our page is the same report, under the title the Russian page gives it (its
 * language comes from the page); a reproduced document stays the document, in its own language.
 */
export const inRussian = (subject: Subject, title: string): Subject =>
  subject.kind === 'report' ? { ...subject, page: { ...subject.page, title } } : subject;
