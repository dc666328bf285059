/** An Atom 1.0 document (RFC 4287), built as text: the feed is small and its shape fixed. */
export interface AtomEntry {
  /** A permanent IRI for this entry. */
  id: string;
  title: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  author: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the site. */
  home: string;
  /** The language of the feed's text (xml:lang): "en" unless said. */
  lang?: string;
  entries: AtomEntry[];
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar date as the start of that day in UTC, the form Atom requires. */
export function atomDate(isoDate: string): string {
  // An event dated only to the month or year (2025-07) is placed on its first day: Atom needs a full date.
  const [year, month = '01', day = '01'] = isoDate.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** Renders the feed; `updated` is the newest entry's date, so an unchanged corpus gives an identical feed. */
export function renderAtom(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? atomDate('1970-01-01');
  const entry = (e: AtomEntry) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <updated>${e.updated}</updated>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang ?? 'en')}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>
  <updated>${updated}</updated>
${feed.entries.map(entry).join('\n')}
</feed>
`;
}
