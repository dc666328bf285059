import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

// Outside CI a machine without Chromium skips browser tests and says why; CI must never skip them.
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(`CI=true but no Chromium at ${chromiumPath}: .ci/run installs it with apt-get install -y chromium`);
}
export const skipReason = hasChromium
  ? ''
  : ` (skipped: no Chromium at ${chromiumPath}; install it with apt-get install -y chromium)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
