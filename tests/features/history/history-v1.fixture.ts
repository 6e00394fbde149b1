// What LegCheck's first storage format (version 1) looked like: a `results` list whose items
// had `date` in epoch milliseconds and no record of the scoring rules' version.
import { CRAMPS_ANSWERS, TINGLING_ANSWERS } from './fixtures';
import { assess } from '../../../src/scoring';

/** The text version 1 left under 'legcheck-history'. */
export const HISTORY_V1_TEXT = JSON.stringify({
  state: {
    results: [
      {
        id: 'v1-first',
        date: Date.UTC(2024, 10, 2, 8, 15),
        answers: CRAMPS_ANSWERS,
        assessment: assess(CRAMPS_ANSWERS),
      },
      {
        id: 'v1-second',
        date: Date.UTC(2024, 11, 24, 20, 0),
        answers: TINGLING_ANSWERS,
        assessment: assess(TINGLING_ANSWERS),
        note: 'Before the blood test',
      },
    ],
  },
  version: 1,
});
