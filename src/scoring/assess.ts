import { readAnswers } from './answer-fields';
import type { Answers } from './answers';
import type { Assessment } from './assessment';
import { cautionsFor } from './cautions';
import { capsFor, countsFor } from './counts';
import { otherCausesFor, testsFor } from './follow-up';
import { rank } from './rank';
import { triage } from './triage';

/** The version of the scoring rules; bump it whenever a weight or rule changes. */
export const SCORING_VERSION = 3;

/**
 * Maps valid answers to a triage level, the seven ranked factors, tests, other causes and
 * cautions.
 * Pure and deterministic: it reads only `answers` (never changes them) and no clock or storage.
 */
export function assess(answers: Answers): Assessment {
  const ranked = rank(readAnswers(answers), countsFor(answers), capsFor(answers));
  return {
    triage: triage(answers, ranked),
    ranked,
    tests: testsFor(ranked, answers),
    otherCauses: otherCausesFor(answers),
    cautions: cautionsFor(answers, ranked),
  };
}
