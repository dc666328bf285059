/**
 * Finds dates that do not exist (2026-13-45, 2022-02-30) in a YAML text, however they are written. The YAML
 * reader Astro uses turns an unquoted date into a Date and rolls an impossible one over into a real one
 * (2022-02-30 becomes 2 March), so by the time a schema sees the value the typo is gone. This reads the text
 * again with the `yaml` package's core schema, where every date is still the string the editor typed.
 */
import { LineCounter, isScalar, parseDocument, visit } from 'yaml';

export interface ImpossibleDate {
  /** Line in the YAML text, counted from 1. */
  line: number;
  /** The value as written. */
  value: string;
}

/** True when YYYY-MM-DD (or YYYY-MM) names a day (a month) of the Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// What an editor means as a date: four digits, a hyphen, two digits, and optionally a hyphen and two more.
const dateShaped = /^\d{4}-\d{2}(-\d{2})?$/;

export function findImpossibleDates(yamlText: string): ImpossibleDate[] {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  const found: ImpossibleDate[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node)) return;
      const value = String(node.value);
      if (dateShaped.test(value) && !isCalendarDate(value) && node.range) {
        found.push({ line: lines.linePos(node.range[0]).line, value });
      }
    },
  });
  return found;
}
