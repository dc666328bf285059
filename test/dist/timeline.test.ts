import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../helpers/corpus';
import { all, attr, byId, byTag, first, idsOf, loadPage, text } from '../helpers/html';
import { contentDir, distMirror, distRoot, mirrorBase } from '../helpers/paths';

interface EventFront {
  id: string;
  date: string | Date;
  end?: string | Date;
  source: string;
  paragraph?: number;
  articles?: string[];
}

// The yaml package keeps unquoted dates as strings; String() covers a Date either way.
const events = readYaml<EventFront[]>('timeline.yaml').map((e) => ({ ...e, date: String(e.date), end: e.end === undefined ? undefined : String(e.end) }));
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe.each([
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
])('timeline: %s', (_name, dist, base) => {
  const page = loadPage(dist, 'timeline/');

  it('shows every event of content/timeline.yaml at its pinpoint', () => {
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) expect(first(page, byId(`event-${e.id}`)), `#event-${e.id}`).toBeDefined();
    expect(all(page, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('event-'))).toHaveLength(events.length);
  });

  it('links every event to its source, and to the paragraph wherever the source is reproduced', () => {
    for (const e of events) {
      const item = first(page, byId(`event-${e.id}`))!;
      const hrefs = all(item, byTag('a')).map((a) => attr(a, 'href') ?? '');
      const target = `${base}sources/${e.source}/${e.paragraph === undefined ? '' : `#para-${e.paragraph}`}`;
      expect(hrefs, e.id).toContain(target);
      if (e.paragraph !== undefined) {
        expect(idsOf(loadPage(dist, `sources/${e.source}/`)).has(`para-${e.paragraph}`), `${e.id}: para-${e.paragraph}`).toBe(true);
      } else {
        expect(existsSync(path.join(contentDir, 'sources', `${e.source}.txt`)), `${e.id}: its source is reproduced, so it needs a paragraph`).toBe(false);
      }
      for (const n of e.articles ?? []) expect(hrefs, e.id).toContain(`${base}criminal-code/${n}/`);
    }
  });
});

describe('timeline dates', () => {
  const page = loadPage(distRoot, 'timeline/');

  it('machine-readable dates equal the content, and no date is shown more precisely than the source gives it', () => {
    for (const e of events) {
      const times = all(first(page, byId(`event-${e.id}`))!, byTag('time'));
      expect(times.map((t) => attr(t, 'datetime')), e.id).toEqual(e.end === undefined ? [e.date] : [e.date, e.end]);
      const shown = times.map(text).join('–');
      const [y, m, d] = (e.end ?? e.date).split('-');
      expect(shown, e.id).toMatch(new RegExp(`${m ? `${d ? `\\b${Number(d)} ` : ''}${months[Number(m) - 1]} ` : ''}${y}$`));
      if (!m) expect(shown, e.id).toMatch(/^\d{4}(–\d{4})?$/);
      if (m && !d) expect(shown, e.id).not.toMatch(/\d [A-Z]/);
    }
  });

  it('lists events in chronological order, a date known only to the month or year after the days of that period', () => {
    const items = all(page, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('event-'));
    const key = (iso: string) => iso.padEnd(10, '~');
    const dates = items.map((li) => key(attr(first(li, byTag('time'))!, 'datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
  });
});
