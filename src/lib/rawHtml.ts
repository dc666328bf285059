/**
 * Finds raw HTML in a Markdown body. Markdown passes HTML straight through to the page and the open data, so
 * one bad contribution could run a script or send readers elsewhere (<meta http-equiv="refresh">, which no
 * Content-Security-Policy blocks). Content is written in Markdown only; code spans and fenced code blocks
 * show markup as text and are skipped. Autolinks (<https://…>) are Markdown, not HTML.
 */
export interface RawHtml {
  /** Line in the body, counted from 1. */
  line: number;
  /** What was found, e.g. "<script" or "<!--". */
  markup: string;
}

// A start or end tag, a comment, a declaration (<!DOCTYPE) or a processing instruction (<?php).
const markupPattern = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<![A-Za-z]|<\?/g;

export function findRawHtml(body: string): RawHtml[] {
  const found: RawHtml[] = [];
  let fence: string | null = null;
  body.split(/\r?\n/).forEach((text, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = null;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    // Code spans: a run of backticks up to the next run of the same length.
    const outsideCode = text.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    for (const m of outsideCode.matchAll(markupPattern)) found.push({ line: i + 1, markup: m[0] });
  });
  return found;
}
