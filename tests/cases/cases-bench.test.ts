// Keeps the model's results on the published cases (tests/cases/*.json) from falling. The same
// code as `npm run bench:cases` computes the four rates; each must stay at or above the share
// of cases the model got right when the floor was set.
import { describe, expect, it } from 'vitest';
import { ratesOf, runCase } from './bench';
import type { Rate } from './bench';
import { loadCases } from './case-file';

/**
 * What the scoring model reached on the day the floors were set: hits out of `cases` (34 cases,
 * scoring version 3 with the answers of contract v2; raised from scoring 2's 20 / 29 / 27 / 32,
 * from 19 / 28 / 21 / 25 with contract v1 answers, and from scoring version 1's 18 / 28 / 19 / 24).
 * The share is what is guarded, so adding a case does not need a new floor unless the share
 * drops. Raise these as the model improves; the targets are top three >= 90%, test suggested
 * >= 90% and triage safe 100%.
 */
const FLOORS = {
  cases: 34,
  top1: 20, // 58.8%
  top3: 30, // 88.2% (scoring 3: the TETANY half pattern, case 33; was 29)
  testSuggested: 32, // 94.1% (scoring 3: the work-up of the symptom patterns; was 27)
  triageSafe: 32, // 94.1%: the two misses (16, 21) need triage rules the contract does not state
} as const;

const share = (rate: Rate) => rate.hits / rate.total;
const floor = (hits: number) => hits / FLOORS.cases;

describe('published cases bench', () => {
  const cases = loadCases();
  const rates = ratesOf(cases.map(runCase));

  it('reads every case file and keeps the set at least as large as when the floors were set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(FLOORS.cases);
  });

  it('ranks the confirmed factor first at least as often as before', () => {
    expect(share(rates.top1)).toBeGreaterThanOrEqual(floor(FLOORS.top1));
  });

  it('keeps the confirmed factor in the top three at least as often as before', () => {
    expect(share(rates.top3)).toBeGreaterThanOrEqual(floor(FLOORS.top3));
  });

  it('suggests the confirming blood test at least as often as before', () => {
    expect(share(rates.testSuggested)).toBeGreaterThanOrEqual(floor(FLOORS.testSuggested));
  });

  it('gives a triage level at or above the clinician minimum at least as often as before', () => {
    expect(share(rates.triageSafe)).toBeGreaterThanOrEqual(floor(FLOORS.triageSafe));
  });
});
