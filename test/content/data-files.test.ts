import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { brokenContentCopy, replaceOnce } from '../helpers/fixtures';

/** Points the data-file loaders at a broken copy of the content (they read KZ_CONTENT_DIR when imported). */
function useBrokenCopy(name: string, breakIt: (dir: string) => void): void {
  vi.resetModules();
  vi.stubEnv('KZ_CONTENT_DIR', brokenContentCopy(name, breakIt));
}

/** Loads the glossary from a broken copy of the content. */
async function loadBroken(name: string, breakIt: (dir: string) => void) {
  useBrokenCopy(name, breakIt);
  const { loadGlossary } = await import('../../src/lib/glossary');
  return loadGlossary;
}

describe('glossary validation', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('accepts the glossary as committed', async () => {
    vi.resetModules();
    const { loadGlossary } = await import('../../src/lib/glossary');
    expect(loadGlossary().length).toBeGreaterThan(10);
  });

  it('rejects a UN rendering that is not verbatim in its paragraph, naming the file and the field', async () => {
    const load = await loadBroken('glossary-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'glossary.yaml'), '{ text: discord, source', '{ text: discords, source');
    });
    expect(load).toThrow(/glossary\.yaml[\s\S]*line \d+, item 2 → un, item 1 → text: "discords" is not verbatim in paragraph 11/);
  });

  it('rejects an unknown key', async () => {
    const load = await loadBroken('glossary-unknown-key', (dir) => {
      replaceOnce(path.join(dir, 'glossary.yaml'), '  enStem: discord\n', '  enStem: discord\n  colour: red\n');
    });
    expect(load).toThrow(/glossary\.yaml[\s\S]*line \d+, item 2 → colour: unknown field "colour"/);
  });

  it('rejects a definition whose Russian differs from the stored law by one character', async () => {
    useBrokenCopy('definition-not-verbatim', (dir) => {
      replaceOnce(path.join(dir, 'definitions.yaml'), 'террористическая группа – организованная группа', 'террористическая группа – организованная групп');
    });
    const { loadDefinitions } = await import('../../src/lib/definitions');
    expect(loadDefinitions).toThrow(/definitions\.yaml[\s\S]*line \d+, item 5 → ru: \(cc-3-31-terrorist-group\) differs from content\/reference\/criminal-code\/art-3-definitions\.md/);
  });
});
