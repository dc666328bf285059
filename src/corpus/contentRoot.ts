import path from 'node:path';

/**
 * Absolute path of the content folder. Tests point KZ_CONTENT_DIR at a broken copy to check that
 * validation names the file and field; everyone else gets ./content.
 */
export const contentRoot = path.resolve(process.env.KZ_CONTENT_DIR ?? 'content');

export function contentPath(...segments: string[]): string {
  return path.join(contentRoot, ...segments);
}
