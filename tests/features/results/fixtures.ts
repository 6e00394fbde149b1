// Answers for the results tests: a plain person to start from, changed step by step, always
// parsed so a test can never feed the view answers the wizard could not produce.
import { answersSchema } from '../../../src/scoring';
import type { Answers } from '../../../src/scoring';

/** Changes to the base answers, step by step (each step's fields replace the base's). */
export type AnswerChanges = {
  [K in Exclude<keyof Answers, 'redFlags'>]?: Partial<Answers[K]>;
} & { redFlags?: Answers['redFlags'] };

/** A woman of 31-50 with a few days of mild cramps at night, a mixed diet, nothing else. */
export const BASE_ANSWERS: Answers = {
  about: { ageBand: '31-50', sex: 'female', pregnant: false },
  symptoms: { kinds: ['cramps'], legs: 'both', severity: 'mild' },
  timing: { when: ['night'], duration: 'days', onset: 'gradual' },
  diet: {
    pattern: 'omnivore',
    dairy: 'weekly',
    fattyFish: 'weekly',
    redMeat: 'weekly',
    eggs: 'weekly',
    leafyGreens: 'weekly',
    nutsSeeds: 'weekly',
    wholeGrains: 'weekly',
    legumes: 'weekly',
    fortifiedFoods: 'weekly',
    water: '4-7-glasses',
    alcohol: 'none',
  },
  lifestyle: { sun: 'some', sweating: 'low', supplements: [] },
  health: { conditions: [], medications: [] },
  redFlags: [],
};

/** The base answers with some steps changed. */
export function answersWith(changes: AnswerChanges): Answers {
  return answersSchema.parse({
    about: { ...BASE_ANSWERS.about, ...changes.about },
    symptoms: { ...BASE_ANSWERS.symptoms, ...changes.symptoms },
    timing: { ...BASE_ANSWERS.timing, ...changes.timing },
    diet: { ...BASE_ANSWERS.diet, ...changes.diet },
    lifestyle: { ...BASE_ANSWERS.lifestyle, ...changes.lifestyle },
    health: { ...BASE_ANSWERS.health, ...changes.health },
    redFlags: changes.redFlags ?? BASE_ANSWERS.redFlags,
  });
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
