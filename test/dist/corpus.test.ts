import { describe, expect, it } from 'vitest';
import { all, attr, byClass, byId, first, loadPage, text } from '../helpers/html';
import { distRoot } from '../helpers/paths';

const reviewed = ['174', '180', '255', '256', '257', '258', '272', '405'];

describe.each(reviewed)('the entry for Article %s is complete', (n) => {
  const doc = loadPage(distRoot, `criminal-code/${n}/`);

  it('shows at least one finding of a UN mechanism, with its pinpoint: quoted when it names the article, linked to its own page when we relate it', () => {
    const findings = all(first(doc, byId('findings'))!, byClass('finding'));
    expect(findings.length).toBeGreaterThanOrEqual(1);
    for (const f of findings) {
      // A finding we relate to the article by our analysis is quoted on its own page, not here.
      const related = /\bfinding-related\b/.test(attr(f, 'class') ?? '');
      if (related) expect(all(f, (el) => el.tagName === 'a').some((a) => /\/findings\/[a-z0-9-]+\/$/.test(attr(a, 'href') ?? '')), attr(f, 'id')).toBe(true);
      else expect(first(f, (el) => el.tagName === 'blockquote'), attr(f, 'id')).toBeDefined();
      expect(all(f, (el) => el.tagName === 'a').some((a) => /\/sources\/[a-z0-9-]+\/#para-\d+$/.test(attr(a, 'href') ?? ''))).toBe(true);
    }
  });

  it('explains at least two standards it falls short of, in our words', () => {
    const gaps = all(first(doc, byId('standards'))!, byClass('gap'));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const g of gaps) {
      const explanation = first(g, byClass('our-words'));
      expect(text(explanation!).length, attr(g, 'id')).toBeGreaterThan(150);
    }
  });

  it('shows the statutory text, or says that none is held', () => {
    const section = first(doc, byId('text'))!;
    const hasText = first(section, (el) => el.tagName === 'blockquote' && attr(el, 'lang') === 'ru') !== undefined;
    expect(hasText || /holds no source text/.test(text(section))).toBe(true);
  });

  it('gives a source for every application and says so when there is none', () => {
    const section = first(doc, byId('applications'))!;
    const applications = all(section, byClass('application'));
    if (applications.length === 0) expect(text(section)).toMatch(/report no specific application/);
    for (const a of applications) {
      expect(all(a, (el) => el.tagName === 'a').some((l) => /\/sources\/[a-z0-9-]+\/(#para-\d+)?$/.test(attr(l, 'href') ?? '')), attr(a, 'id')).toBe(true);
    }
  });

  it('has recommendations, each resting on a source', () => {
    const items = all(first(doc, byId('recommendations'))!, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('recommendation-'));
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const r of items) expect(all(r, (el) => el.tagName === 'a').some((l) => (attr(l, 'href') ?? '').includes('/sources/'))).toBe(true);
  });

  it('shows when it was last reviewed and its history', () => {
    expect(text(first(doc, byId('history'))!)).toMatch(/Last reviewed against its sources on \d{1,2} \w+ \d{4}/);
  });
});
