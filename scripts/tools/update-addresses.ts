// Rewrites test/addresses.lock from a fresh build: `npm run addresses:update`.
// Run it when you add pages or pinpoints; removing an address from the lock needs a redirect instead.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { addressLockFile, collectAddresses } from '../../test/helpers/addresses.ts';
import { projectRoot } from '../../test/helpers/paths.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
const addresses = collectAddresses(distDir);
writeFileSync(
  path.join(projectRoot, addressLockFile),
  `# Every published address and pinpoint of the site. A build that lacks one fails the tests.\n# Regenerate with: npm run addresses:update\n${addresses.join('\n')}\n`,
);
console.log(`${addresses.length} addresses written to ${addressLockFile}`);
