// Answers for the results tests: a plain person to start from, changed step by step, always
// parsed so a test can never feed the view answers the wizard could not produce.
import type { Answers } from '../../../src/scoring';
import type { AnswerChanges } from '../../scoring/fixtures';
import { answersWith as scoringAnswersWith } from '../../scoring/fixtures';

/** A woman of 31-50 with a few days of mild cramps at night, a mixed diet, nothing else. */
export const BASE_ANSWERS: Answers = scoringAnswersWith({
  about: { sex: 'female' },
  symptoms: { kinds: ['cramps'] },
  timing: { when: ['night'] },
});

/** The results base answers with some steps changed. */
export function answersWith(changes: AnswerChanges): Answers {
  return scoringAnswersWith(changes, BASE_ANSWERS);
}

/** A vegan with tingling and numbness for months, who rarely eats fortified foods. */
export const VEGAN_TINGLING = answersWith({
  symptoms: { kinds: ['tingling', 'numbness'], legs: 'both', severity: 'moderate' },
  timing: { when: ['constant'], duration: 'months' },
  diet: {
    pattern: 'vegan',
    dairy: 'rarely',
    fattyFish: 'rarely',
    redMeat: 'rarely',
    eggs: 'rarely',
    fortifiedFoods: 'rarely',
  },
});

/** A vegetarian with tiredness, restless legs and heavy periods, eating few greens or legumes. */
export const VEGETARIAN_RESTLESS = answersWith({
  symptoms: { kinds: ['restless-legs', 'fatigue', 'cramps'] },
  timing: { when: ['evening-rest'], duration: 'months' },
  diet: {
    pattern: 'vegetarian',
    redMeat: 'rarely',
    fattyFish: 'rarely',
    leafyGreens: 'rarely',
    legumes: 'rarely',
  },
  lifestyle: { sun: 'rarely' },
  health: { conditions: ['heavy-periods'] },
});
