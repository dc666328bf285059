import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../htmlvalidate.config';
import { contentPages } from '../helpers/pageTypes';
import { distRoot } from '../helpers/paths';

/** Every built page is valid HTML by html-validate's recommended rules (test/htmlvalidate.config.ts). */
describe('valid HTML', () => {
  // Redirect stubs are Astro's own template, not our markup; readers never stay on them.
  const pages = contentPages(distRoot);
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  it('html-validate reports no error on any built page', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const page of pages) {
      const file = path.join(distRoot, page.endsWith('.html') ? page : path.join(page, 'index.html'));
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`/${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(errors).toEqual([]);
  });
});
