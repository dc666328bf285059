// A small writer of POSIX ustar archives: regular files and folders, which is all a static site holds.
// Readable by GNU tar, bsdtar, 7-Zip and Python's tarfile.

/** One entry of an archive: a folder (no data) or a file with its bytes. */
export interface TarEntry {
  /** Path inside the archive, with "/" separators; folders end with "/". */
  name: string;
  data?: Uint8Array;
  /** Modification time in seconds since 1970. */
  mtime: number;
}

const encoder = new TextEncoder();

/** Writes `value` as a zero-padded octal field of `width` bytes (the last one NUL). */
function octal(block: Uint8Array, offset: number, width: number, value: number): void {
  block.set(encoder.encode(`${value.toString(8).padStart(width - 1, '0')}\0`), offset);
}

/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a "/", or throws. */
function splitName(name: string): { prefix: string; base: string } {
  if (encoder.encode(name).length <= 100) return { prefix: '', base: name };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(base).length <= 100) return { prefix, base };
  }
  throw new Error(`path too long for a ustar archive: ${name}`);
}

/** The 512-byte header block of an entry. */
export function tarHeader(entry: TarEntry): Uint8Array {
  const block = new Uint8Array(512);
  const isFolder = entry.name.endsWith('/');
  const { prefix, base } = splitName(entry.name);
  block.set(encoder.encode(base), 0);
  octal(block, 100, 8, isFolder ? 0o755 : 0o644);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  octal(block, 124, 12, isFolder ? 0 : (entry.data?.length ?? 0));
  octal(block, 136, 12, Math.floor(entry.mtime));
  block.fill(0x20, 148, 156); // the checksum is summed with its own field as spaces
  block[156] = (isFolder ? '5' : '0').charCodeAt(0);
  block.set(encoder.encode('ustar\u000000'), 257);
  block.set(encoder.encode(prefix), 345);
  const sum = block.reduce((total, byte) => total + byte, 0);
  block.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return block;
}

/** The blocks of an entry: its header, then its data padded to a multiple of 512 bytes. */
export function* tarBlocks(entry: TarEntry): Generator<Uint8Array> {
  yield tarHeader(entry);
  if (entry.data && entry.data.length > 0 && !entry.name.endsWith('/')) {
    yield entry.data;
    const padding = (512 - (entry.data.length % 512)) % 512;
    if (padding) yield new Uint8Array(padding);
  }
}

/** The end of an archive: two zero blocks. */
export const tarEnd = new Uint8Array(1024);
