// Each wizard step's schema: the scoring module's, derived from the question table, the one
// truth the forms validate against.
import type { z } from 'zod/mini';
import { STEP_SCHEMAS } from '../../scoring';
import type { StepKey } from './steps';

export { STEP_SCHEMAS };

/** What each step holds once it is valid. */
export type StepValues = { [K in StepKey]: z.infer<(typeof STEP_SCHEMAS)[K]> };
