/** A minimal XML tree: enough to check that the feed and sitemaps are well-formed and read their fields. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string): string {
  return raw.replace(/&([^;\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`bare "&" in XML: ${raw.slice(0, 60)}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const value = entities[name];
    if (value === undefined) throw new Error(`undefined entity &${name};`);
    return value;
  });
}

/** Parses a document, throwing on anything not well-formed that these files could contain. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  for (const token of source.match(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>|[^<]+/g) ?? []) {
    const parent = stack.at(-1)!;
    if (token.startsWith('<?') || token.startsWith('<!--')) continue;
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else if (token.startsWith('<')) {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>$/.exec(token);
      if (!m) throw new Error(`malformed tag ${token}`);
      const attrs: Record<string, string> = {};
      for (const a of (m[2] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} in ${token}`);
        attrs[a[1]!] = unescape(a[2] ?? '');
      }
      const el: XmlElement = { name: m[1]!, attrs, children: [], text: '' };
      parent.children.push(el);
      if (m[3] !== '/') stack.push(el);
    } else {
      const text = unescape(token);
      if (stack.length === 1 && text.trim()) throw new Error('text outside the root element');
      parent.text += text;
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  const roots = stack[0]!.children;
  if (roots.length !== 1) throw new Error(`${roots.length} root elements`);
  return roots[0]!;
}

/** Child elements with a given name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The text of the one child with a given name; throws when there is not exactly one. */
export function childText(el: XmlElement, name: string): string {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>`);
  return found[0]!.text.trim();
}
