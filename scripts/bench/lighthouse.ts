// Lighthouse scores with its defaults: a mobile device on simulated slow 4G. Runs the lighthouse CLI from
// node_modules against Debian's Chromium (CHROME_PATH); when it cannot run, says why instead of failing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from '../../test/helpers/browser.ts';
import { projectRoot } from '../../test/helpers/paths.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof categories)[number], number | null>;

/**
 * Scores (0–100) for one address, or the reason Lighthouse could not produce them. A failed run is tried
 * once more: on a busy machine Lighthouse now and then loses the trace of a page load (NO_NAVSTART).
 */
export async function lighthouseScores(url: string): Promise<{ scores: LighthouseScores } | { error: string }> {
  const first = await runLighthouse(url);
  return 'error' in first ? runLighthouse(url) : first;
}

async function runLighthouse(url: string): Promise<{ scores: LighthouseScores } | { error: string }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'kz-lighthouse-'));
  const report = path.join(work, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        url,
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${categories.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
        '--no-enable-error-reporting',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath, HOME: work }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      runtimeError?: { message: string };
    };
    if (result.runtimeError) return { error: result.runtimeError.message };
    const score = (id: string) => {
      const s = result.categories[id]?.score;
      return s === null || s === undefined ? null : Math.round(s * 100);
    };
    return { scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as LighthouseScores };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { error: (e.stderr?.trim().split('\n').slice(-3).join(' ') || e.message).slice(0, 300) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
