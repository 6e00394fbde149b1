// Helpers for clinical cases: a plain, low-risk person to start from, changed step by step.
import { answersSchema } from '../../src/scoring';
import type { Answers } from '../../src/scoring';

/** Changes to the base answers, step by step (each step's fields replace the base's). */
export type AnswerChanges = {
  [K in Exclude<keyof Answers, 'redFlags'>]?: Partial<Answers[K]>;
} & { redFlags?: Answers['redFlags'] };

/**
 * A man of 31-50 with a few days of mild aches in both legs, a mixed diet eaten weekly,
 * some sun, 4-7 glasses a day, nothing else: the middle of every scale.
 */
export const BASE_ANSWERS: Answers = {
  about: { ageBand: '31-50', sex: 'male', pregnant: false },
  symptoms: { kinds: ['aches'], legs: 'both', severity: 'mild' },
  timing: { when: ['constant'], duration: 'days', onset: 'gradual' },
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

/**
 * `base` (by default BASE_ANSWERS) with some steps changed; parsed, so a case can never be
 * invalid.
 */
export function answersWith(changes: AnswerChanges, base: Answers = BASE_ANSWERS): Answers {
  return answersSchema.parse({
    about: { ...base.about, ...changes.about },
    symptoms: { ...base.symptoms, ...changes.symptoms },
    timing: { ...base.timing, ...changes.timing },
    diet: { ...base.diet, ...changes.diet },
    lifestyle: { ...base.lifestyle, ...changes.lifestyle },
    health: { ...base.health, ...changes.health },
    redFlags: changes.redFlags ?? base.redFlags,
  });
}

/** A vegan's animal food groups, all eaten rarely by choice. */
export const VEGAN_DIET: AnswerChanges['diet'] = {
  pattern: 'vegan',
  dairy: 'rarely',
  fattyFish: 'rarely',
  redMeat: 'rarely',
  eggs: 'rarely',
};

/** Everything most days, plenty to drink. */
export const VARIED_DIET: AnswerChanges['diet'] = {
  pattern: 'omnivore',
  dairy: 'most-days',
  fattyFish: 'most-days',
  redMeat: 'most-days',
  eggs: 'most-days',
  leafyGreens: 'most-days',
  nutsSeeds: 'most-days',
  wholeGrains: 'most-days',
  legumes: 'most-days',
  fortifiedFoods: 'most-days',
  water: '8-plus-glasses',
  alcohol: 'none',
};
