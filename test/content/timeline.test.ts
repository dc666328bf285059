import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOnce, syncBrokenContent } from '../helpers/fixtures';

// Each case breaks one event in a copy of content/timeline.yaml and expects `astro sync` to name it.
describe('timeline validation', () => {
  it('rejects an event without the paragraph of a reproduced source', () => {
    const run = syncBrokenContent('event-without-pinpoint', (dir) => {
      replaceOnce(path.join(dir, 'timeline.yaml'), /(id: arrests-2019[\s\S]*?)\n  paragraph: 12\n/, '$1\n');
    });
    expect(run.status).not.toBe(0);
    // The event is named by its line in timeline.yaml.
    expect(run.output).toMatch(/timeline\.yaml[\s\S]*line \d+, paragraph/);
    expect(run.output).toContain('needs the paragraph that reports it');
  });

  it('rejects a paragraph the source does not have', () => {
    const run = syncBrokenContent('event-bad-paragraph', (dir) => {
      replaceOnce(path.join(dir, 'timeline.yaml'), /(id: arrests-2019[\s\S]*?)\n  paragraph: 12\n/, '$1\n  paragraph: 400\n');
    });
    expect(run.status).not.toBe(0);
    // The event is named by its line in timeline.yaml.
    expect(run.output).toMatch(/timeline\.yaml[\s\S]*line \d+, paragraph/);
    expect(run.output).toContain('paragraph 400 does not exist');
  });

  it('rejects a span that ends before it starts', () => {
    const run = syncBrokenContent('event-bad-dates', (dir) => {
      replaceOnce(path.join(dir, 'timeline.yaml'), "  date: '2019-04'\n  end: '2019-05'\n", "  date: '2019-05'\n  end: '2019-04'\n");
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('must come after date 2019-05');
  });
});
