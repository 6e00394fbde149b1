import { z } from 'zod/mini';
import { DURATIONS, ONSETS, TIMING_PATTERNS } from '../ids';
import { choice, choices } from './fields';

/** Step 3, "Timing": when it comes on, for how long, how it started. */
export const timingSchema = z.strictObject({
  when: choices(TIMING_PATTERNS, 'Choose from the listed times', {
    atLeastOne: 'Choose at least one time when it happens',
  }),
  duration: choice(DURATIONS, 'Choose how long it has been going on'),
  onset: choice(ONSETS, 'Say whether it started suddenly or gradually'),
});

/** Answers of step 3. */
export type Timing = z.infer<typeof timingSchema>;
