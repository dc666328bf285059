import { describe, expect, it } from 'vitest';
import { droppedHedge } from '../../src/schemas/hedges';

describe('a summary keeps its source’s hedges', () => {
  it('finds a hedge the summary drops', () => {
    expect(droppedHedge('inclusion upon which appears both arbitrary', 'Inclusion is arbitrary.')).toBe('appears');
    expect(droppedHedge('the Office has reportedly opened criminal cases', 'The Office opened cases.')).toBe(
      'reportedly',
    );
    expect(droppedHedge('detention may constitute arbitrary deprivation', 'Detention is arbitrary.')).toBe(
      'may constitute',
    );
  });

  it('accepts a summary that keeps one, and a passage without any', () => {
    expect(droppedHedge('inclusion upon which appears both arbitrary', 'Inclusion appears arbitrary.')).toBeNull();
    expect(droppedHedge('has reportedly opened criminal cases', 'Cases were reportedly opened.')).toBeNull();
    expect(droppedHedge('the provision is overly broad', 'It is overly broad.')).toBeNull();
  });

  it('does not take a "may" that grants a power for a hedge', () => {
    expect(
      droppedHedge('States may deprive individuals of nationality', 'States can deprive, with safeguards.'),
    ).toBeNull();
    expect(
      droppedHedge('States may deprive individuals of nationality', 'States deprive only with safeguards.'),
    ).toBeNull();
  });
});
