import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distMirror, distRoot, mirrorBase, projectRoot, tmpDir } from '../helpers/paths';
import { serveStatic } from '../helpers/server';

/** Every file under a folder, relative to it, with a hash of its bytes. */
function fileHashes(dir: string, rel = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) for (const [k, v] of fileHashes(dir, child)) found.set(k, v);
    else found.set(child.split(path.sep).join('/'), createHash('sha256').update(readFileSync(path.join(dir, child))).digest('hex'));
  }
  return found;
}

/**
 * `npm run pack` turns a build into one archive a reader can pass on. It is unpacked here with the system's
 * own tar, as a reader would, and compared file by file with the build.
 */
describe.each([
  ['root build', distRoot, '/'],
  ['sub-path build', distMirror, mirrorBase],
])('offline archive: %s', (name, dist, base) => {
  const work = path.join(tmpDir, 'pack', name.replace(/\W+/g, '-'));
  const archive = path.join(work, 'site.tar.gz');
  const unpacked = path.join(work, 'unpacked');
  const top = path.join(unpacked, 'kz-ct-law-review');
  const site = path.join(top, ...base.split('/').filter(Boolean));
  let run: SpawnSyncReturns<string>;
  let untar: SpawnSyncReturns<string>;

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    // The sub-path copy is the local preview of `npm start`, which pack refuses without the flag (tested below).
    run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/tools/pack.ts'), dist, archive, '--allow-preview'], {
      encoding: 'utf8',
    });
    untar = spawnSync('tar', ['-xzf', archive, '-C', unpacked], { encoding: 'utf8' });
  });

  it('packs, and the system tar unpacks it without complaint', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(untar.stderr).toBe('');
    expect(untar.status).toBe(0);
  });

  it('holds the whole site, byte for byte, under the path it was built for, with README.txt at the top', () => {
    expect(readdirSync(unpacked)).toEqual(['kz-ct-law-review']);
    const packed = fileHashes(site);
    expect(packed.has('index.html')).toBe(true);
    expect(packed.has('pagefind/pagefind.js')).toBe(true);
    expect(packed.has('_headers')).toBe(true);
    const built = fileHashes(dist);
    expect([...packed.keys()].filter((f) => f !== 'README.txt').sort()).toEqual([...built.keys()].sort());
    for (const [file, hash] of built) expect(packed.get(file), file).toBe(hash);
  });

  it('writes a SHA-256 manifest beside the archive that the system’s sha256sum accepts for the archive and every file', () => {
    const manifest = `${archive}.sha256`;
    const lines = readFileSync(manifest, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(`${createHash('sha256').update(readFileSync(archive)).digest('hex')}  site.tar.gz`);
    const listed = new Set(lines.slice(1).map((line) => line.replace(/^[0-9a-f]{64} {2}/, '')));
    const packedFiles = [...fileHashes(site).keys()].map((f) => `kz-ct-law-review${base}${f}`);
    // At the root the site's folder is the top folder, so README.txt is among its files already.
    expect([...listed].sort()).toEqual([...new Set([...packedFiles, 'kz-ct-law-review/README.txt'])].sort());
    // Checked as a reader would, from the folder that holds the archive and the unpacked copy.
    const check = path.join(work, 'check');
    rmSync(check, { recursive: true, force: true });
    mkdirSync(check, { recursive: true });
    copyFileSync(archive, path.join(check, 'site.tar.gz'));
    copyFileSync(manifest, path.join(check, 'site.tar.gz.sha256'));
    expect(spawnSync('tar', ['-xzf', 'site.tar.gz'], { cwd: check }).status).toBe(0);
    const ok = spawnSync('sha256sum', ['-c', '--quiet', 'site.tar.gz.sha256'], { cwd: check, encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    // A changed file fails the check.
    writeFileSync(path.join(check, 'kz-ct-law-review', ...base.split('/').filter(Boolean), 'index.html'), 'tampered');
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'site.tar.gz.sha256'], { cwd: check, encoding: 'utf8' }).status).not.toBe(0);
  });

  it('README.txt says to serve it over http at the path it was built for, not to open it from disk', () => {
    const readme = readFileSync(path.join(top, 'README.txt'), 'utf8');
    expect(readme).toContain('python3 -m http.server');
    expect(readme).toContain(`http://127.0.0.1:8000${base}`);
    expect(readme).toMatch(/file:\/\//);
  });

  it('served from the unpacked folder as README.txt says, the home page and the search bundle load', async () => {
    const server = await serveStatic(top, '/');
    try {
      const origin = new URL(server.url).origin;
      for (const file of ['', 'pagefind/pagefind.js', 'criminal-code/255/']) {
        const res = await fetch(`${origin}${base}${file}`);
        expect(res.status, `${base}${file}`).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});

describe('offline archive of a local preview', () => {
  it('is refused without --allow-preview, saying why and how to build for a public address', () => {
    const archive = path.join(tmpDir, 'pack', 'refused', 'site.tar.gz');
    rmSync(path.dirname(archive), { recursive: true, force: true });
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/tools/pack.ts'), distMirror, archive], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is a local preview');
    expect(run.stderr).toContain('SITE_URL=https://review.example.org npm run build && npm run pack');
    expect(readdirSync(tmpDir)).toContain('pack');
    expect(() => readFileSync(archive)).toThrow();
  });
});

describe('what the site ships of Pagefind', () => {
  it('only the search API, its worker and the index: none of the ready-made interfaces the site does not use', () => {
    const shipped = readdirSync(path.join(distRoot, 'pagefind'));
    expect(shipped).toContain('pagefind.js');
    expect(shipped.filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
  });
});
