import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One block of a _headers file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a Netlify/Cloudflare `_headers` file: a path pattern on its own line, then indented `Name: value`
 * lines; `#` starts a comment. Throws on anything else, since hosts skip lines they cannot read.
 */
export function parseHeadersFile(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1} is neither a path nor an indented "Name: value": ${line}`);
    rule.headers[m[1]!] = m[2]!.trim();
  });
  return rules;
}

/** The headers a host would send for a site path ("/criminal-code/255/"), from every matching block. */
export function headersFor(rules: HeaderRule[], sitePath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(
      `^${rule.pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (re.test(sitePath)) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The rules of a built site's `_headers`. */
export function readSiteHeaders(distDir: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
}

/** A policy header split into directives: name → its source list, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase())) throw new Error(`directive ${name} appears twice in: ${policy}`);
    directives.set(name.toLowerCase(), values);
  }
  return directives;
}
