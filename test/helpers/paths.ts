import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for builds and fixtures; KZ_TEST_TMP lets two suites run side by side. */
export const tmpDir = process.env.KZ_TEST_TMP ? path.resolve(process.env.KZ_TEST_TMP) : path.join(projectRoot, 'test', '.tmp');
/** The site built at the root of its host. */
export const distRoot = path.join(tmpDir, 'dist');
/** The same site built for a mirror under a sub-path. */
export const distMirror = path.join(tmpDir, 'dist-mirror');
export const mirrorBase = '/mirror/';
export const contentDir = path.join(projectRoot, 'content');
