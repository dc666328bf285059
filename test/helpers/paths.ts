import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for builds and fixtures; KZ_TEST_TMP lets two suites run side by side. */
export const tmpDir = process.env.KZ_TEST_TMP
  ? path.resolve(process.env.KZ_TEST_TMP)
  : path.join(projectRoot, 'test', '.tmp');
/** The public origin the root build is given (SITE_URL), as a deployer sets it. */
export const canonicalOrigin = 'https://kz-ct-law-review.example';
/** The origin of a build without one (the local preview of `npm start`); the sub-path build is such a build. */
export const previewOrigin = 'http://localhost:4321';
/** The site built at the root of its host, with its canonical address set. */
export const distRoot = path.join(tmpDir, 'dist');
/** The same site built for a mirror under a sub-path, without a canonical origin (a local preview). */
export const distMirror = path.join(tmpDir, 'dist-mirror');
export const mirrorBase = '/mirror/';
export const contentDir = path.join(projectRoot, 'content');
/** What `astro build` printed for a build folder (global setup writes it beside the folder). */
export const buildLog = (dist: string): string => `${dist}.log`;
/** The origin each test build was given. */
export const originOf = (dist: string): string => (dist === distRoot ? canonicalOrigin : previewOrigin);
