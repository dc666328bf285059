import { describe, expect, it } from 'vitest';
import { readArticles } from '../helpers/corpus';
import { all, attr, byClass, byId, first, loadPage, text } from '../helpers/html';
import { distRoot } from '../helpers/paths';

const reviewed = readArticles().filter((a) => a.role === 'reviewed');

// Issue 23: each reviewed article says what happened after the visit, and each recommendation where it stands,
// with its evidence; where nothing is held, the page says so with a date, never "not implemented".
describe('since the visit', () => {
  it.each(reviewed.map((a) => a.number))('Article %s has its "Since the visit" section, linked from its version statement', (n) => {
    const page = loadPage(distRoot, `criminal-code/${n}/`);
    const section = first(page, byId('since-the-visit'));
    expect(section).toBeDefined();
    expect(all(first(page, byId('version'))!, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toContain('#since-the-visit');
    const items = all(section!, (el) => el.tagName === 'li');
    if (items.length === 0) expect(text(section!)).toMatch(/appear in the texts the project holds \(as of \d+ \w+ \d{4}\)/);
  });

  it('shows the amendments the stored texts hold and the later events that name the article, newest first', () => {
    const since = (n: string) => text(first(loadPage(distRoot, `criminal-code/${n}/`), byId('since-the-visit'))!);
    expect(since('255')).toContain('amended by the Law of 29.12.2021 No. 89-VII');
    expect(since('174')).toContain('amended by the Law of 26.06.2020 No. 349-VI');
    expect(since('405')).toContain('at least 135 people');
    expect(since('256')).toContain('online platforms');
    const dates = all(first(loadPage(distRoot, 'criminal-code/255/'), byId('since-the-visit'))!, (el) => el.tagName === 'time').map((t) => attr(t, 'datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives every recommendation a status: its evidence, or "no change found" dated, and never "not implemented"', () => {
    for (const a of reviewed) {
      const page = loadPage(distRoot, `criminal-code/${a.number}/`);
      const recs = all(first(page, byId('recommendations'))!, (el) => el.tagName === 'li' && /^recommendation-/.test(attr(el, 'id') ?? ''));
      expect(recs.length, a.number).toBe((a.recommendations ?? []).length);
      for (const li of recs) {
        const status = first(li, byClass('rec-status'));
        expect(status, `${a.number} ${attr(li, 'id')}`).toBeDefined();
        const said = text(status!);
        if (attr(status!, 'data-status') === 'no-change-found') expect(said).toMatch(/No change found in the texts the project holds \(as of \d+ \w+ \d{4}\)/);
        else expect(all(status!, (el) => el.tagName === 'a').some((x) => /\/timeline\/#event-/.test(attr(x, 'href') ?? ''))).toBe(true);
        expect(said).not.toMatch(/not (been )?implemented/i);
      }
    }
  });

  it('lists every recommendation once on /recommendations/, under its status', () => {
    const page = loadPage(distRoot, 'recommendations/');
    const links = all(page, (el) => el.tagName === 'a' && /\/criminal-code\/\d+\/#recommendation-/.test(attr(el, 'href') ?? '')).map((a) => attr(a, 'href'));
    const expected = reviewed.flatMap((a) => (a.recommendations ?? []).map((r) => `/criminal-code/${a.number}/#recommendation-${r.id}`));
    expect([...links].sort()).toEqual([...expected].sort());
    for (const id of ['status-no-change-found', 'status-reported-not-accepted', 'status-reported-changed', 'status-recommended-again']) {
      expect(first(page, byId(id)), id).toBeDefined();
    }
  });
});
