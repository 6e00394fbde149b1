import type { Answers } from './answers';
import type { Assessment } from './assessment';

/** The version of the scoring rules; bump it whenever a weight or rule changes. */
export const SCORING_VERSION = 1;

/** Maps valid answers to a triage level, the seven ranked factors, tests and other causes. */
export function assess(answers: Answers): Assessment {
  // Placeholder until the scoring rules land (issue 2); replaced, never shipped.
  void answers;
  throw new Error('assess is not implemented yet');
}
