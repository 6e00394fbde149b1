import { z } from 'zod/mini';
import { LEG_SIDES, SEVERITIES, SYMPTOM_KINDS } from '../ids';
import { choice, choices } from './fields';

/** Step 2, "Symptoms": what the legs feel like, one leg or both, how bad. */
export const symptomsSchema = z.strictObject({
  kinds: choices(SYMPTOM_KINDS, 'Choose from the listed symptoms', {
    atLeastOne: 'Choose at least one symptom',
  }),
  legs: choice(LEG_SIDES, 'Say whether it is one leg or both'),
  severity: choice(SEVERITIES, 'Choose how bad it is'),
});

/** Answers of step 2. */
export type Symptoms = z.infer<typeof symptomsSchema>;
