import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceOnce } from '../helpers/fixtures';
import { contentDir, tmpDir } from '../helpers/paths';

/** Loads the glossary from a broken copy of the content (the module reads KZ_CONTENT_DIR when imported). */
async function loadBroken(name: string, breakIt: (dir: string) => void) {
  const dir = path.join(tmpDir, 'fixtures', name, 'content');
  rmSync(path.dirname(dir), { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(contentDir, dir, { recursive: true });
  breakIt(dir);
  vi.resetModules();
  vi.stubEnv('KZ_CONTENT_DIR', dir);
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
    expect(load).toThrow(/glossary\.yaml[\s\S]*1\.un\.0\.text: "discords" is not verbatim in paragraph 11/);
  });

  it('rejects an unknown key', async () => {
    const load = await loadBroken('glossary-unknown-key', (dir) => {
      replaceOnce(path.join(dir, 'glossary.yaml'), '  enStem: discord\n', '  enStem: discord\n  colour: red\n');
    });
    expect(load).toThrow(/glossary\.yaml does not match its schema:[\s\S]*1: Unrecognized key.*colour/);
  });

  it('rejects a definition whose Russian differs from the stored law by one character', async () => {
    vi.resetModules();
    const dir = path.join(tmpDir, 'fixtures', 'definition-not-verbatim', 'content');
    rmSync(path.dirname(dir), { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    cpSync(contentDir, dir, { recursive: true });
    replaceOnce(path.join(dir, 'definitions.yaml'), 'террористическая группа – организованная группа', 'террористическая группа – организованная групп');
    vi.stubEnv('KZ_CONTENT_DIR', dir);
    const { loadDefinitions } = await import('../../src/lib/definitions');
    expect(loadDefinitions).toThrow(/definitions\.yaml:[\s\S]*2\.ru \(cc-3-31-terrorist-group\): differs from content\/reference\/criminal-code\/art-3-definitions\.md/);
  });
});
