// `npm run bench`: assess must stay well under 1 ms per call (issue requirement).
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { assess } from '../../src/scoring';
import { answersArb } from './arbitraries';
import { answersWith, VEGAN_DIET } from './fixtures';

// A fixed seed keeps the inputs the same from run to run, so numbers compare across commits.
const varied = fc.sample(answersArb, { numRuns: 1000, seed: 20240601 });
const busy = answersWith({
  about: { ageBand: '71+', sex: 'female' },
  symptoms: { kinds: ['aches', 'cramps', 'tingling', 'numbness', 'restless-legs', 'fatigue'] },
  timing: { when: ['night', 'evening-rest', 'during-exercise'], duration: 'months' },
  diet: { ...VEGAN_DIET, water: 'under-4-glasses', alcohol: 'heavy' },
  lifestyle: { sun: 'rarely', sweating: 'heavy', supplements: ['multivitamin'] },
  health: { conditions: ['malabsorption', 'diabetes'], medications: ['metformin', 'diuretic'] },
  redFlags: ['injury'],
});

describe('assess', () => {
  let i = 0;
  bench('one call, varied answers (1000 seeded samples)', () => {
    assess(varied[i++ % varied.length] ?? busy);
  });

  bench('one call, a person ticking many answers', () => {
    assess(busy);
  });
});
