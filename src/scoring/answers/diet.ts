import { z } from 'zod/mini';
import { ALCOHOL_USES, DIET_PATTERNS, FREQUENCIES, WATER_INTAKES } from '../ids';
import { choice } from './fields';

const often = (group: string) => choice(FREQUENCIES, `Say how often you eat ${group}`);

/** Step 4, "Diet": pattern, how often each food group is eaten, drinks and alcohol. */
export const dietSchema = z.strictObject({
  pattern: choice(DIET_PATTERNS, 'Choose the way of eating closest to yours'),
  dairy: often('dairy'),
  fattyFish: often('oily fish'),
  redMeat: often('red meat'),
  eggs: often('eggs'),
  leafyGreens: often('leafy greens'),
  nutsSeeds: often('nuts and seeds'),
  wholeGrains: often('whole grains'),
  legumes: often('beans and lentils'),
  fortifiedFoods: often('fortified foods'),
  water: choice(WATER_INTAKES, 'Say how much you drink a day'),
  alcohol: choice(ALCOHOL_USES, 'Say how much alcohol you drink'),
});

/** Answers of step 4. */
export type Diet = z.infer<typeof dietSchema>;
