import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';

// TypeScript strict is part of the contract: `astro check` type-checks .ts and .astro files alike.
describe('type check', () => {
  it('astro check reports no errors or warnings', () => {
    const run = runAstro(['check']);
    expect(run.output).toMatch(/- 0 errors/);
    expect(run.output).toMatch(/- 0 warnings/);
    expect(run.status).toBe(0);
  });
});
