// Keeps the model's results on the published cases (tests/cases/*.json) from falling. The same
// code as `npm run bench:cases` computes the four rates; each must stay at or above the figure
// the model reached when the floor was set.
import { describe, expect, it } from 'vitest';
import { ratesOf, runCase } from './bench';
import { loadCases } from './case-file';

/**
 * The hits reached by the scoring model on the day each floor was set, out of the number of cases
 * then (so a new case does not silently lower the bar). Raise them as the model improves; the
 * targets are top three >= 90%, test suggested >= 90% and triage safe 100%.
 */
const FLOORS = {
  cases: 28,
  top1: 15,
  top3: 24,
  testSuggested: 16,
  triageSafe: 18,
} as const;

const floorPercent = (hits: number) => (hits / FLOORS.cases) * 100;

describe('published cases bench', () => {
  const cases = loadCases();
  const rates = ratesOf(cases.map(runCase));

  it('has every case file valid and the set no smaller than when the floors were set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(FLOORS.cases);
  });

  it('ranks the confirmed factor first at least as often as before', () => {
    expect(rates.top1.percent).toBeGreaterThanOrEqual(floorPercent(FLOORS.top1) - 0.05);
  });

  it('keeps the confirmed factor in the top three at least as often as before', () => {
    expect(rates.top3.percent).toBeGreaterThanOrEqual(floorPercent(FLOORS.top3) - 0.05);
  });

  it('suggests the confirming blood test at least as often as before', () => {
    expect(rates.testSuggested.percent).toBeGreaterThanOrEqual(
      floorPercent(FLOORS.testSuggested) - 0.05,
    );
  });

  it('gives a triage level at or above the clinician minimum at least as often as before', () => {
    expect(rates.triageSafe.percent).toBeGreaterThanOrEqual(floorPercent(FLOORS.triageSafe) - 0.05);
  });
});
