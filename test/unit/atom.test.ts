import { describe, expect, it } from 'vitest';
import { atomDate, escapeXml, renderAtom } from '../../src/lib/atom';

describe('Atom feed text', () => {
  it('escapes markup and quotes in text and attributes', () => {
    expect(escapeXml(`Article 174 & "discord" <b>'x'</b>`)).toBe(
      'Article 174 &amp; &quot;discord&quot; &lt;b&gt;&apos;x&apos;&lt;/b&gt;',
    );
  });

  it('dates the feed by its newest entry, so an unchanged corpus gives the same feed', () => {
    const entry = (updated: string) => ({
      id: `tag:example.org,${updated}:x`,
      title: 't',
      link: 'https://example.org/',
      updated: atomDate(updated),
      summary: 's',
    });
    const xml = renderAtom({
      id: 'https://example.org/feed.xml',
      title: 'T',
      subtitle: 'S',
      author: 'A',
      self: 'https://example.org/feed.xml',
      home: 'https://example.org/',
      entries: [entry('2026-01-02'), entry('2026-03-04')],
    });
    expect(xml).toContain('<updated>2026-03-04T00:00:00Z</updated>\n  <entry>');
  });
});
