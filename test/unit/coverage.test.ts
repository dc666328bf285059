import { describe, expect, it } from 'vitest';
import { paragraphCoverage, paragraphsCited } from '../../src/lib/coverage';

describe('every paragraph of a held source accounted for', () => {
  it('finds the paragraphs an entry cites: pinpoints in its text and { source, paragraph } items, however deep', () => {
    const entry = {
      summary: 'As she said ([para. 3](para:un-doc/3 "words")) and ([para. 9](para:other/9 "x")).',
      applications: [{ source: { id: 'un-doc' }, paragraph: 5 }],
      events: [{ source: 'un-doc', paragraph: 7, description: 'x' }],
    };
    expect([...paragraphsCited('un-doc', entry)].sort()).toEqual([3, 5, 7]);
  });

  it('gives each paragraph its use, and reports one neither cited nor listed, a listed one that is cited, and a listed number the text lacks', () => {
    const { uses, problems } = paragraphCoverage([1, 2, 3, 4], new Set([1, 2]), [
      { paragraphs: [2, 3], reason: 'procedural' },
      { paragraphs: [9], reason: 'gone' },
    ]);
    expect(uses.get(1)).toEqual({ kind: 'cited' });
    expect(uses.get(3)).toEqual({ kind: 'not-used', reason: 'procedural' });
    expect(problems).toEqual([
      'paragraph 9 is listed as not used, but the stored text has no paragraph 9',
      'paragraph 2 is listed as not used, but the site cites it',
      'paragraph 4 is neither cited anywhere on the site nor listed under notUsed with a reason',
    ]);
  });
});
