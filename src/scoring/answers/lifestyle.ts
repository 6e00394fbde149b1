import { z } from 'zod/mini';
import { SUN_EXPOSURES, SUPPLEMENT_IDS, SWEATING_LEVELS } from '../ids';
import { choice, choices } from './fields';

/** Step 5, "Lifestyle": sun, sweating and the supplements already taken. */
export const lifestyleSchema = z.strictObject({
  sun: choice(SUN_EXPOSURES, 'Say how much time you spend outdoors'),
  sweating: choice(SWEATING_LEVELS, 'Say how much you sweat'),
  supplements: choices(SUPPLEMENT_IDS, 'Choose from the listed supplements'),
});

/** Answers of step 5. */
export type Lifestyle = z.infer<typeof lifestyleSchema>;
