import { inflateSync } from 'node:zlib';

/**
 * The pages of a PDF that Chromium wrote, each with the number of text-drawing operators (Tj, TJ) in its
 * content stream: enough to count pages and to find a blank one without a PDF library. Reads only what
 * Chromium writes (uncompressed object headers, Flate-compressed content streams).
 */
export function pdfPages(pdf: Buffer): { object: number; textOperators: number }[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  return [...objects.entries()]
    .filter(([, body]) => /\/Type\s*\/Page[^s]/.test(body))
    .map(([object, body]) => {
      const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) =>
        Number(r[1]),
      );
      const textOperators = refs.reduce((sum, ref) => {
        const stream = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(objects.get(ref) ?? '')?.[1] ?? '';
        const bytes = Buffer.from(stream, 'latin1');
        let text: string;
        try {
          text = inflateSync(bytes).toString('latin1');
        } catch {
          text = stream;
        }
        return sum + (text.match(/\b(Tj|TJ)\b/g) ?? []).length;
      }, 0);
      return { object, textOperators };
    });
}
