// `npm run pack [-- <dist> <archive>]`: packs a built site into one .tar.gz with a README.txt that says how
// to serve it, for readers who pass the site on by hand or set up a mirror. Build first (npm run build, or
// SITE_BASE=/mirror/ npm run build for a sub-path); the archive places the site under that same path.
// Beside the archive it writes <archive>.sha256, a manifest in `sha256sum` format: the archive's own hash and
// every file's inside it, so whoever receives a copy or runs a mirror can check it (`sha256sum -c`).
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { isLocalOrigin } from '../../src/lib/siteConfig.ts';
import { offlineReadme } from './offline-readme.ts';
import { tarBlocks, tarEnd, type TarEntry } from './tar.ts';

const folder = 'kz-ct-law-review';
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// A local preview's every permanent address points at http://localhost:4321/, on the reader's own computer:
// an archive passed on by hand must not carry them, so packing one takes a deliberate flag.
const allowPreview = process.argv.includes('--allow-preview');
const dist = path.resolve(args[0] ?? process.env.SITE_OUT_DIR ?? 'dist');
const out = path.resolve(args[1] ?? path.join('dist-pack', `${folder}.tar.gz`));

/** The canonical address of the home page, which tells the origin and the path the site was built for. */
function builtFor(distDir: string): URL {
  const home = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!href) throw new Error(`${distDir}/index.html has no canonical link: is it a build of this site?`);
  return new URL(href);
}

/** Every folder and file under `dir`, as paths relative to it with "/" separators, folders ending in "/". */
function listTree(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      return entry.isDirectory() ? [`${child}/`, ...listTree(dir, child)] : [child];
    });
}

const canonical = builtFor(dist);
if (isLocalOrigin(canonical) && !allowPreview) {
  console.error(
    [
      `${dist} is a local preview: it was built with no public address, so every permanent address, citation and`,
      `"Copy link" in it points at ${canonical.origin}/, which is nobody else's computer. Build with the address the copy`,
      'will be cited at, then pack:',
      '  SITE_URL=https://review.example.org npm run build && npm run pack',
      'To pack the preview anyway (for your own use only): npm run pack -- --allow-preview',
    ].join('\n'),
  );
  process.exit(1);
}
const base = canonical.pathname;
const sitePrefix = `${folder}${base}`; // "kz-ct-law-review/" or "kz-ct-law-review/mirror/"
const tree = listTree(dist);
const readme = offlineReadme({ folder, base, canonical: canonical.href, built: new Date().toISOString().slice(0, 10) });

/** The hash of each file, by its path inside the archive, filled while the archive is written. */
const hashes: [string, string][] = [];
const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

async function* archive(): AsyncGenerator<Uint8Array> {
  const now = Date.now() / 1000;
  // The folders leading to the site's path, then README.txt beside them.
  const parts = sitePrefix.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) yield* tarBlocks({ name: `${parts.slice(0, i).join('/')}/`, mtime: now });
  const readmeBytes = new TextEncoder().encode(readme);
  hashes.push([`${folder}/README.txt`, sha256(readmeBytes)]);
  yield* tarBlocks({ name: `${folder}/README.txt`, data: readmeBytes, mtime: now });
  for (const rel of tree) {
    const full = path.join(dist, rel);
    const entry: TarEntry = { name: `${sitePrefix}${rel}`, mtime: statSync(full).mtimeMs / 1000 };
    if (!rel.endsWith('/')) {
      entry.data = readFileSync(full);
      hashes.push([entry.name, sha256(entry.data)]);
    }
    yield* tarBlocks(entry);
  }
  yield tarEnd;
}

mkdirSync(path.dirname(out), { recursive: true });
await pipeline(Readable.from(archive()), createGzip({ level: 9 }), createWriteStream(out));
// The archive first (check it before unpacking), then its files (check the unpacked copy or a mirror's).
const manifest = `${out}.sha256`;
writeFileSync(
  manifest,
  [[path.basename(out), sha256(readFileSync(out))], ...hashes].map(([name, hash]) => `${hash}  ${name}\n`).join(''),
);
const files = tree.filter((rel) => !rel.endsWith('/')).length;
console.log(
  `${out}: ${files} files of the site built for ${canonical.href}, ${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB`,
);
console.log(`${manifest}: SHA-256 of the archive and of each file in it`);
console.log(
  `Check and unpack with: sha256sum -c --ignore-missing ${path.basename(manifest)} && tar -xzf ${path.basename(out)} && sha256sum -c ${path.basename(manifest)}; then read ${folder}/README.txt`,
);
