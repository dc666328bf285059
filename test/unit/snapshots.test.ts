import { describe, expect, it } from 'vitest';
import { readReferenceText } from '../../src/corpus/referenceText';

// Eight article pages say that two database snapshots (about January and about May 2020) show their text
// unchanged; the claim rests on these two stored copies, so it is checked here, not taken on trust.
describe('the two snapshots of the Russian text the version statements rely on', () => {
  it.each(['174', '180', '255', '256', '257', '258', '272', '405'])('Article %s is identical in both', (n) => {
    const january = readReferenceText(`criminal-code/ru-2020-01/${n}.ru.md`);
    const may = readReferenceText(`criminal-code/ru-2020-05/${n}.ru.md`);
    expect(january?.meta.version ?? '').toContain('0396b99');
    expect(may?.meta.version ?? '').toContain('6d56205');
    const text = (body: string | undefined) => (body ?? '').replace(/\s+/g, ' ').trim();
    expect(text(january?.body).length).toBeGreaterThan(200);
    expect(text(january?.body)).toBe(text(may?.body));
  });
});
