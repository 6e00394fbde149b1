import { z } from 'zod/mini';
import { CONDITION_IDS, MEDICATION_IDS } from '../ids';
import { choices } from './fields';

/** Step 6, "Health and medicines": conditions and medicines (both may be empty). */
export const healthSchema = z.strictObject({
  conditions: choices(CONDITION_IDS, 'Choose from the listed conditions'),
  medications: choices(MEDICATION_IDS, 'Choose from the listed medicines'),
});

/** Answers of step 6. */
export type Health = z.infer<typeof healthSchema>;
