import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../helpers/paths';

/**
 * Dark mode may change colours only. The browser gates lean on this: they run every axe rule in light mode
 * and only the colour rules again in dark mode (test/helpers/axe.ts), which is sound only while nothing
 * but colour differs between the two.
 */
const colourProperties = /^(--[\w-]+|color|color-scheme|background|background-color|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke|caret-color|accent-color)$/;

/** The contents of every `@media (prefers-color-scheme: …)` block in a stylesheet. */
function schemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const m of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    blocks.push(css.slice(m.index + m[0].length, i - 1));
  }
  return blocks;
}

/** Property names declared anywhere inside a block of rules. */
function declaredProperties(block: string): string[] {
  return [...block.matchAll(/\{([^{}]*)\}/g)].flatMap((m) =>
    (m[1] ?? '').split(';').map((d) => d.split(':')[0]?.trim().toLowerCase() ?? '').filter(Boolean),
  );
}

describe('colour schemes', () => {
  const cssFiles = readdirSync(path.join(distRoot, '_astro')).filter((f) => f.endsWith('.css'));

  it('dark-mode rules set colours and nothing else', () => {
    const offending: string[] = [];
    let blocks = 0;
    for (const file of cssFiles) {
      for (const block of schemeBlocks(readFileSync(path.join(distRoot, '_astro', file), 'utf8'))) {
        blocks += 1;
        for (const prop of declaredProperties(block)) if (!colourProperties.test(prop)) offending.push(`${file}: ${prop}`);
      }
    }
    expect(blocks, 'the site has a dark mode').toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });
});
